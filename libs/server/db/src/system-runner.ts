import type { EntityManager } from 'typeorm';
import type { TenantDatabase } from './tenant-database';
import { insertAuditEvent } from './data-access/audit-events.data';

/**
 * The one way platform jobs (deadline sweeps, billing sync) touch many tenants. It never switches RLS
 * off: it lists tenant ids through a SECURITY DEFINER function, then works inside each tenant's own
 * scope and writes an audit event there saying which job ran. Grep for `runForEachTenant` to find them.
 */
export async function runForEachTenant(
  db: TenantDatabase,
  job: string,
  fn: (tenantId: string, manager: EntityManager) => Promise<void>,
): Promise<{ tenants: number }> {
  const rows: Array<{ id: string }> = await db.runAnonymous((m) =>
    m.query(`select system_list_tenant_ids() as id`),
  );
  for (const { id } of rows) {
    await db.runInTenantTx(id, async (m) => {
      await insertAuditEvent(m, {
        tenantId: id,
        action: 'system.job',
        entityType: 'system',
        meta: { job },
      });
      await fn(id, m);
    });
  }
  return { tenants: rows.length };
}
