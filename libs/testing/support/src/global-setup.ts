import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import type { TestProject } from 'vitest/node' with { 'resolution-mode': 'import' };
import { migrate } from '@claimlane/server-db';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from '@claimlane/server-dev-services';
import { ensureRedis, type RedisHandle } from './redis-server';
import { ensureTemporal } from './temporal-server';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
    pgTemplate: string;
    pgRunId: string;
    redisUrl: string;
    temporalAddress: string;
  }
}

const repoRoot = resolve(__dirname, '../../../..');
export const TEST_APP_PASSWORD = 'claimlane_app_dev';

/**
 * Once per test run: find Postgres (this machine's server on 127.0.0.1:5432, or an embedded one when
 * none answers), build a migrated template database named after a hash of the migrations (reused
 * while they do not change), and find Redis. Each test file then clones the template.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let embedded: EmbeddedPostgresHandle | undefined;
  let adminUrl = process.env.TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  if (!(await canConnect(adminUrl))) {
    embedded = await startEmbeddedPostgres({
      dataDir: join(repoRoot, '.data/pg-test'),
      database: 'postgres',
    });
    adminUrl = embedded.url;
  }
  const template = `claimlane_tpl_${migrationsHash()}`;
  await buildTemplate(adminUrl, template);
  const runId = randomBytes(4).toString('hex');
  const redis: RedisHandle = await ensureRedis(
    process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
  );

  project.provide('pgAdminUrl', adminUrl);
  project.provide('pgTemplate', template);
  project.provide('pgRunId', runId);
  project.provide('redisUrl', redis.url);
  const temporal = await ensureTemporal();
  project.provide('temporalAddress', temporal.address);

  return async () => {
    await dropRunDatabases(adminUrl, runId);
    await redis.stop();
    await temporal.stop();
    await embedded?.stop();
  };
}

function migrationsHash(): string {
  const dir = join(repoRoot, 'migrations');
  const h = createHash('sha256');
  for (const f of readdirSync(dir).sort()) h.update(f).update(readFileSync(join(dir, f)));
  return h.digest('hex').slice(0, 12);
}

async function canConnect(url: string): Promise<boolean> {
  const c = new Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await c.connect();
    await c.end();
    return true;
  } catch {
    return false;
  }
}

function dbUrl(adminUrl: string, db: string): string {
  const u = new URL(adminUrl);
  u.pathname = `/${db}`;
  return u.toString();
}

/** How long another run's template is kept before a run with other migrations drops it. */
const TEMPLATE_KEEP_MS = 24 * 3600_000;

async function buildTemplate(adminUrl: string, template: string): Promise<void> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    // Concurrent runs (two terminals, CI retries) serialise on an advisory lock.
    await admin.query(`select pg_advisory_lock(hashtext('claimlane_template'))`);
    const exists = await admin.query(`select 1 from pg_database where datname = $1`, [template]);
    if (exists.rowCount) return;
    const building = `${template}_build`;
    await admin.query(`drop database if exists ${building}`);
    await admin.query(`create database ${building}`);
    await migrate({ ownerUrl: dbUrl(adminUrl, building), appRolePassword: TEST_APP_PASSWORD });
    await admin.query(`alter database ${building} rename to ${template}`);
    await admin.query(`alter database ${template} with is_template true`);
    await admin.query(`comment on database ${template} is '${Date.now()}'`);
    // Old templates from earlier migration sets only take disk space. Another checkout's run may
    // still be cloning from its template (two clones on one Postgres, another branch): only
    // templates built more than a day ago are dropped.
    const old = await admin.query(
      `select d.datname, shobj_description(d.oid, 'pg_database') as built_at
         from pg_database d where d.datname like 'claimlane_tpl_%' and d.datname <> $1`,
      [template],
    );
    for (const r of old.rows as Array<{ datname: string; built_at: string | null }>) {
      if (r.datname.endsWith('_build')) continue;
      const builtAt = Number(r.built_at);
      if (Number.isFinite(builtAt) && Date.now() - builtAt < TEMPLATE_KEEP_MS) continue;
      await admin
        .query(`alter database ${r.datname} with is_template false`)
        .catch(() => undefined);
      await admin.query(`drop database if exists ${r.datname}`).catch(() => undefined);
    }
  } finally {
    await admin
      .query(`select pg_advisory_unlock(hashtext('claimlane_template'))`)
      .catch(() => undefined);
    await admin.end();
  }
}

async function dropRunDatabases(adminUrl: string, runId: string): Promise<void> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const rows = await admin.query(`select datname from pg_database where datname like $1`, [
      `claimlane_t_${runId}_%`,
    ]);
    for (const r of rows.rows as Array<{ datname: string }>) {
      await admin.query(`drop database if exists ${r.datname} with (force)`).catch(() => undefined);
    }
  } finally {
    await admin.end();
  }
}
