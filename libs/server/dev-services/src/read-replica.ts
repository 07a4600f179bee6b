import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';

const run = promisify(execFile);

/** The primary refused the replication connection (pg_hba.conf has no `replication` line, no role…). */
export class ReplicationNotPermittedError extends Error {}

const stderrOf = (e: unknown) => (e as { stderr?: string }).stderr ?? String(e);

/**
 * Only the server's own refusals: no pg_hba line for replication, a role without REPLICATION, a
 * role that may not log in. Other failures whose text merely says "replication" are real errors.
 */
export function isReplicationRefusal(e: unknown): boolean {
  return /no pg_hba\.conf entry for replication|must be superuser or (have )?(the )?replication|permission denied to start WAL sender|role "[^"]*" is not permitted to log in|role "[^"]*" does not exist/i.test(
    stderrOf(e),
  );
}

export interface ReadReplicaHandle {
  port: number;
  dataDir: string;
  /** `url` (any database, any role) pointed at the replica instead of the primary. */
  urlFor(url: string): string;
  /** Resolves once the replica has replayed everything the primary had written when called. */
  caughtUp(timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

// Hot standby refuses to start when these are lower than on the primary.
const MUST_MATCH = [
  'max_connections',
  'max_worker_processes',
  'max_wal_senders',
  'max_prepared_transactions',
  'max_locks_per_transaction',
];

async function one<T>(url: string, text: string): Promise<T> {
  const [row] = await query<T>(url, text);
  if (!row) throw new Error(`no row from: ${text}`);
  return row;
}

async function query<T>(url: string, text: string): Promise<T[]> {
  const c = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  await c.connect();
  try {
    return (await c.query(text)).rows as T[];
  } finally {
    await c.end();
  }
}

/**
 * A streaming read replica of the local primary (issue 15): `pg_basebackup -R` into `dataDir`, then
 * `pg_ctl start` on `port` with hot_standby. Postgres will not run as root, so as root the copy and
 * the server run as the `postgres` OS user. The whole cluster is copied (roles included), so RLS and
 * `claimlane_app` behave on the replica exactly as on the primary. The primary must accept
 * replication connections from 127.0.0.1 (`host replication all 127.0.0.1/32 …` in pg_hba.conf).
 */
export async function startReadReplica(opts: {
  primaryAdminUrl: string;
  dataDir: string;
  port: number;
}): Promise<ReadReplicaHandle> {
  const primary = new URL(opts.primaryAdminUrl);
  const { server_version_num: version } = await one<{ server_version_num: string }>(
    opts.primaryAdminUrl,
    'show server_version_num',
  );
  const major = Math.floor(Number(version) / 10_000);
  const bin = (name: string) =>
    existsSync(`/usr/lib/postgresql/${major}/bin/${name}`)
      ? `/usr/lib/postgresql/${major}/bin/${name}`
      : name;
  const asPostgres = process.getuid?.() === 0;
  const exec = (cmd: string, args: string[]) =>
    asPostgres ? run('runuser', ['-u', 'postgres', '--', cmd, ...args]) : run(cmd, args);

  rmSync(opts.dataDir, { recursive: true, force: true });
  mkdirSync(opts.dataDir, { recursive: true, mode: 0o700 });
  if (asPostgres) await run('chown', ['postgres:postgres', opts.dataDir]);
  const basebackup = () =>
    exec(bin('pg_basebackup'), [
      '-h',
      primary.hostname,
      '-p',
      primary.port || '5432',
      '-U',
      decodeURIComponent(primary.username || 'postgres'),
      '-D',
      opts.dataDir,
      '-R',
      '-X',
      'stream',
      '--checkpoint=fast',
      '--no-sync',
    ]);
  try {
    await basebackup().catch(async (e: unknown) => {
      // A refusal is final; anything else (a busy WAL sender slot, a checkpoint racing another
      // test's database clone) gets one more try on an emptied directory.
      if (isReplicationRefusal(e)) throw e;
      await new Promise((r) => setTimeout(r, 2_000));
      rmSync(opts.dataDir, { recursive: true, force: true });
      mkdirSync(opts.dataDir, { recursive: true, mode: 0o700 });
      if (asPostgres) await run('chown', ['postgres:postgres', opts.dataDir]);
      await basebackup();
    });
  } catch (e) {
    if (isReplicationRefusal(e))
      throw new ReplicationNotPermittedError(`pg_basebackup refused: ${stderrOf(e).trim()}`);
    throw e;
  }
  const settings = await query<{ name: string; setting: string }>(
    opts.primaryAdminUrl,
    `select name, setting from pg_settings where name = any(array['${MUST_MATCH.join("','")}'])`,
  );
  const { hba_file: hbaFile } = await one<{ hba_file: string }>(
    opts.primaryAdminUrl,
    'show hba_file',
  );
  // Debian keeps postgresql.conf and pg_hba.conf in /etc: the copy has neither, so write both.
  writeFileSync(
    join(opts.dataDir, 'postgresql.conf'),
    [
      `port = ${opts.port}`,
      `listen_addresses = '127.0.0.1'`,
      `unix_socket_directories = '${opts.dataDir}'`,
      'hot_standby = on',
      `hba_file = '${join(opts.dataDir, 'pg_hba.conf')}'`,
      ...settings.map((s) => `${s.name} = ${s.setting}`),
      '',
    ].join('\n'),
  );
  // The same client rules as the primary: same roles, same authentication.
  writeFileSync(join(opts.dataDir, 'pg_hba.conf'), readFileSync(hbaFile));
  if (asPostgres) await run('chown', ['-R', 'postgres:postgres', opts.dataDir]);
  const log = join(opts.dataDir, 'replica.log');
  await exec(bin('pg_ctl'), ['-D', opts.dataDir, '-l', log, '-w', '-t', '60', 'start']);

  const urlFor = (url: string) => {
    const u = new URL(url);
    u.hostname = '127.0.0.1';
    u.port = String(opts.port);
    return u.toString();
  };
  const replicaAdmin = urlFor(opts.primaryAdminUrl);
  return {
    port: opts.port,
    dataDir: opts.dataDir,
    urlFor,
    async caughtUp(timeoutMs = 30_000) {
      const { lsn } = await one<{ lsn: string }>(
        opts.primaryAdminUrl,
        'select pg_current_wal_lsn()::text lsn',
      );
      const until = Date.now() + timeoutMs;
      for (;;) {
        const r = await one<{ done: boolean | null }>(
          replicaAdmin,
          `select pg_last_wal_replay_lsn() >= '${lsn}'::pg_lsn done`,
        );
        if (r.done) return;
        if (Date.now() > until) throw new Error(`replica did not replay up to ${lsn}`);
        await new Promise((res) => setTimeout(res, 100));
      }
    },
    async stop() {
      await exec(bin('pg_ctl'), ['-D', opts.dataDir, '-m', 'fast', '-w', 'stop']).catch(
        () => undefined,
      );
      rmSync(opts.dataDir, { recursive: true, force: true });
    },
  };
}
