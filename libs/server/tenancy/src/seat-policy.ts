import type { EntityManager } from 'typeorm';
import { Errors } from '@claimlane/server-common';

/**
 * Seats are held by members and by pending invitations, so inviting can never promise more seats than
 * the plan has. The tenant row is locked first, which serialises concurrent invites and removals.
 */
export async function lockTenantSeats(
  m: EntityManager,
  tenantId: string,
): Promise<{ limit: number; used: number; pending: number }> {
  const [t]: Array<{ seat_limit: number }> = await m.query(
    `select seat_limit from tenants where id = $1 for update`,
    [tenantId],
  );
  if (!t) throw Errors.notFound('Workspace');
  const [c]: Array<{ used: string; pending: string }> = await m.query(
    `select (select count(*) from memberships where tenant_id = $1) as used,
            (select count(*) from invitations where tenant_id = $1 and accepted_at is null and revoked_at is null and expires_at > now()) as pending`,
    [tenantId],
  );
  return { limit: t.seat_limit, used: Number(c!.used), pending: Number(c!.pending) };
}
