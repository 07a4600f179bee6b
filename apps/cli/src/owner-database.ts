import type { DataSource } from 'typeorm';
import { loadConfig, type AppConfig } from '@claimlane/server-config';
import { createOwnerDataSource } from '@claimlane/server-db';
import { CliError, EXIT_ERROR } from './exit-codes';

/**
 * Platform operations (purge, master-key rotation, deleting a tenant as the operator) act across
 * tenants and delete audit rows the runtime role may never touch, so they need the owner: DATABASE_URL.
 * They still enter each tenant's RLS scope (`app.tenant_id`) for the tenant's rows.
 */
export async function withOwnerDatabase<T>(
  fn: (owner: DataSource, config: AppConfig) => Promise<T>,
): Promise<T> {
  const config = loadConfig();
  if (!config.DATABASE_URL)
    throw new CliError('This command needs the owner connection: set DATABASE_URL.', EXIT_ERROR);
  const owner = createOwnerDataSource(config.DATABASE_URL);
  try {
    await owner.initialize();
  } catch (e) {
    throw new CliError(`cannot connect to the database: ${(e as Error).message}`, EXIT_ERROR);
  }
  try {
    return await fn(owner, config);
  } finally {
    await owner.destroy().catch(() => undefined);
  }
}
