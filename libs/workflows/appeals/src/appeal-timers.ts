import type {
  AppealTiming,
  AppealWorkflowState,
  WorkflowDeadline,
} from '@claimlane/shared-contracts';
import { isBeforeSubmission } from '@claimlane/domain-appeal-process';

export type DueAction =
  | { kind: 'reminder'; deadline: WorkflowDeadline; offsetMs: number; keys: string[] }
  | { kind: 'member_deadline_passed'; deadline: WorkflowDeadline }
  | { kind: 'protective_appeal'; deadline: WorkflowDeadline }
  | { kind: 'records_follow_up' }
  | { kind: 'payer_late'; deadline: WorkflowDeadline };

/** Member filing deadlines: the ones a protective appeal protects. */
const FILING_KINDS = new Set([
  'member_appeal_filing',
  'second_level_appeal_filing',
  'external_review_request',
  'state_fair_hearing_request',
  'medicare_reconsideration_request',
]);

const ms = (iso: string) => new Date(iso).getTime();

/**
 * Pure timer planning: given the state and the workflow clock, what is due now and when the next
 * thing falls due. Kept apart from the workflow so it is unit-tested without Temporal.
 */
export function plan(
  state: AppealWorkflowState,
  timing: AppealTiming,
  now: number,
): { due: DueAction[]; nextAt: number | null } {
  const due: DueAction[] = [];
  let nextAt: number | null = null;
  const consider = (at: number, action: DueAction) => {
    if (at <= now) due.push(action);
    else nextAt = nextAt === null ? at : Math.min(nextAt, at);
  };
  const preSubmission = isBeforeSubmission(state.stage);
  const open = state.deadlines.filter((d) => d.status === 'open');

  for (const d of open.filter((x) => x.party === 'member')) {
    const dueAt = ms(d.dueAt);
    if (preSubmission || !FILING_KINDS.has(d.kind)) {
      // All reminders whose time has come collapse into one message (a case opened 10 days before
      // its deadline gets the 7-day reminder, not the 30- and 14-day ones as well).
      const pending = timing.reminderOffsetsMs
        .filter((o) => !state.remindersSent.includes(`${d.id}:${o}`))
        .sort((a, b) => b - a);
      const ready = pending.filter((o) => dueAt - o <= now);
      if (ready.length && dueAt > now) {
        const nearest = ready[ready.length - 1]!;
        due.push({
          kind: 'reminder',
          deadline: d,
          offsetMs: nearest,
          keys: ready.map((o) => `${d.id}:${o}`),
        });
      }
      for (const o of pending.filter((x) => dueAt - x > now))
        nextAt = nextAt === null ? dueAt - o : Math.min(nextAt, dueAt - o);
      consider(dueAt + (timing.missedGraceMs ?? 0), {
        kind: 'member_deadline_passed',
        deadline: d,
      });
    }
    if (
      preSubmission &&
      FILING_KINDS.has(d.kind) &&
      !state.criteriaReceivedAt &&
      !state.protectiveSuggested &&
      dueAt > now
    ) {
      consider(dueAt - timing.protectiveLeadMs, { kind: 'protective_appeal', deadline: d });
    }
  }
  if (
    state.recordsRequestedAt &&
    !state.recordsReceivedAt &&
    !state.followUpSent &&
    state.stage !== 'closed'
  ) {
    consider(ms(state.recordsRequestedAt) + timing.recordsFollowUpMs, {
      kind: 'records_follow_up',
    });
  }
  if (state.stage === 'awaiting_decision' || state.stage === 'submitted') {
    for (const d of open.filter(
      (x) => x.party === 'payer' && !state.payerLateNotified.includes(x.id),
    )) {
      consider(ms(d.dueAt), { kind: 'payer_late', deadline: d });
    }
  }
  return { due, nextAt };
}
