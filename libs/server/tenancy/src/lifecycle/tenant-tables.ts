import type { EntityManager } from 'typeorm';

export interface TenantTable {
  name: string;
  /** Primary-key columns with their SQL types (every key leads with tenant_id). */
  key: Array<{ column: string; type: string }>;
}

/**
 * Every table of the public schema with a `tenant_id` column, found in the catalog rather than listed
 * by hand, so a table added later is exported and purged without anyone remembering to.
 */
export async function listTenantTables(m: EntityManager): Promise<TenantTable[]> {
  const rows: Array<{ name: string; cols: string[]; types: string[] }> = await m.query(
    `select t.relname as name,
            array_agg(a.attname::text order by k.ord) as cols,
            array_agg(format_type(a.atttypid, a.atttypmod) order by k.ord) as types
       from pg_class t
       join pg_namespace n on n.oid = t.relnamespace and n.nspname = 'public'
       join pg_index i on i.indrelid = t.oid and i.indisprimary
       join lateral unnest(i.indkey) with ordinality as k(attnum, ord) on true
       join pg_attribute a on a.attrelid = t.oid and a.attnum = k.attnum
      where t.relkind = 'r'
        and exists (select 1 from pg_attribute x
                     where x.attrelid = t.oid and x.attname = 'tenant_id' and not x.attisdropped)
      group by t.relname
      order by t.relname`,
  );
  return rows.map((r) => ({
    name: r.name,
    key: r.cols.map((column, i) => ({ column, type: r.types[i]! })),
  }));
}

/** Tables with a tenant_id but no primary key (none today): export and purge must not miss them. */
export async function tenantTablesWithoutKey(m: EntityManager): Promise<string[]> {
  const rows: Array<{ table_name: string }> = await m.query(
    `select c.table_name from information_schema.columns c
       join information_schema.tables t using (table_schema, table_name)
      where c.table_schema = 'public' and c.column_name = 'tenant_id' and t.table_type = 'BASE TABLE'
        and not exists (select 1 from pg_index i
                         where i.indrelid = format('public.%I', c.table_name)::regclass and i.indisprimary)`,
  );
  return rows.map((r) => r.table_name);
}

export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;
