import type {
  ComputedDeadline,
  DeadlineFacts,
  DeadlineKind,
  DeadlineResult,
} from './deadline.types';
import { resolveAnchor, governingDate } from './engine/anchor.resolve';
import { readCaseDates } from './engine/case-dates';
import { addAmount, computeDue } from './engine/due.compute';
import { buildContext, type EngineContext } from './engine/engine-context';
import { selectRule } from './engine/rule.select';
import { applyStatedWindow, type Entry } from './engine/stated-window.apply';
import type { DeadlineRule } from './rules/deadline-rule.types';
import { DEADLINE_RULES, ruleKey } from './rules/deadline.rules';

/** Output order: the member's next step first, then the clocks it starts. */
const KIND_ORDER: readonly DeadlineKind[] = [
  'member_appeal_filing',
  'payer_initial_decision',
  'payer_appeal_decision',
  'second_level_appeal_filing',
  'external_review_request',
  'external_review_decision',
  'medicare_reconsideration_request',
  'state_fair_hearing_request',
  'records_request_response',
];

function contextAssumptions(
  rule: DeadlineRule,
  candidates: readonly DeadlineRule[],
  ctx: EngineContext,
): string[] {
  const out: string[] = [];
  if (rule.when?.serviceTypes !== undefined && ctx.serviceAssumption !== null) {
    out.push(ctx.serviceAssumption);
  }
  const levelRules = candidates.some((r) => r.when?.internalAppealLevels !== undefined);
  if (levelRules && !ctx.levelsKnown && rule.unit !== 'hours') {
    out.push(
      'Plan assumed to have one level of internal appeal; with two levels each level is decided in half the time.',
    );
  }
  return out;
}

function deadlineFor(
  kind: DeadlineKind,
  candidates: readonly DeadlineRule[],
  ctx: EngineContext,
): Entry | null {
  const first = candidates[0];
  if (first === undefined) return null;
  // Past the first level there is no federal filing window to compute (plans set the second).
  if (kind === 'member_appeal_filing' && (ctx.facts.level ?? 1) >= 2) return null;

  // A payer clock without its start event has not started. A member step may still fall back to
  // asOf; with no date at all the latest version is taken so resolveAnchor can report the gap.
  const governing = governingDate(first.anchor, ctx);
  if (governing === null && first.party !== 'member') return null;
  const rule = selectRule(candidates, governing ?? ctx.dates.day.asOf ?? '9999-12-31', ctx);
  if (rule === null) return null;
  const anchor = resolveAnchor(rule, ctx);
  if (anchor === null) return null;

  const computed = computeDue(rule, anchor.value);
  const deadline: ComputedDeadline = {
    kind,
    due: computed.due,
    anchor: { event: anchor.event, date: anchor.value },
    dayType:
      rule.unit === 'hours' ? 'hours' : rule.unit === 'business_days' ? 'business' : 'calendar',
    amount: rule.amount,
    unit: rule.unit,
    party: rule.party,
    assumptions: [
      ...anchor.assumptions,
      ...contextAssumptions(rule, candidates, ctx),
      ...computed.assumptions,
    ],
    rule: ruleKey(rule),
    citation: rule.citation,
    label: rule.label,
  };
  if (computed.unextendedDue !== undefined) deadline.unextendedDue = computed.unextendedDue;

  if (rule.extension !== undefined) {
    const ext = rule.extension;
    const extendedDue = addAmount(computed.due, ext.amount, ext.unit);
    const applied = ctx.facts.payerExtensionTaken === true;
    deadline.extension = {
      amount: ext.amount,
      due: extendedDue,
      citation: ext.citation,
      condition: ext.condition,
      applied,
    };
    if (applied) {
      deadline.assumptions.push(
        `The payer gave notice of its ${ext.amount}-day extension: due moves from ${computed.due} to ${extendedDue} (${ext.citation}). Check that the extension met its conditions: ${ext.condition}.`,
      );
      deadline.due = extendedDue;
    }
  }
  return { deadline, rule };
}

/**
 * Every deadline that applies to the facts under the regime's rules (docs/architecture.md §6), with the
 * findings the dates raise. Pure and deterministic: "today" is only ever `facts.asOf`.
 */
export function computeDeadlines(facts: DeadlineFacts): DeadlineResult {
  const regimeRules = DEADLINE_RULES.filter((r) => r.regime === facts.regime);
  const memberRule = regimeRules.find((r) => r.kind === 'member_appeal_filing');
  // Every regime's rules have a member filing rule (a spec checks it); the fallback names the
  // ERISA filing rule, the general federal claims-procedure regulation, never an internal document.
  const { dates, findings } = readCaseDates(
    facts,
    memberRule?.citation ?? '29 CFR 2560.503-1(h)(3)(i)',
  );
  const ctx = buildContext(facts, dates, findings);

  const entries: Entry[] = [];
  for (const kind of KIND_ORDER) {
    const entry = deadlineFor(
      kind,
      regimeRules.filter((r) => r.kind === kind),
      ctx,
    );
    if (entry !== null) entries.push(entry);
  }
  applyStatedWindow(entries, ctx);

  const order = (k: DeadlineKind): number => KIND_ORDER.indexOf(k);
  const deadlines = entries.map((e) => e.deadline).sort((a, b) => order(a.kind) - order(b.kind));
  const stated = facts.statedWindow;
  const statedKind = stated?.appliesTo ?? 'member_appeal_filing';
  for (const p of ctx.pending)
    if (stated && statedKind === p.kind) p.stated = { days: stated.days, anchor: stated.anchor };
  // A window only the letter sets, with no date to count it from: shown, not timed.
  if (
    stated &&
    Number.isInteger(stated.days) &&
    stated.days >= 0 &&
    !deadlines.some((d) => d.kind === statedKind) &&
    !ctx.pending.some((p) => p.kind === statedKind) &&
    ctx.dates.day.noticeDate === undefined &&
    ctx.dates.day.receivedDate === undefined
  )
    ctx.pending.push({
      kind: statedKind,
      status: 'needs_date',
      anchorEvent: stated.anchor === 'notice' ? 'notice_date' : 'receipt',
      amount: stated.days,
      unit: 'calendar_days',
      dayType: 'calendar',
      party: 'member',
      rule: `stated.${statedKind}@letter`,
      citation: 'window stated in the letter',
      label: `${statedKind.replace(/_/g, ' ')} (${stated.days} days, as the letter states)`,
      question: 'What date is printed on the notice?',
      stated: { days: stated.days, anchor: stated.anchor },
    });
  return { deadlines, pending: ctx.pending, findings: ctx.findings };
}
