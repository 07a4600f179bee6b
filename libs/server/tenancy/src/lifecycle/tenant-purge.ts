import type { DataSource, EntityManager } from 'typeorm';
import type { ObjectStore } from '@claimlane/server-documents';
import { listTenantTables, quoteIdent, tenantTablesWithoutKey } from './tenant-tables';

/** Ends a tenant's workflows; `true` when one was running. */
export interface TenantWorkflowTerminator {
  terminateTenantWorkflows(tenantId: string, caseIds: string[]): Promise<number>;
}

export interface PurgeDeps {
  /** The owner connection: the runtime role may not delete audit rows, and must not. */
  owner: DataSource;
  /** The raw store (no decryption needed to delete). */
  store: ObjectStore;
  workflows: TenantWorkflowTerminator | null;
  now?: Date;
}

export interface PurgeReport {
  tenantId: string;
  rowsDeleted: Record<string, number>;
  objectsDeleted: number;
  workflowsTerminated: number;
}

/** Tenants whose retention window has ended. */
export async function tenantsDueForPurge(owner: DataSource, now = new Date()): Promise<string[]> {
  const rows: Array<{ id: string }> = await owner.query(
    `select id from tenants where status = 'deleted' and purge_after <= $1 order by purge_after, id`,
    [now],
  );
  return rows.map((r) => r.id);
}

/**
 * Erases every deleted tenant whose window has ended. Each tenant: its workflows are terminated first
 * (so none writes again), then its object-store prefix is removed, then every row with its tenant_id
 * and the tenant itself go in one transaction that also records the purge in `tenant_purges`. A
 * failure leaves the tenant `deleted`, so the next run finishes the job.
 */
export async function purgeDueTenants(deps: PurgeDeps): Promise<PurgeReport[]> {
  const reports: PurgeReport[] = [];
  for (const id of await tenantsDueForPurge(deps.owner, deps.now))
    reports.push(await purgeTenant(deps, id));
  return reports;
}

export async function purgeTenant(deps: PurgeDeps, tenantId: string): Promise<PurgeReport> {
  const caseIds = await deps.owner.transaction(async (m) => {
    await scopeTo(m, tenantId);
    const [t] = await m.query(`select status from tenants where id = $1`, [tenantId]);
    if (!t || t.status !== 'deleted') throw new Error('only a deleted tenant can be purged');
    const rows: Array<{ id: string }> = await m.query(
      `select id from appeal_cases where tenant_id = $1`,
      [tenantId],
    );
    return rows.map((r) => r.id);
  });
  const workflowsTerminated =
    (await deps.workflows?.terminateTenantWorkflows(tenantId, caseIds)) ?? 0;
  const objectsDeleted = await deps.store.deletePrefix(tenantId);
  const rowsDeleted = await deps.owner.transaction(async (m) => {
    await scopeTo(m, tenantId);
    const keyless = await tenantTablesWithoutKey(m);
    const tables = [...(await listTenantTables(m)).map((t) => t.name), ...keyless];
    const counts: Record<string, number> = {};
    for (const table of await childrenFirst(m, tables)) {
      const [, n] = (await m.query(`delete from ${quoteIdent(table)} where tenant_id = $1`, [
        tenantId,
      ])) as [unknown, number];
      if (n > 0) counts[table] = n;
    }
    const [deleted] = await m.query(`select deleted_at from tenants where id = $1`, [tenantId]);
    await m.query(`delete from tenants where id = $1`, [tenantId]);
    await m.query(
      `insert into tenant_purges (purged_tenant_id, deleted_at, rows_deleted, objects_deleted, workflows_terminated)
       values ($1, $2, $3, $4, $5)`,
      [tenantId, deleted.deleted_at, JSON.stringify(counts), objectsDeleted, workflowsTerminated],
    );
    return counts;
  });
  return { tenantId, rowsDeleted, objectsDeleted, workflowsTerminated };
}

/** RLS stays on for the owner (FORCE): the purge works inside the tenant's scope like everyone else. */
async function scopeTo(m: EntityManager, tenantId: string): Promise<void> {
  await m.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
}

/** Tables ordered so that a table comes before every table its foreign keys point to. */
async function childrenFirst(m: EntityManager, tables: string[]): Promise<string[]> {
  const edges: Array<{ child: string; parent: string }> = await m.query(
    `select c.relname as child, p.relname as parent
       from pg_constraint k
       join pg_class c on c.oid = k.conrelid
       join pg_class p on p.oid = k.confrelid
      where k.contype = 'f' and k.connamespace = 'public'::regnamespace and c.oid <> p.oid`,
  );
  const set = new Set(tables);
  const parentsOf = new Map<string, Set<string>>(tables.map((t) => [t, new Set()]));
  for (const e of edges)
    if (set.has(e.child) && set.has(e.parent)) parentsOf.get(e.child)!.add(e.parent);
  // Delete order: a table only after every table that references it (Kahn on the reversed graph).
  const referencedBy = new Map<string, number>(tables.map((t) => [t, 0]));
  for (const [, parents] of parentsOf)
    for (const p of parents) referencedBy.set(p, referencedBy.get(p)! + 1);
  const ready = tables.filter((t) => referencedBy.get(t) === 0).sort();
  const order: string[] = [];
  while (ready.length) {
    const t = ready.shift()!;
    order.push(t);
    for (const p of parentsOf.get(t)!) {
      referencedBy.set(p, referencedBy.get(p)! - 1);
      if (referencedBy.get(p) === 0) ready.push(p);
    }
  }
  // A cycle of foreign keys (none today) would leave tables out: add them; the FKs decide then.
  for (const t of tables) if (!order.includes(t)) order.push(t);
  return order;
}
