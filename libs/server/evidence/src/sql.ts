import { TenantContext } from '@claimlane/server-db';

/**
 * Raw SQL in the operation's tenant transaction (RLS applies). TypeORM returns `[rows, count]` for
 * UPDATE/DELETE and plain rows otherwise; callers always get the rows.
 */
export async function sql<T>(text: string, params: unknown[] = []): Promise<T[]> {
  const r: unknown = await TenantContext.manager().query(text, params);
  if (Array.isArray(r) && r.length === 2 && Array.isArray(r[0]) && typeof r[1] === 'number')
    return r[0] as T[];
  return r as T[];
}

export async function one<T>(text: string, params: unknown[] = []): Promise<T | null> {
  return (await sql<T>(text, params))[0] ?? null;
}
