import type { INestApplicationContext } from '@nestjs/common';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { denialOf } from '@claimlane/server-remittances';
import { generate835, parse835 } from '@claimlane/domain-x12';
import {
  createTestTenant,
  errorCode,
  expectEventually,
  expectOk,
  startInProcessWorker,
  startTestApi,
  type TestApi,
  type TestTenant,
} from '@claimlane/testing';
import { RemittanceImportsWorkerModule } from './remittance-imports-worker.module';

const SYNC_LIMIT = 20_000;

let api: TestApi;
let worker: INestApplicationContext | null = null;
let owner: Client;
let t: TestTenant;

interface ImportJob {
  key: string;
  documentId: string;
  state: string;
  errorCode: string | null;
  progress: { stage: string; done: number; total: number } | null;
  summary: {
    claimsRead: number;
    deniedClaims: number;
    denialsCreated: number;
    alreadyImported: number;
  } | null;
}
const JOB = `key documentId state errorCode progress { stage done total } summary { claimsRead deniedClaims denialsCreated alreadyImported }`;

async function upload(text: string, tenant = t): Promise<string> {
  const form = new FormData();
  form.append('file', new Blob([Buffer.from(text)]), 'remit.835');
  const res = await fetch(`${api.url}/documents`, {
    method: 'POST',
    headers: tenant.headers,
    body: form,
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

const start = async (documentId: string, tenant = t) =>
  expectOk(
    await api.gql<{ startRemittanceImport: ImportJob }>(
      `mutation($d: ID!) { startRemittanceImport(documentId: $d) { ${JOB} } }`,
      { d: documentId },
      tenant.headers,
    ),
  ).startRemittanceImport;

const poll = (key: string, tenant = t) =>
  api.gql<{ remittanceImport: ImportJob }>(
    `query($k: String!) { remittanceImport(key: $k) { ${JOB} } }`,
    { k: key },
    tenant.headers,
  );

const claimsOf = async (tenantId: string) =>
  (
    (await owner.query(`select count(*)::int n from claims where tenant_id = $1`, [tenantId]))
      .rows[0] as {
      n: number;
    }
  ).n;

beforeAll(async () => {
  api = await startTestApi({
    REMITTANCE_SYNC_MAX_BYTES: String(SYNC_LIMIT),
    QUEUE_ATTEMPTS: '2',
    QUEUE_BACKOFF_MS: '100',
  });
  t = await createTestTenant(api);
  owner = new Client({ connectionString: api.db.ownerUrl });
  await owner.connect();
});

afterAll(async () => {
  await worker?.close();
  await owner?.end();
  await api?.close();
});

describe('835 import on the imports queue (real Redis and Postgres)', () => {
  const big = generate835({ claims: 1500, deniedRatio: 0.3, seed: 11 });
  const expectedDenied = parse835(big).claims.filter((c) => denialOf(c)).length;

  it('refuses a large file synchronously, queues it, imports it with progress and a summary, once', async () => {
    expect(Buffer.byteLength(big)).toBeGreaterThan(SYNC_LIMIT * 10);
    const documentId = await upload(big);
    const sync = await api.gql(
      `mutation($d: ID!) { importRemittance(file: { documentId: $d }) { claimsRead } }`,
      { d: documentId },
      t.headers,
    );
    expect(errorCode(sync)).toBe('BAD_USER_INPUT');
    expect(sync.errors?.[0]?.extensions?.['reason']).toBe('REMITTANCE_TOO_LARGE_FOR_SYNC');
    expect(await claimsOf(t.id)).toBe(0);

    const queued = await start(documentId);
    expect(queued).toMatchObject({ documentId, state: 'waiting', summary: null });
    expect(queued.key).toMatch(/^remittance-835\.[0-9a-f]{64}$/);
    // Asked twice, one job: the key comes from the file's SHA-256.
    expect((await start(documentId)).key).toBe(queued.key);
    expect(expectOk(await poll(queued.key)).remittanceImport.state).toBe('waiting');

    worker = await startInProcessWorker(api, { imports: [RemittanceImportsWorkerModule] });
    const done = await expectEventually(
      async () => {
        const j = expectOk(await poll(queued.key)).remittanceImport;
        expect(j.state).toBe('completed');
        return j;
      },
      { timeoutMs: 60_000, intervalMs: 200 },
    );
    const size = Buffer.byteLength(big);
    expect(done.progress).toEqual({ stage: 'completed', done: size, total: size });
    expect(done.summary).toEqual({
      claimsRead: 1500,
      deniedClaims: expectedDenied,
      denialsCreated: expectedDenied,
      alreadyImported: 0,
    });
    expect(await claimsOf(t.id)).toBe(expectedDenied);

    // The same file again: the finished job answers, nothing is imported twice.
    const again = await start(documentId);
    expect(again).toMatchObject({ key: queued.key, state: 'completed' });
    expect(await claimsOf(t.id)).toBe(expectedDenied);
  });

  it('a truncated large file is dead-lettered with its X12 code and leaves nothing behind', async () => {
    const tt = await createTestTenant(api);
    const cut = big.slice(0, Math.floor(big.length * 0.7));
    const key = (await start(await upload(cut, tt), tt)).key;
    const failed = await expectEventually(
      async () => {
        const j = expectOk(await poll(key, tt)).remittanceImport;
        expect(j.state).toBe('dead_lettered');
        return j;
      },
      { timeoutMs: 60_000, intervalMs: 200 },
    );
    expect(failed.errorCode).toBe('X12_TRUNCATED');
    expect(failed.summary).toBeNull();
    expect(await claimsOf(tt.id)).toBe(0);
  });

  it('another tenant cannot read an import by its key; bad keys are NOT_FOUND', async () => {
    const other = await createTestTenant(api);
    const documentId = await upload(generate835({ claims: 3, deniedRatio: 1, seed: 5 }));
    const key = (await start(documentId)).key;
    for (const res of [await poll(key, other), await poll('not a key!')]) {
      expect(errorCode(res)).toBe('NOT_FOUND');
    }
    const foreign = await api.gql(
      `mutation($d: ID!) { startRemittanceImport(documentId: $d) { key } }`,
      { d: documentId },
      other.headers,
    );
    expect(errorCode(foreign)).toBe('NOT_FOUND');
  });
});
