import { Client } from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestTenant,
  expectEventually,
  expectOk,
  startTestApi,
  workerProcesses,
  type TestApi,
  type TestTenant,
} from '@claimlane/testing';

const QUEUE_ENV = { QUEUE_ATTEMPTS: '3', QUEUE_BACKOFF_MS: '100' };

let api: TestApi;
let tenant: TestTenant;
let owner: Client;
// The worker runs as users run it (dist/apps/worker/src/main.js): a real kill -9 mid-call.
const workers = workerProcesses(() => api, {
  ...QUEUE_ENV,
  // About 20 representative turns at 250 ms: a call lasts ~5 s, time enough to kill it mid-call.
  RECORD_CALL_SIMULATOR_TURN_DELAY_MS: '250',
});
const startWorker = () => workers.start();

const count = async (sql: string, params: unknown[]) =>
  Number((await owner.query(`select count(*)::int as n from (${sql}) x`, params)).rows[0].n);

beforeAll(async () => {
  api = await startTestApi(QUEUE_ENV);
  tenant = await createTestTenant(api);
  owner = new Client({ connectionString: api.db.ownerUrl });
  await owner.connect();
});
afterEach(() => workers.killAll());
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
    await workers.kill(first);
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
