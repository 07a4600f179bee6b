import type { EntityManager } from 'typeorm';
import type { PendingDeadline } from '@claimlane/domain-deadlines';
import { DeadlineEntity, partyOf } from '@claimlane/server-db';

/**
 * Deadlines that apply but have no date to count from (issue 7): stored with status `needs_date`,
 * no due values and the question that gets the date. The workflow only times `open` rows, so these
 * are shown on the case but never timed, reminded or declared missed. A kind already timed is
 * skipped: one row per kind.
 */
export async function insertNeedsDateDeadlines(
  m: EntityManager,
  tenantId: string,
  caseId: string,
  pending: readonly PendingDeadline[],
  timedKinds: readonly string[] = [],
): Promise<void> {
  const rows = pending.filter(
    (p, i) =>
      partyOf(p.kind) === 'member' &&
      !timedKinds.includes(p.kind) &&
      pending.findIndex((q) => q.kind === p.kind) === i,
  );
  if (!rows.length) return;
  await m.getRepository(DeadlineEntity).insert(
    rows.map((p) => ({
      tenantId,
      caseId,
      kind: p.kind,
      label: p.label,
      dueAt: null,
      dueText: null,
      anchorEvent: p.anchorEvent,
      anchorDate: null,
      dayType: p.dayType,
      amount: p.amount,
      ruleId: p.rule,
      citation: p.citation,
      assumptions: p.stated
        ? [`The letter states ${p.stated.days} days from the ${p.stated.anchor}.`]
        : [],
      status: 'needs_date' as const,
      party: 'member' as const,
      question: p.question.slice(0, 500),
    })),
  );
}

/** A timed deadline whose anchor date is gone again (a correction cleared it): back to `needs_date`. */
export async function untimeDeadline(
  m: EntityManager,
  deadlineId: string,
  p: PendingDeadline,
): Promise<void> {
  await m.query(
    `update deadlines set status = 'needs_date', due_at = null, due_text = null, anchor_date = null,
        anchor_event = $2, rule_id = $3, citation = $4, label = $5, amount = $6, question = $7,
        assumptions = '[]'::jsonb, updated_at = now()
      where id = $1`,
    [deadlineId, p.anchorEvent, p.rule, p.citation, p.label, p.amount, p.question.slice(0, 500)],
  );
}
