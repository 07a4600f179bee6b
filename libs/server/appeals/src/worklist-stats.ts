import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type { EntityManager } from 'typeorm';
import type { AppealStage } from '@claimlane/shared-contracts';
import { AppealStageEnum } from '@claimlane/server-common';
import type { AppealCaseFilter } from './appeals.models';
import { caseFilterSql, sqlParams } from './case-filter.sql';
import { FULLY_OVERTURNED, OPEN_CASE, RECOVERED_AMOUNT, SUBMITTED_CASE } from './case-metrics.sql';

@ObjectType('StageCount')
export class StageCountModel {
  @Field(() => AppealStageEnum) stage!: AppealStage;
  @Field(() => Int) count!: number;
}

@ObjectType('WorklistStats', {
  description:
    'Counts over the cases the filter selects. Open: not closed and not overturned. Due this week: the next open deadline falls within the coming 7 days.',
})
export class WorklistStatsModel {
  @Field(() => [StageCountModel], { description: 'Only stages that have cases' })
  byStage!: StageCountModel[];
  @Field(() => Int) open!: number;
  @Field(() => Int, { description: 'Open cases whose next deadline has passed' }) overdue!: number;
  @Field(() => Int) dueThisWeek!: number;
  @Field(() => Int, { description: 'Submitted cases whose payer missed its decision deadline' })
  payerLate!: number;
  @Field(() => Int, { description: 'Submitted or awaiting a decision' }) submitted!: number;
  @Field(() => Int, { description: 'Fully overturned, closed since or not' }) overturned!: number;
  @Field(() => Float, { description: 'Sum of amountAtStake over open cases' })
  amountAtStake!: number;
  @Field(() => Float, { description: 'Sum of amountAtStake over fully overturned cases' })
  recoveredAmount!: number;
}

interface StageRow {
  stage: AppealStage;
  n: number;
  open: number;
  overdue: number;
  due_week: number;
  payer_late: number;
  overturned: number;
  at_stake: string;
  recovered: string;
}

const OPEN = OPEN_CASE;
const SUBMITTED = SUBMITTED_CASE;

/** Every stat card in ONE statement: grouped by stage, the cards summed from the groups. */
export async function worklistStats(
  m: EntityManager,
  filter: AppealCaseFilter | undefined,
  userId: string | null,
): Promise<WorklistStatsModel> {
  const { params, p } = sqlParams();
  const { where, needsDenialJoin } = caseFilterSql(filter, userId, p);
  const join = needsDenialJoin
    ? 'join denials d on d.tenant_id = c.tenant_id and d.id = c.denial_id'
    : '';
  const rows = (await m.query(
    `select c.stage, count(*)::int as n,
        count(*) filter (where ${OPEN})::int as open,
        count(*) filter (where ${OPEN} and c.next_deadline_at < now())::int as overdue,
        count(*) filter (where ${OPEN} and c.next_deadline_at >= now()
                          and c.next_deadline_at < now() + interval '7 days')::int as due_week,
        count(*) filter (where ${SUBMITTED} and c.payer_late_since is not null)::int as payer_late,
        count(*) filter (where ${FULLY_OVERTURNED})::int as overturned,
        coalesce(sum(c.amount_at_stake) filter (where ${OPEN}), 0)::text as at_stake,
        ${RECOVERED_AMOUNT}::text as recovered
       from appeal_cases c ${join}
      ${where.length ? `where ${where.join(' and ')}` : ''}
      group by c.stage order by c.stage`,
    params,
  )) as StageRow[];
  const sum = (f: (r: StageRow) => number) => rows.reduce((a, r) => a + f(r), 0);
  return {
    byStage: rows.map((r) => ({ stage: r.stage, count: r.n })),
    open: sum((r) => r.open),
    overdue: sum((r) => r.overdue),
    dueThisWeek: sum((r) => r.due_week),
    payerLate: sum((r) => r.payer_late),
    submitted: sum((r) => (r.stage === 'submitted' || r.stage === 'awaiting_decision' ? r.n : 0)),
    overturned: sum((r) => r.overturned),
    // Cents, summed exactly in numeric, then one float per card.
    amountAtStake: sum((r) => Number(r.at_stake)),
    recoveredAmount: sum((r) => Number(r.recovered)),
  };
}
