import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createConnection } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { appUrlFor, freePort, migrate, startEmbeddedPostgres } from '@claimlane/server-db';

const APP_PASSWORD = 'claimlane_app_dev';

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

/** A fresh, migrated database for one benchmark: this machine's Postgres, or an embedded one. */
export async function benchDatabase(
  name: string,
): Promise<{ ownerUrl: string; appUrl: string; drop(): Promise<void> }> {
  let admin = process.env.BENCH_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  let stopEmbedded: (() => Promise<void>) | undefined;
  if (!(await canConnect(admin))) {
    const pg = await startEmbeddedPostgres({
      dataDir: join(process.cwd(), '.data/pg-bench'),
      database: 'postgres',
    });
    admin = pg.url;
    stopEmbedded = pg.stop;
  }
  const db = `claimlane_bench_${name}_${Date.now().toString(36)}`;
  const c = new Client({ connectionString: admin });
  await c.connect();
  await c.query(`create database ${db}`);
  await c.end();
  const u = new URL(admin);
  u.pathname = `/${db}`;
  const ownerUrl = u.toString();
  await migrate({ ownerUrl, appRolePassword: APP_PASSWORD });
  return {
    ownerUrl,
    appUrl: appUrlFor(ownerUrl, APP_PASSWORD),
    drop: async () => {
      const d = new Client({ connectionString: admin });
      await d.connect();
      await d.query(`drop database if exists ${db} with (force)`);
      await d.end();
      await stopEmbedded?.();
    },
  };
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((res) => {
    const s = createConnection({ host: '127.0.0.1', port });
    s.setTimeout(500, () => (s.destroy(), res(false)));
    s.once('error', () => res(false));
    s.once('connect', () => (s.destroy(), res(true)));
  });
}

/** TEMPORAL_ADDRESS, else a fresh `temporal server start-dev` (its own SQLite) on a free port. */
export async function benchTemporal(): Promise<{ address: string; stop(): void }> {
  if (process.env.TEMPORAL_ADDRESS)
    return { address: process.env.TEMPORAL_ADDRESS, stop: () => undefined };
  const gopath = spawnSync('go', ['env', 'GOPATH'], { encoding: 'utf8' }).stdout?.trim();
  const bin = [
    process.env.TEMPORAL_CLI,
    spawnSync('sh', ['-c', 'command -v temporal'], { encoding: 'utf8' }).stdout.trim(),
    gopath && join(gopath, 'bin/temporal'),
    join(homedir(), 'go/bin/temporal'),
  ].find((p): p is string => !!p && existsSync(p));
  if (!bin)
    throw new Error(
      'Temporal CLI not found (go install github.com/temporalio/cli/cmd/temporal@v1.5.1)',
    );
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'claimlane-bench-temporal-'));
  const child: ChildProcess = spawn(
    bin,
    [
      'server',
      'start-dev',
      '--headless',
      '--ip',
      '127.0.0.1',
      '--port',
      String(port),
      '--ui-port',
      String(await freePort()),
      ...(process.env.BENCH_TEMPORAL_SQLITE === '1'
        ? ['--db-filename', join(dir, 't.sqlite')]
        : []),
      '--log-level',
      'error',
    ],
    {
      stdio: 'ignore',
    },
  );
  for (let i = 0; i < 300 && !(await portOpen(port)); i++)
    await new Promise((r) => setTimeout(r, 100));
  return { address: `127.0.0.1:${port}`, stop: () => child.kill('SIGTERM') };
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}
