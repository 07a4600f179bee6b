import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type { EntityManager } from 'typeorm';
import { isIsoDate } from '@claimlane/domain-deadlines';
import { Errors } from '@claimlane/server-common';
import { DECIDED, FULLY_OVERTURNED, RECOVERED_AMOUNT } from './case-metrics.sql';

/** The longest range one analytics request may cover. */
export const ANALYTICS_MAX_YEARS = 3;

@ObjectType('MonthlyCount')
export class MonthlyCountModel {
  @Field({ description: 'Calendar month, YYYY-MM' }) month!: string;
  @Field({ description: 'Denial category id, or payer id ("none" for denials without a payer)' })
  key!: string;
  @Field({ description: 'What to show for the key (category id or payer name)' }) label!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('OverturnRate')
export class OverturnRateModel {
  @Field({ description: 'Payer id, denial category id or CPT/HCPCS code ("none" when unknown)' })
  key!: string;
  @Field() label!: string;
  @Field(() => Int, { description: 'Decisions (overturned, partially overturned, upheld)' })
  decided!: number;
  @Field(() => Int) overturned!: number;
  @Field(() => Int) partiallyOverturned!: number;
  @Field(() => Float, { description: '(overturned + partially overturned) / decided' })
  rate!: number;
  @Field(() => Float, { description: 'Sum of amountAtStake over fully overturned decisions' })
  recoveredAmount!: number;
}

@ObjectType('PayerOnTime')
export class PayerOnTimeModel {
  @Field() payerId!: string;
  @Field() payerName!: string;
  @Field(() => Int, { description: 'Decisions of cases that had a payer decision deadline' })
  decisions!: number;
  @Field(() => Int, { description: 'Of those, decided on or before the deadline' }) onTime!: number;
  @Field(() => Float) rate!: number;
}

@ObjectType('CaseAnalytics', {
  description:
    'Denials by month (by the denial notice date, else received date, else when it was entered) and appeal decisions (by decision date) in a date range, UTC. Counts and payer names only: no PHI.',
})
export class CaseAnalyticsModel {
  @Field() from!: string;
  @Field() to!: string;
  @Field(() => [String], { description: 'Every month of the range, YYYY-MM, oldest first' })
  months!: string[];
  @Field(() => Int) denials!: number;
  @Field(() => [MonthlyCountModel], { description: 'Denials per month and category' })
  denialsByCategory!: MonthlyCountModel[];
  @Field(() => [MonthlyCountModel], { description: 'Denials per month and payer' })
  denialsByPayer!: MonthlyCountModel[];
  @Field(() => Int) decided!: number;
  @Field(() => Int) overturned!: number;
  @Field(() => Int) partiallyOverturned!: number;
  @Field(() => Float, { nullable: true, description: 'Null when nothing was decided' })
  overturnRate!: number | null;
  @Field(() => Float, {
    description: 'Sum of amountAtStake over cases fully overturned in the range (as worklistStats)',
  })
  recoveredAmount!: number;
  @Field(() => [OverturnRateModel], { description: 'Most decisions first' })
  overturnByPayer!: OverturnRateModel[];
  @Field(() => [OverturnRateModel]) overturnByCategory!: OverturnRateModel[];
  @Field(() => [OverturnRateModel], {
    description: 'A case counts once for each CPT/HCPCS code on its claim',
  })
  overturnByCpt!: OverturnRateModel[];
  @Field(() => Int, { description: 'Decisions of cases that had a payer decision deadline' })
  decisionsWithPayerDeadline!: number;
  @Field(() => Int) decidedOnTime!: number;
  @Field(() => Float, { nullable: true, description: 'Null when no decision had a deadline' })
  payerOnTimeRate!: number | null;
  @Field(() => [PayerOnTimeModel]) payerOnTime!: PayerOnTimeModel[];
}

const DAY_MS = 86_400_000;
const utcDay = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const isoOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Checks the range (real dates, from ≤ to, not in the future, at most 3 years); BAD_USER_INPUT. */
export function analyticsRange(from: string, to: string, now = new Date()): void {
  for (const [field, v] of [
    ['from', from],
    ['to', to],
  ] as const)
    if (!isIsoDate(v))
      throw Errors.badInput(`${field} must be a calendar date (YYYY-MM-DD)`, { field });
  if (from > to) throw Errors.badInput('from must not be after to', { field: 'from' });
  if (to > isoOf(now.getTime()))
    throw Errors.badInput('to must not be in the future', { field: 'to' });
  const t = new Date(utcDay(to));
  const earliest = Date.UTC(
    t.getUTCFullYear() - ANALYTICS_MAX_YEARS,
    t.getUTCMonth(),
    t.getUTCDate(),
  );
  if (utcDay(from) < earliest)
    throw Errors.badInput(`The range may cover at most ${ANALYTICS_MAX_YEARS} years`, {
      field: 'from',
    });
}

export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const end = to.slice(0, 7);
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push(key);
    if (key >= end) return out;
    if (++m > 12) [y, m] = [y + 1, 1];
  }
}

interface DenialRow {
  month: string;
  by_payer: number;
  key: string | null;
  label: string | null;
  n: number;
}
interface DecisionRow {
  dim: 'total' | 'payer' | 'category' | 'cpt';
  key: string | null;
  label: string | null;
  decided: number;
  overturned: number;
  partial: number;
  with_deadline: number;
  on_time: number;
  recovered: string;
}

// The same counts for every grouping of the decided cases.
const COUNTS = `count(*)::int as decided,
  count(*) filter (where ${FULLY_OVERTURNED})::int as overturned,
  count(*) filter (where c.outcome = 'partially_overturned')::int as partial,
  count(*) filter (where c.payer_due is not null)::int as with_deadline,
  count(*) filter (where c.on_time)::int as on_time,
  ${RECOVERED_AMOUNT}::text as recovered`;

const NONE = 'none';
const rate = (num: number, den: number) => (den ? num / den : null);

/**
 * Two grouped statements in the operation's transaction, under RLS: denials per month by category and
 * by payer (grouping sets), and decisions by payer, category and CPT with the payer's on-time record
 * (one pass over the decided cases, a union of groupings). Dates are UTC calendar days.
 */
export async function caseAnalytics(
  m: EntityManager,
  from: string,
  to: string,
): Promise<CaseAnalyticsModel> {
  analyticsRange(from, to);
  const toExclusive = isoOf(utcDay(to) + DAY_MS);
  const denials = (await m.query(
    `with d as (
       select d.category, d.payer_id,
              coalesce(d.notice_date, d.received_date, (d.created_at at time zone 'UTC')::date) as day
         from denials d)
     select to_char(d.day, 'YYYY-MM') as month, grouping(d.category)::int as by_payer,
            coalesce(d.category, d.payer_id::text) as key, min(p.name) as label, count(*)::int as n
       from d left join payers p on p.id = d.payer_id
      where d.day >= $1::date and d.day <= $2::date
      group by grouping sets ((month, d.category), (month, d.payer_id))
      order by month, key`,
    [from, to],
  )) as DenialRow[];

  const decisions = (await m.query(
    `with c as (
       select c.payer_id, d.category, coalesce(cl.cpt_hcpcs, '{}') as cpts, c.outcome,
              c.amount_at_stake, due.at as payer_due, c.decided_at <= due.at as on_time
         from appeal_cases c
         join denials d on d.tenant_id = c.tenant_id and d.id = c.denial_id
         left join claims cl on cl.tenant_id = c.tenant_id and cl.id = c.claim_id
         left join lateral (
           -- The payer's decision clock: its latest deadline (an extension moves it), never a
           -- cancelled one. Cases without one are left out of the on-time rate.
           select max(x.due_at) as at from deadlines x
            where x.tenant_id = c.tenant_id and x.case_id = c.id and x.party = 'payer'
              and x.status <> 'cancelled') due on true
        where ${DECIDED} and c.decided_at >= ($1::date)::timestamp at time zone 'UTC'
          and c.decided_at < ($2::date)::timestamp at time zone 'UTC')
     select 'total' as dim, null as key, null as label, ${COUNTS} from c
     union all
     select 'payer', c.payer_id::text, min(p.name), ${COUNTS}
       from c left join payers p on p.id = c.payer_id group by c.payer_id
     union all
     select 'category', c.category, null, ${COUNTS} from c group by c.category
     union all
     select 'cpt', cpt, null, ${COUNTS} from c cross join lateral unnest(c.cpts) as cpt group by cpt`,
    [from, toExclusive],
  )) as DecisionRow[];

  const monthly = (byPayer: boolean): MonthlyCountModel[] =>
    denials
      .filter((r) => !!r.by_payer === byPayer)
      .map((r) => ({
        month: r.month,
        key: r.key ?? NONE,
        label: byPayer ? (r.label ?? 'No payer') : (r.key ?? NONE),
        count: r.n,
      }));
  const rates = (dim: DecisionRow['dim']): OverturnRateModel[] =>
    decisions
      .filter((r) => r.dim === dim)
      .map((r) => ({
        key: r.key ?? NONE,
        label: r.label ?? r.key ?? (dim === 'payer' ? 'No payer' : NONE),
        decided: r.decided,
        overturned: r.overturned,
        partiallyOverturned: r.partial,
        rate: (r.overturned + r.partial) / r.decided,
        recoveredAmount: Number(r.recovered),
      }))
      .sort((a, b) => b.decided - a.decided || a.label.localeCompare(b.label));
  const total = decisions.find((r) => r.dim === 'total');
  const byCategory = monthly(false);
  return {
    from,
    to,
    months: monthsBetween(from, to),
    denials: byCategory.reduce((n, r) => n + r.count, 0),
    denialsByCategory: byCategory,
    denialsByPayer: monthly(true),
    decided: total?.decided ?? 0,
    overturned: total?.overturned ?? 0,
    partiallyOverturned: total?.partial ?? 0,
    overturnRate: total ? rate(total.overturned + total.partial, total.decided) : null,
    recoveredAmount: Number(total?.recovered ?? 0),
    overturnByPayer: rates('payer'),
    overturnByCategory: rates('category'),
    overturnByCpt: rates('cpt'),
    decisionsWithPayerDeadline: total?.with_deadline ?? 0,
    decidedOnTime: total?.on_time ?? 0,
    payerOnTimeRate: total ? rate(total.on_time, total.with_deadline) : null,
    payerOnTime: decisions
      .filter((r) => r.dim === 'payer' && r.with_deadline > 0)
      .map((r) => ({
        payerId: r.key ?? NONE,
        payerName: r.label ?? 'No payer',
        decisions: r.with_deadline,
        onTime: r.on_time,
        rate: r.on_time / r.with_deadline,
      }))
      .sort((a, b) => b.decisions - a.decisions || a.payerName.localeCompare(b.payerName)),
  };
}
