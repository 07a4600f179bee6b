import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { appUrlFor, migrate } from '@claimlane/server-db';
import {
  startEmbeddedPostgres,
  startTemporalDevServer,
  TEMPORAL_INSTALL_HINT,
} from '@claimlane/server-dev-services';

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
  if (!server) throw new Error(`No Temporal server answers. ${TEMPORAL_INSTALL_HINT}`);
  return server;
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

/**
 * The Postgres processes serving one database (its backends) plus the cluster's own background
 * processes (WAL writer, checkpointer…), so other work on the machine is not counted.
 */
export async function postgresPidsOf(client: Client): Promise<number[]> {
  const { rows } = await client.query<{ pid: number }>(
    `select pid from pg_stat_activity where datname = current_database() or datname is null`,
  );
  return rows.map((r) => r.pid);
}

/** CPU time (ms) of one process so far, from /proc (Linux), or null when it has ended. */
function processCpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of /proc/<pid>/stat (fields[0] here is field 3); USER_HZ = 100.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/**
 * Starts counting the CPU of the given Postgres processes; `stop()` gives the ms they used since.
 * A process that ended meanwhile counts for nothing (its time is unknown), never negatively.
 */
export function postgresCpu(pids: readonly number[]): { stop(): number } {
  const start = new Map(pids.map((pid) => [pid, processCpuMs(pid)]));
  return {
    stop() {
      let used = 0;
      for (const [pid, t0] of start) {
        const t1 = processCpuMs(pid);
        if (t0 !== null && t1 !== null) used += t1 - t0;
      }
      return used;
    },
  };
}
