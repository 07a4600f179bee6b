import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  createTestTenant,
  errorCode,
  expectOk,
  startTestApi,
  type TestApi,
  type TestTenant,
} from '@claimlane/testing';
import { repoRoot, run } from './deploy-tools';
import {
  appRoleGrants,
  definerFunctions,
  enforcementViolations,
  policies,
  rowCounts,
  tenantTables,
} from './restore-checks';

// deploy/RUNBOOK-backup-restore.md, step by step, on a populated copy: pg_dump -Fc, a new database,
// pg_restore, the migrator (role, CONNECT grant, pending migrations), then isolation checks.
const TENANTS = 4;

function withDatabase(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

async function withClient<T>(url: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** The client binary of the server's major version: pg_dump refuses a newer server. */
async function pgTool(ownerUrl: string, tool: 'pg_dump' | 'pg_restore'): Promise<string> {
  const major = await withClient(ownerUrl, async (c) =>
    Math.floor(
      Number((await c.query(`show server_version_num`)).rows[0].server_version_num) / 10000,
    ),
  );
  const versioned = `/usr/lib/postgresql/${major}/bin/${tool}`;
  if (existsSync(versioned)) return versioned;
  const onPath = run('sh', ['-c', `command -v ${tool} || true`]).stdout.trim();
  if (!onPath)
    throw new Error(`${tool} for Postgres ${major} not found (Debian: postgresql-client-${major})`);
  return onPath;
}

describe('backup and restore runbook (pg_dump -Fc / pg_restore)', () => {
  let api: TestApi;
  let restoredApi: TestApi | undefined;
  let tmp: string;
  const tenants: TestTenant[] = [];
  const casesByTenant = new Map<string, string[]>();
  const restoredDbs: string[] = [];
  let dumpFile: string;

  /** A new, empty database restored from the dump with the runbook's flags (plus `extra`). */
  const restoreInto = async (extra: string[] = []) => {
    const name = `claimlane_t_${inject('pgRunId')}_restore_${randomBytes(3).toString('hex')}`;
    await withClient(inject('pgAdminUrl'), (c) => c.query(`create database ${name}`));
    restoredDbs.push(name);
    const url = withDatabase(api.db.ownerUrl, name);
    const r = run(await pgTool(url, 'pg_restore'), [
      '--exit-on-error',
      '--single-transaction',
      ...extra,
      '--dbname',
      url,
      dumpFile,
    ]);
    expect(r.status, r.stderr).toBe(0);
    return { name, ownerUrl: url, appUrl: withDatabase(api.db.appUrl, name) };
  };

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'claimlane-backup-'));
    api = await startTestApi();
    for (let i = 0; i < TENANTS; i++) {
      const t = await createTestTenant(api);
      tenants.push(t);
      const ids: string[] = [];
      for (let k = 0; k < 2 + i; k++) {
        const res = await api.gql<{ createAppealCase: { id: string } }>(
          `mutation($i: CreateAppealCaseInput!) { createAppealCase(input: $i) { id } }`,
          {
            i: {
              payerName: `Payer ${k}`,
              title: `case ${i}-${k}`,
              amountAtStake: 100 * k,
              patient: { lastName: `P${i}${k}` },
            },
          },
          t.headers,
        );
        ids.push(expectOk(res).createAppealCase.id);
      }
      casesByTenant.set(t.id, ids);
    }
    // Documents as stored rows (their bytes live in object storage, backed up separately).
    await withClient(api.db.ownerUrl, async (owner) => {
      for (const [i, t] of tenants.entries())
        for (let k = 0; k <= i; k++)
          await owner.query(
            `insert into documents (tenant_id, kind, mime, sha256, size_bytes, status, filename)
             values ($1, 'denial_letter', 'application/pdf', $2, 1000, 'ready', 'letter.pdf')`,
            [t.id, randomBytes(32).toString('hex')],
          );
    });
    dumpFile = join(tmp, 'claimlane.dump');
    const dump = run(await pgTool(api.db.ownerUrl, 'pg_dump'), [
      '--format=custom',
      '--file',
      dumpFile,
      '--dbname',
      api.db.ownerUrl,
    ]);
    expect(dump.status, dump.stderr).toBe(0);
  }, 180_000);

  afterAll(async () => {
    await restoredApi?.close();
    await api?.close();
    for (const name of restoredDbs)
      await withClient(inject('pgAdminUrl'), (c) =>
        c.query(`drop database if exists ${name} with (force)`),
      );
    rmSync(tmp, { recursive: true, force: true });
  });

  it('restores every row, RLS policy, SECURITY DEFINER function and grant', async () => {
    expect(statSync(dumpFile).size).toBeGreaterThan(10_000);
    const restored = await restoreInto();
    // Runbook step: the migrator creates claimlane_app when the cluster lacks it, grants CONNECT on
    // the new database (database grants are not in a per-database dump) and applies pending migrations.
    const migrateRun = run(process.execPath, ['dist/libs/server/db/src/cli/migrate.cli.js'], {
      cwd: repoRoot,
      env: {
        ...process.env,
        NODE_ENV: 'test',
        DATABASE_URL: restored.ownerUrl,
        APP_DB_PASSWORD: new URL(api.db.appUrl).password,
      },
    });
    expect(migrateRun.status, migrateRun.stderr).toBe(0);
    expect(migrateRun.stdout).toContain('database is up to date');

    const [source, copy] = await Promise.all(
      [api.db.ownerUrl, restored.ownerUrl].map((url) =>
        withClient(url, async (c) => ({
          counts: await rowCounts(c),
          tables: await tenantTables(c),
          policies: await policies(c),
          definers: await definerFunctions(c),
          grants: await appRoleGrants(c),
        })),
      ),
    );
    expect(source!.counts.appeal_cases).toBe([...casesByTenant.values()].flat().length);
    expect(source!.counts.documents).toBe((TENANTS * (TENANTS + 1)) / 2);
    expect(source!.counts.audit_events).toBeGreaterThan(0);
    expect(copy!.counts).toEqual(source!.counts);
    expect(copy!.tables.length).toBeGreaterThanOrEqual(12);
    expect(copy!.tables.filter((t) => !t.rls || !t.forced)).toEqual([]);
    expect(copy!.tables).toEqual(source!.tables);
    expect(copy!.policies).toEqual(source!.policies);
    expect(copy!.definers.length).toBeGreaterThanOrEqual(5);
    expect(copy!.definers).toEqual(source!.definers);
    expect(copy!.grants).toEqual(source!.grants);
  });

  it('enforces tenant isolation for claimlane_app on the restored copy', async () => {
    const restored = await restoreInto();
    await withClient(inject('pgAdminUrl'), (c) =>
      c.query(`grant connect on database ${restored.name} to claimlane_app`),
    );
    await withClient(restored.ownerUrl, async (owner) =>
      withClient(restored.appUrl, async (app) => {
        const role = await app.query(
          `select rolsuper, rolbypassrls from pg_roles where rolname = current_user`,
        );
        expect(role.rows[0]).toEqual({ rolsuper: false, rolbypassrls: false });
        expect(
          await enforcementViolations(
            owner,
            app,
            tenants.map((t) => t.id),
          ),
        ).toEqual([]);
        await app.query('begin');
        await app.query(`select set_config('app.tenant_id', $1, true)`, [tenants[0]!.id]);
        await expect(
          app.query(`insert into payers (tenant_id, name) values ($1, 'Smuggled')`, [
            tenants[1]!.id,
          ]),
        ).rejects.toMatchObject({ code: '42501' });
        await app.query('rollback');
      }),
    );
  });

  it('serves the restored copy through the API: same sessions, each tenant sees only its cases', async () => {
    const restored = await restoreInto();
    await withClient(inject('pgAdminUrl'), (c) =>
      c.query(`grant connect on database ${restored.name} to claimlane_app`),
    );
    restoredApi = await startTestApi({
      DATABASE_URL: restored.ownerUrl,
      DATABASE_APP_URL: restored.appUrl,
    });
    for (const [i, t] of tenants.entries()) {
      const mine = expectOk(
        await restoredApi.gql<{
          appealCases: { totalCount: number; edges: Array<{ node: { id: string } }> };
        }>(`query { appealCases(first: 50) { totalCount edges { node { id } } } }`, {}, t.headers),
      );
      expect(mine.appealCases.edges.map((e) => e.node.id).sort()).toEqual(
        [...casesByTenant.get(t.id)!].sort(),
      );
      const other = tenants[(i + 1) % TENANTS]!;
      const foreign = await restoredApi.gql(
        `query($id: ID!) { appealCase(id: $id) { id } }`,
        { id: casesByTenant.get(other.id)![0] },
        t.headers,
      );
      expect(errorCode(foreign)).toBe('NOT_FOUND');
    }
  });

  it('catches a restore that dropped the grants (pg_restore --no-acl)', async () => {
    const broken = await restoreInto(['--no-acl']);
    const [source, copy] = await Promise.all(
      [api.db.ownerUrl, broken.ownerUrl].map((url) => withClient(url, appRoleGrants)),
    );
    expect(source!.length).toBeGreaterThan(0);
    expect(copy).not.toEqual(source);
    expect(copy).toEqual([]);
  });
});
