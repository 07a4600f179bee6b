import type { Client } from 'pg';

// What a restored copy must carry over beyond its rows: row-level security, the SECURITY DEFINER
// entry points and the runtime role's grants (docs/architecture.md §3). Each query returns rows
// ordered so two databases compare with toEqual.

export async function rowCounts(owner: Client): Promise<Record<string, number>> {
  const tables = await owner.query<{ table: string }>(
    `select tablename as table from pg_tables where schemaname = 'public' order by 1`,
  );
  const counts: Record<string, number> = {};
  for (const { table } of tables.rows) {
    const r = await owner.query<{ n: number }>(`select count(*)::int as n from "${table}"`);
    counts[table] = r.rows[0]!.n;
  }
  return counts;
}

export interface TenantTable {
  table: string;
  rls: boolean;
  forced: boolean;
}

/** Every public table with a tenant_id column, and whether RLS is enabled and forced on it. */
export async function tenantTables(owner: Client): Promise<TenantTable[]> {
  const r = await owner.query<TenantTable>(
    `select c.relname as table, c.relrowsecurity as rls, c.relforcerowsecurity as forced
     from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = 'public' and c.relkind = 'r'
       and exists (select 1 from information_schema.columns col where col.table_schema = 'public'
                   and col.table_name = c.relname and col.column_name = 'tenant_id')
     order by 1`,
  );
  return r.rows;
}

export async function policies(owner: Client): Promise<unknown[]> {
  const r = await owner.query(
    `select tablename, policyname, permissive, roles::text[] as roles, cmd, qual, with_check
     from pg_policies where schemaname = 'public' order by tablename, policyname`,
  );
  return r.rows;
}

/** SECURITY DEFINER functions with their owner and pinned settings (search_path). */
export async function definerFunctions(owner: Client): Promise<unknown[]> {
  const r = await owner.query(
    `select p.proname as name, pg_get_function_identity_arguments(p.oid) as args,
            pg_get_userbyid(p.proowner) as owner, p.proconfig as config,
            has_function_privilege('claimlane_app', p.oid, 'EXECUTE') as app_can_execute
     from pg_proc p join pg_namespace n on n.oid = p.pronamespace
     where n.nspname = 'public' and p.prosecdef order by 1, 2`,
  );
  return r.rows;
}

export async function appRoleGrants(owner: Client): Promise<unknown[]> {
  const r = await owner.query(
    `select table_name, privilege_type from information_schema.role_table_grants
     where grantee = 'claimlane_app' and table_schema = 'public' order by 1, 2`,
  );
  return r.rows;
}

/**
 * RLS enforced for the runtime role on every tenant table: with app.tenant_id set it sees exactly
 * that tenant's rows, with it unset nothing. Returns the violations found (empty when isolated).
 */
export async function enforcementViolations(
  owner: Client,
  app: Client,
  tenantIds: string[],
): Promise<string[]> {
  const violations: string[] = [];
  for (const { table } of await tenantTables(owner)) {
    for (const tenantId of tenantIds) {
      const expected = (
        await owner.query<{ n: number }>(
          `select count(*)::int as n from "${table}" where tenant_id = $1`,
          [tenantId],
        )
      ).rows[0]!.n;
      await app.query('begin');
      try {
        await app.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
        const seen = await app.query<{ n: number; others: number }>(
          `select count(*)::int as n, count(*) filter (where tenant_id <> $1)::int as others from "${table}"`,
          [tenantId],
        );
        const { n, others } = seen.rows[0]!;
        if (n !== expected || others !== 0)
          violations.push(
            `${table}: tenant ${tenantId} sees ${n} rows (${others} foreign), owns ${expected}`,
          );
      } finally {
        await app.query('rollback');
      }
    }
    const unset = (await app.query<{ n: number }>(`select count(*)::int as n from "${table}"`))
      .rows[0]!.n;
    if (unset !== 0) violations.push(`${table}: ${unset} rows visible without a tenant`);
  }
  return violations;
}
