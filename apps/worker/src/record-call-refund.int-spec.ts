import type { INestApplicationContext } from '@nestjs/common';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BillingEntitlementsModule, EntitlementService } from '@claimlane/server-billing';
import { CallsWorkerModule } from '@claimlane/server-calls';
import {
  createTestTenant,
  expectEventually,
  expectOk,
  startInProcessWorker,
  startTestApi,
  type TestApi,
  type TestTenant,
} from '@claimlane/testing';

// Simulator lines (libs/server/calls/src/simulator): who answers which number.
const LINES = {
  cooperative: '+13125550100',
  hangsUp: '+13125550107',
  machine: '+13125550190',
  noAnswer: '+13125550191',
  busy: '+13125550192',
} as const;

let api: TestApi;
let worker: INestApplicationContext;
let owner: Client;
let t: TestTenant;

const gql = <T>(q: string, v: Record<string, unknown> = {}) => api.gql<T>(q, v, t.headers);

async function newCase(): Promise<{ id: string; payerId: string }> {
  const c = expectOk(
    await gql<{ createAppealCase: { id: string; payer: { id: string } } }>(
      `mutation($i: CreateAppealCaseInput!) { createAppealCase(input: $i) { id payer { id } } }`,
      {
        i: {
          payerName: 'Acme Health Plan',
          category: 'medical_necessity',
          regime: 'erisa_group_health',
          claimNumber: 'CLM-55120',
          serviceDateFrom: '2026-09-14',
          patient: { firstName: 'Dana', lastName: 'Whitcombe', memberId: 'XQH448120937' },
        },
      },
    ),
  ).createAppealCase;
  return { id: c.id, payerId: c.payer.id };
}

const usedCalls = async () =>
  Number(
    (
      await owner.query(
        `select coalesce(sum(used), 0) n from entitlement_usage where tenant_id = $1 and metric = 'record_calls'`,
        [t.id],
      )
    ).rows[0].n,
  );

async function finished(id: string) {
  return expectEventually(
    async () => {
      const c = expectOk(
        await gql<{ recordCall: { status: string; errorCode: string | null } }>(
          `query($id: ID!) { recordCall(id: $id) { status errorCode } }`,
          { id },
        ),
      ).recordCall;
      expect(['completed', 'failed']).toContain(c.status);
      return c;
    },
    { timeoutMs: 30_000 },
  );
}

beforeAll(async () => {
  api = await startTestApi({
    QUEUE_ATTEMPTS: '2',
    QUEUE_BACKOFF_MS: '50',
    RECORD_CALLS_PER_PAYER_PER_HOUR: '1000',
    RECORD_CALLS_PER_TENANT_PER_HOUR: '1000',
  });
  owner = new Client({ connectionString: api.db.ownerUrl });
  await owner.connect();
  // The worker as apps/worker wires it: calls with the billing entitlement (refunds).
  worker = await startInProcessWorker(api, {
    imports: [
      CallsWorkerModule.register({
        imports: [BillingEntitlementsModule],
        entitlements: EntitlementService,
      }),
    ],
  });
  t = await createTestTenant(api);
});

afterAll(async () => {
  await worker?.close();
  await owner?.end();
  await api?.close();
});

describe('failed Record Calls are refunded against the plan cap (record_calls)', () => {
  it('no answer, busy, a machine and a hang-up give their unit back; a completed call keeps it; once each', async () => {
    const first = await newCase();
    const phones: Record<string, string> = {};
    for (const [name, number] of Object.entries(LINES))
      phones[name] = expectOk(
        await gql<{ addPayerPhone: { id: string } }>(
          `mutation($i: AddPayerPhoneInput!) { addPayerPhone(input: $i) { id } }`,
          {
            i: {
              payerId: first.payerId,
              label: `Line ${name}`,
              phoneE164: number,
              timeZone: 'America/Chicago',
              opens: '00:00',
              closes: '24:00',
              days: [1, 2, 3, 4, 5, 6, 7],
              state: 'CA',
            },
          },
        ),
      ).addPayerPhone.id;

    const calls: Record<string, string> = {};
    for (const name of Object.keys(LINES)) {
      const c = name === 'cooperative' ? first : await newCase();
      calls[name] = expectOk(
        await gql<{ requestRecordCall: { id: string } }>(
          `mutation($c: ID!, $p: ID!) { requestRecordCall(caseId: $c, payerPhoneId: $p) { id } }`,
          { c: c.id, p: phones[name] },
        ),
      ).requestRecordCall.id;
    }
    const outcomes: Record<string, string | null> = {};
    for (const [name, id] of Object.entries(calls)) {
      const c = await finished(id);
      outcomes[name] = c.status === 'completed' ? 'completed' : c.errorCode;
    }
    expect(outcomes).toEqual({
      cooperative: 'completed',
      hangsUp: 'CALL_DISCONNECTED',
      machine: 'CALL_ANSWERED_BY_MACHINE',
      noAnswer: 'CALL_NOT_ANSWERED',
      busy: 'CALL_BUSY',
    });
    // Five were counted at request; four failed and came back.
    await expectEventually(async () => expect(await usedCalls()).toBe(1));

    // Running a failed call's dead letter again does not refund it a second time.
    const failure = expectOk(
      await gql<{ jobFailures: { edges: Array<{ node: { id: string; jobId: string } }> } }>(
        `query { jobFailures(queue: calls, first: 10) { edges { node { id jobId } } } }`,
      ),
    ).jobFailures.edges.find((e) => e.node.jobId === `${t.id}.${calls['machine']}`)!;
    expectOk(
      await gql(`mutation($id: ID!) { retryJobFailure(id: $id) { id } }`, { id: failure.node.id }),
    );
    await new Promise((r) => setTimeout(r, 1500));
    expect(await usedCalls()).toBe(1);
    expect((await finished(calls['machine']!)).status).toBe('failed');
  });
});
