import type { EntityManager } from 'typeorm';

export interface TenantDeletion {
  tenantId: string;
  deletedAt: Date;
  purgeAfter: Date;
}

/**
 * Soft delete, inside the tenant's own transaction: the workspace stops answering at once (every
 * request then gets TENANT_DELETED) and its data stays, restorable, until `purge_after`. Deleting an
 * already deleted workspace returns the first deletion unchanged (a retried request is harmless).
 */
export async function softDeleteTenant(
  m: EntityManager,
  tenantId: string,
  actorUserId: string | null,
  retentionDays: number,
): Promise<TenantDeletion> {
  // TypeORM answers an UPDATE ... RETURNING with [rows, affected count].
  const [rows] = (await m.query(
    `update tenants set status = 'deleted', deleted_at = coalesce(deleted_at, now()),
            deleted_by = coalesce(deleted_by, $2),
            purge_after = coalesce(purge_after, now() + make_interval(days => $3)), updated_at = now()
      where id = $1
      returning deleted_at, purge_after`,
    [tenantId, actorUserId, retentionDays],
  )) as [Array<{ deleted_at: Date; purge_after: Date }>, number];
  const r = rows[0];
  if (!r) throw new Error('tenant not found');
  return { tenantId, deletedAt: r.deleted_at, purgeAfter: r.purge_after };
}

/** Undoes a soft delete before the purge (platform operators only: `claimlane restore-tenant`). */
export async function restoreTenant(m: EntityManager, tenantId: string): Promise<boolean> {
  const [rows] = (await m.query(
    `update tenants set status = 'active', deleted_at = null, deleted_by = null, purge_after = null,
            updated_at = now()
      where id = $1 and status = 'deleted' returning id`,
    [tenantId],
  )) as [unknown[], number];
  return rows.length === 1;
}
