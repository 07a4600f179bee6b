import {
  computeDeadlines,
  type DeadlineFacts,
  type DeadlineFinding,
} from '@claimlane/domain-deadlines';
import {
  insertComputedDeadlines,
  partyOf,
  refreshNextDeadline,
  type DenialEntity,
} from '@claimlane/server-db';
import type { EntityManager } from 'typeorm';

/**
 * The member's deadlines known when a case opens (the filing window, and any stated window the letter
 * gives). Payer clocks start later, at submission, inside the appeal workflow.
 */
export async function createInitialDeadlines(
  m: EntityManager,
  tenantId: string,
  caseId: string,
  denial: DenialEntity,
  extra: Partial<DeadlineFacts> = {},
): Promise<DeadlineFinding[]> {
  const today = new Date().toISOString().slice(0, 10);
  const result = computeDeadlines({
    regime: denial.regime,
    serviceType: denial.serviceType ?? undefined,
    noticeDate: denial.noticeDate ?? undefined,
    receivedDate: denial.receivedDate ?? undefined,
    asOf: today,
    ...extra,
  });
  await insertComputedDeadlines(
    m,
    tenantId,
    caseId,
    result.deadlines.filter((d) => partyOf(d.kind) === 'member'),
  );
  await refreshNextDeadline(m, caseId);
  return result.findings;
}
