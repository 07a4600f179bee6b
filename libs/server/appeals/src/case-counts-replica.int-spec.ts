import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  ReplicationNotPermittedError,
  startReadReplica,
  type ReadReplicaHandle,
} from '@claimlane/server-dev-services';
import {
  createTestTenant,
  expectOk,
  startTestApi,
  type TestApi,
  type TestTenant,
} from '@claimlane/testing';

const freePort = () =>
  new Promise<number>((res) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => res(port));
    });
  });

async function onReplica<T>(url: string, text: string): Promise<T[]> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(text)).rows as T[];
  } finally {
    await c.end();
  }
}

let replica: ReadReplicaHandle | null = null;
let notPermitted = '';
let api: TestApi;
let t: TestTenant;

beforeAll(async () => {
  try {
    replica = await startReadReplica({
      primaryAdminUrl: inject('pgAdminUrl'),
      // Under the system temp dir, not the checkout: as root the copy runs as the `postgres` user,
      // who cannot enter a checkout whose parent is private (a clone under `mktemp -d`, mode 0700).
      dataDir: join(tmpdir(), `claimlane-test-replica-${process.pid}`),
      port: await freePort(),
    });
  } catch (e) {
    // The one acceptable skip: this Postgres does not allow replication connections. CI allows
    // them (.ci/run adds the pg_hba line), so there a refusal is a failure, not a skip.
    if (!(e instanceof ReplicationNotPermittedError) || process.env['CI'] === 'true') throw e;
    notPermitted = e.message;
    return;
  }
  api = await startTestApi({}, { replica });
  t = await createTestTenant(api);
}, 180_000);

afterAll(async () => {
  await api?.close();
  await replica?.stop();
});

const COUNTS = `query { caseCounts { total byStage { stage count } } appealCases(first: 1) { totalCount } }`;
const counts = async (tenant = t) =>
  expectOk(
    await api.gql<{
      caseCounts: { total: number; byStage: Array<{ stage: string; count: number }> };
      appealCases: { totalCount: number };
    }>(COUNTS, {}, tenant.headers),
  );
const createCase = async (tenant = t) =>
  expectOk(
    await api.gql(
      `mutation { createAppealCase(input: { payerName: "Replica Payer", statedReason: "Not medically necessary" }) { id } }`,
      {},
      tenant.headers,
    ),
  );

describe('read replica (DATABASE_REPLICA_URL)', () => {
  it('serves caseCounts from the replica while the worklist stays fresh on the primary', async (ctx) => {
    if (!replica) return ctx.skip(`replication not permitted here: ${notPermitted}`);
    const replicaAdmin = replica.urlFor(inject('pgAdminUrl'));
    expect(
      (await onReplica<{ r: boolean }>(replicaAdmin, 'select pg_is_in_recovery() r'))[0]?.r,
    ).toBe(true);
    await createCase();
    await replica.caughtUp();
    expect(await counts()).toMatchObject({
      caseCounts: { total: 1, byStage: [{ stage: 'intake', count: 1 }] },
      appealCases: { totalCount: 1 },
    });

    // Replay paused: a write on the primary cannot reach the replica, so a read that sees it came
    // from the primary and one that does not came from the replica.
    await onReplica(replicaAdmin, 'select pg_wal_replay_pause()');
    try {
      await createCase();
      const paused = await counts();
      expect(paused.appealCases.totalCount).toBe(2);
      expect(paused.caseCounts.total).toBe(1);
    } finally {
      await onReplica(replicaAdmin, 'select pg_wal_replay_resume()');
    }
    await replica.caughtUp();
    expect((await counts()).caseCounts.total).toBe(2);
  });

  it('applies RLS on the replica: same roles, same policies', async (ctx) => {
    if (!replica) return ctx.skip(`replication not permitted here: ${notPermitted}`);
    const other = await createTestTenant(api);
    await createCase(other);
    await replica.caughtUp();
    expect((await counts(other)).caseCounts.total).toBe(1);
    expect((await counts()).caseCounts.total).toBe(2);
    // claimlane_app on the replica with no tenant set sees no case at all.
    const appOnReplica = replica.urlFor(api.db.appUrl);
    const rows = await onReplica<{ n: number }>(
      appOnReplica,
      'select count(*)::int n from appeal_cases',
    );
    expect(rows[0]?.n).toBe(0);
  });
});
