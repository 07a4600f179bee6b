import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { appUrlFor, migrate } from '@claimlane/server-db';
import { startEmbeddedPostgres, startTemporalDevServer } from '@claimlane/server-dev-services';

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

/** TEMPORAL_ADDRESS, else a fresh dev server on a free port (in memory unless BENCH_TEMPORAL_SQLITE=1). */
export async function benchTemporal(): Promise<{ address: string; stop(): void }> {
  if (process.env.TEMPORAL_ADDRESS)
    return { address: process.env.TEMPORAL_ADDRESS, stop: () => undefined };
  const server = await startTemporalDevServer(
    process.env.BENCH_TEMPORAL_SQLITE === '1'
      ? { dataDir: mkdtempSync(join(tmpdir(), 'claimlane-bench-temporal-')) }
      : {},
  );
  if (!server)
    throw new Error(
      'Temporal CLI not found (go install github.com/temporalio/cli/cmd/temporal@v1.5.1)',
    );
  return server;
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}
