import { computeDeadlines } from './compute-deadlines';
import type { ComputedDeadline, DeadlineFacts, DeadlineKind } from './deadline.types';

/** The one deadline of `kind` for these facts, or null when it does not apply (yet). */
export function deadlineOf(facts: DeadlineFacts, kind: DeadlineKind): ComputedDeadline | null {
  return computeDeadlines(facts).deadlines.find((d) => d.kind === kind) ?? null;
}

/** The member's first-level filing deadline (the earlier of letter and regulation). */
export function memberFilingDue(facts: DeadlineFacts): ComputedDeadline | null {
  return deadlineOf(facts, 'member_appeal_filing');
}

/**
 * The payer's running clock: the appeal decision once an appeal is submitted, otherwise the
 * initial decision once a claim is submitted. Drives the "payer is late" timer.
 */
export function payerDecisionDue(facts: DeadlineFacts): ComputedDeadline | null {
  return deadlineOf(facts, 'payer_appeal_decision') ?? deadlineOf(facts, 'payer_initial_decision');
}

/** The last day to request external review after the final internal denial. */
export function externalReviewRequestDue(facts: DeadlineFacts): ComputedDeadline | null {
  return deadlineOf(facts, 'external_review_request');
}
