import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestTenant,
  expectEventually,
  expectOk,
  startTestApi,
  type TestApi,
  type TestTenant,
} from '@claimlane/testing';

// The worker runs as users run it (`node dist/apps/worker/src/main.js`), so the crash is a real
// kill -9 of a real process in the middle of a call.
const repoRoot = resolve(__dirname, '../../../..');
const MAIN = join(repoRoot, 'dist/apps/worker/src/main.js');
const QUEUE_ENV = { QUEUE_ATTEMPTS: '3', QUEUE_BACKOFF_MS: '100' };

let api: TestApi;
let tenant: TestTenant;
let owner: Client;
const workers: ChildProcess[] = [];

function startWorker(): Promise<ChildProcess> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...QUEUE_ENV,
    NODE_ENV: 'test',
    DATABASE_APP_URL: api.db.appUrl,
    REDIS_URL: api.config.REDIS_URL,
    REDIS_KEY_PREFIX: api.config.REDIS_KEY_PREFIX,
    DATA_DIR: api.config.DATA_DIR,
    // A stalled job (its worker died) is picked up again after this long.
    QUEUE_LOCK_MS: '2000',
    // About 20 representative turns at 250 ms: a call lasts ~5 s, time enough to kill it mid-call.
    RECORD_CALL_SIMULATOR_TURN_DELAY_MS: '250',
    WORKER_SHUTDOWN_GRACE_MS: '1000',
    LOG_LEVEL: 'warn',
    TEMPORAL_ADDRESS: api.config.TEMPORAL_ADDRESS,
    TEMPORAL_TASK_QUEUE: api.config.TEMPORAL_TASK_QUEUE,
  };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [MAIN], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  workers.push(child);
  return new Promise((ready, fail) => {
    let out = '';
    child.stdout!.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      if (out.includes('Claimlane worker running')) ready(child);
    });
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.on('exit', (code) => fail(new Error(`worker exited (${code}): ${out.slice(-2000)}`)));
  });
}

const count = async (sql: string, params: unknown[]) =>
  Number((await owner.query(`select count(*)::int as n from (${sql}) x`, params)).rows[0].n);

beforeAll(async () => {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run node scripts/build.mjs first`);
  api = await startTestApi(QUEUE_ENV);
  tenant = await createTestTenant(api);
  owner = new Client({ connectionString: api.db.ownerUrl });
  await owner.connect();
});
afterEach(() => {
  for (const w of workers.splice(0)) if (w.exitCode === null) w.kill('SIGKILL');
});
afterAll(async () => {
  await owner?.end();
  await api?.close();
});

describe('calls worker killed with kill -9 mid-call', () => {
  it('loses no call and writes every output exactly once after the retry', async () => {
    const c = expectOk(
      await api.gql<{ createAppealCase: { id: string; payer: { id: string } } }>(
        `mutation($i: CreateAppealCaseInput!) { createAppealCase(input: $i) { id payer { id } } }`,
        {
          i: {
            payerName: 'Crash Test Health',
            category: 'medical_necessity',
            claimNumber: 'CLM-9',
          },
        },
        tenant.headers,
      ),
    ).createAppealCase;
    const phone = expectOk(
      await api.gql<{ addPayerPhone: { id: string } }>(
        `mutation($i: AddPayerPhoneInput!) { addPayerPhone(input: $i) { id } }`,
        {
          i: {
            payerId: c.payer.id,
            label: 'Provider services',
            phoneE164: '+13125550100',
            timeZone: 'America/Chicago',
            opens: '00:00',
            closes: '24:00',
            days: [1, 2, 3, 4, 5, 6, 7],
          },
        },
        tenant.headers,
      ),
    ).addPayerPhone.id;
    const call = expectOk(
      await api.gql<{ requestRecordCall: { id: string } }>(
        `mutation($c: ID!, $p: ID!) { requestRecordCall(caseId: $c, payerPhoneId: $p) { id } }`,
        { c: c.id, p: phone },
        tenant.headers,
      ),
    ).requestRecordCall;
    const first = await startWorker();
    await expectEventually(
      async () =>
        expect(
          (await owner.query(`select status from record_calls where id = $1`, [call.id])).rows[0]
            .status,
        ).toBe('in_progress'),
      { timeoutMs: 60_000, intervalMs: 100 },
    );
    await new Promise((r) => setTimeout(r, 1000));
    first.kill('SIGKILL');
    await new Promise((r) => first.once('exit', r));
    // Mid-call: nothing of the call's outputs was committed.
    const mid = (
      await owner.query(
        `select status, transcript_redacted, summary from record_calls where id = $1`,
        [call.id],
      )
    ).rows[0];
    expect(mid).toMatchObject({ status: 'in_progress', transcript_redacted: null, summary: null });
    expect(await count(`select 1 from carrier_contacts where case_id = $1`, [c.id])).toBe(0);

    await startWorker();
    await expectEventually(
      async () =>
        expect(
          (await owner.query(`select status from record_calls where id = $1`, [call.id])).rows[0]
            .status,
        ).toBe('completed'),
      { timeoutMs: 120_000, intervalMs: 250 },
    );
    const row = (
      await owner.query(`select attempts, reference_numbers from record_calls where id = $1`, [
        call.id,
      ])
    ).rows[0];
    expect(row.attempts).toBe(2);
    expect(row.reference_numbers).toHaveLength(1);
    expect(await count(`select 1 from carrier_contacts where case_id = $1`, [c.id])).toBe(1);
    expect(await count(`select 1 from case_documents where case_id = $1`, [c.id])).toBe(1);
    expect(
      await count(
        `select 1 from timeline_events where case_id = $1 and kind = 'record_call_completed'`,
        [c.id],
      ),
    ).toBe(1);
    expect(
      await count(
        `select 1 from notifications where case_id = $1 and kind = 'record_call_completed'`,
        [c.id],
      ),
    ).toBe(1);
  }, 300_000);
});
