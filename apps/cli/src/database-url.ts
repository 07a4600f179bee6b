import type { AppConfig } from '@claimlane/server-config';
import { appUrlFor } from '@claimlane/server-db';
import { CliError, EXIT_ERROR } from './exit-codes';

/**
 * The runtime connection (role `claimlane_app`, subject to row-level security). The owner URL is never
 * used directly: an import through the owner would bypass RLS. When only DATABASE_URL is set, the app
 * role's URL is derived from it the way the migrator created the role.
 */
export function appDatabaseUrl(
  config: Pick<AppConfig, 'DATABASE_APP_URL' | 'DATABASE_URL' | 'APP_DB_PASSWORD'>,
): string {
  if (config.DATABASE_APP_URL) return config.DATABASE_APP_URL;
  if (config.DATABASE_URL) return appUrlFor(config.DATABASE_URL, config.APP_DB_PASSWORD);
  throw new CliError(
    'No database configured: set DATABASE_APP_URL (the claimlane_app role) or DATABASE_URL.',
    EXIT_ERROR,
  );
}
