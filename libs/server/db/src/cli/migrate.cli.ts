import 'reflect-metadata';
import { loadConfig } from '@claimlane/server-config';
import { migrate } from '../migrator';

/** `npm run db:migrate`: applies all migrations to DATABASE_URL as the owner. */
async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.DATABASE_URL) {
    console.error('DATABASE_URL is not set (the owner connection that runs migrations).');
    process.exit(2);
  }
  const ran = await migrate({
    ownerUrl: config.DATABASE_URL,
    appRolePassword: config.APP_DB_PASSWORD,
    log: console.log,
  });
  console.log(ran.length ? `applied ${ran.length} migration(s)` : 'database is up to date');
}

main().catch((e: unknown) => {
  console.error(`migration failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
