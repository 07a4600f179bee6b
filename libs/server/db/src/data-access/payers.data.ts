import type { EntityManager } from 'typeorm';

/**
 * The one way a payer row is found or created (by name, case-insensitively, per tenant): used by case
 * creation, the Record Check intake and the 835 import.
 */
export async function upsertPayer(
  m: EntityManager,
  tenantId: string,
  name: string,
): Promise<string> {
  const [row]: Array<{ id: string }> = await m.query(
    `insert into payers (tenant_id, name) values ($1, $2)
     on conflict (tenant_id, lower(name)) do update set name = payers.name
     returning id`,
    [tenantId, name],
  );
  return row!.id;
}
