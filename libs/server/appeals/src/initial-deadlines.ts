import {
  computeDeadlines,
  type DeadlineFacts,
  type DeadlineFinding,
} from '@claimlane/domain-deadlines';
import {
  insertComputedDeadlines,
  insertNeedsDateDeadlines,
  partyOf,
  refreshNextDeadline,
  tenantToday,
  type DenialEntity,
} from '@claimlane/server-db';
import type { EntityManager } from 'typeorm';

/**
 * The member's deadlines known when a case opens (the filing window, and any stated window the letter
 * gives); without a notice or receipt date they are stored as `needs_date`, never counted from today.
 * Payer clocks start later, at submission, inside the appeal workflow.
 */
export async function createInitialDeadlines(
  m: EntityManager,
  tenantId: string,
  caseId: string,
  denial: DenialEntity,
  extra: Partial<DeadlineFacts> = {},
): Promise<DeadlineFinding[]> {
  const today = await tenantToday(m, tenantId);
  const result = computeDeadlines({
    regime: denial.regime,
    serviceType: denial.serviceType ?? undefined,
    noticeDate: denial.noticeDate ?? undefined,
    receivedDate: denial.receivedDate ?? undefined,
    asOf: today,
    ...extra,
  });
  const timed = result.deadlines.filter((d) => partyOf(d.kind) === 'member');
  await insertComputedDeadlines(m, tenantId, caseId, timed);
  await insertNeedsDateDeadlines(
    m,
    tenantId,
    caseId,
    result.pending,
    timed.map((d) => d.kind),
  );
  await refreshNextDeadline(m, caseId);
  return result.findings;
}
