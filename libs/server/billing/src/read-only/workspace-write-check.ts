import type { EntityManager } from 'typeorm';
import { AppError } from '@claimlane/server-common';
import { BillingStateRepository } from '../state/billing-state.repository';
import { workspaceAccess } from '../state/workspace-access';

export function workspaceReadOnly(reason: string | null, graceEndsAt: Date | null): AppError {
  return new AppError(
    'WORKSPACE_READ_ONLY',
    reason === 'PAYMENT_PAST_DUE'
      ? 'This workspace is read-only until the overdue invoice is paid (billing portal); reads and exports still work'
      : 'This workspace is read-only: its subscription has ended; subscribe again to make changes. Reads and exports still work',
    { reason, graceEndedAt: graceEndsAt?.toISOString() ?? null },
  );
}

/**
 * The read-only rule as one call for any write path (GraphQL mutations, REST uploads, jobs that a
 * user started): throws WORKSPACE_READ_ONLY when billing says the workspace may only read.
 */
export async function assertWorkspaceWritable(
  m: EntityManager,
  tenantId: string,
  graceDays: number,
  now = new Date(),
): Promise<void> {
  const state = await BillingStateRepository.find(m, tenantId);
  const access = workspaceAccess(state, now, graceDays);
  if (access.mode === 'READ_ONLY') throw workspaceReadOnly(access.reason, access.graceEndsAt);
}
