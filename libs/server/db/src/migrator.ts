import { Client } from 'pg';
import { createOwnerDataSource } from './data-source.factory';

export interface MigrateOptions {
  ownerUrl: string;
  appRolePassword: string;
  log?: (line: string) => void;
}

export const APP_ROLE = 'claimlane_app';

/**
 * Creates the runtime role when missing (not the owner, no BYPASSRLS, no superuser) and applies every
 * pending migration as the owner. Roles are cluster-wide, so this is safe to call per database.
 */
export async function migrate(opts: MigrateOptions): Promise<string[]> {
  const log = opts.log ?? (() => undefined);
  await ensureAppRole(opts.ownerUrl, opts.appRolePassword);
  const ds = createOwnerDataSource(opts.ownerUrl);
  await ds.initialize();
  try {
    const ran = await ds.runMigrations({ transaction: 'each' });
    for (const m of ran) log(`migrated ${m.name}`);
    return ran.map((m) => m.name);
  } finally {
    await ds.destroy();
  }
}

export async function ensureAppRole(ownerUrl: string, password: string): Promise<void> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const exists = await client.query(`select 1 from pg_roles where rolname = $1`, [APP_ROLE]);
    if (exists.rowCount === 0) {
      // Concurrent migrators (parallel test set-ups) may race here; a duplicate is harmless.
      try {
        await client.query(
          `create role ${APP_ROLE} login nosuperuser nobypassrls nocreatedb nocreaterole noinherit password ${quoteLiteral(password)}`,
        );
      } catch (e) {
        if ((e as { code?: string }).code !== '42710' && (e as { code?: string }).code !== '23505')
          throw e;
      }
    }
    const db = (await client.query(`select current_database() as d`)).rows[0] as { d: string };
    await client.query(`grant connect on database "${db.d.replace(/"/g, '""')}" to ${APP_ROLE}`);
  } finally {
    await client.end();
  }
}

function quoteLiteral(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

/** The runtime URL for a database: same host and database as the owner URL, as `claimlane_app`. */
export function appUrlFor(ownerUrl: string, password: string): string {
  const u = new URL(ownerUrl);
  u.username = APP_ROLE;
  u.password = password;
  return u.toString();
}
