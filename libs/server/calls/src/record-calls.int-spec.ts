import 'reflect-metadata';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CoreModule, createLogger } from '@claimlane/server-common';
import { JobProducer, QueueModule } from '@claimlane/server-queue';
import { NotificationsWorkerModule } from '@claimlane/server-notifications';
import {
  addMember,
  bearer,
  createTestTenant,
  errorCode,
  expectEventually,
  expectOk,
  startTestApi,
  type TestApi,
  type TestTenant,
} from '@claimlane/testing';
import { CALL_PROVIDER, CallProviderError, type CallProvider } from './call-provider.port';
import { CallsProcessor } from './calls.processor';
import { LocalCarrierSimulatorProvider } from './simulator/local-carrier-simulator.provider';

const CALL_FIELDS = `id status outcome errorCode scheduledFor topics consentStates referenceNumbers recordingDocumentId jobId
  transcript { speaker text interrupted }
  summary { outcome referenceNumbers { value span { turn start end } }
    criteriaApplied { status value span { turn start end } }
    reviewerName { status value } reviewerCredentials { status value }
    refusals { topic proprietary } holds transfers }`;

let api: TestApi;
let worker: INestApplicationContext;
let owner: Client;
let t: TestTenant;
let payerId: string;
const phones: Record<string, string> = {};

/** The simulator, except that +13125550111 does not answer the first time each call dials it. */
class FlakyOnceProvider implements CallProvider {
  readonly name = 'simulator' as const;
  private readonly sim = new LocalCarrierSimulatorProvider({ turnDelayMs: 5 });
  private readonly dialled = new Set<string>();
  dial(req: Parameters<CallProvider['dial']>[0]) {
    if (req.to === '+13125550111' && !this.dialled.has(req.callId)) {
      this.dialled.add(req.callId);
      return Promise.reject(new CallProviderError('CALL_NOT_ANSWERED', 'no answer'));
    }
    return this.sim.dial(req);
  }
}

async function startWorker(): Promise<INestApplicationContext> {
  const rt = api.runtime;
  @Module({
    imports: [
      CoreModule.forRoot({
        config: api.config,
        db: rt.db,
        redis: rt.redis,
        logger: createLogger('silent'),
      }),
      QueueModule.forRoot(),
      // The assignee's e-mail is a `notifications` job.
      NotificationsWorkerModule,
    ],
    providers: [
      // The local carrier simulator with a little think time, so overlapping calls would show.
      { provide: CALL_PROVIDER, useValue: new FlakyOnceProvider() },
      CallsProcessor,
    ],
  })
  class CallsWorkerTestModule {}
  const app = await NestFactory.createApplicationContext(CallsWorkerTestModule, { logger: false });
  await app.init();
  return app;
}

async function newCase(
  tenant: TestTenant,
  payerName = 'Acme Health Plan',
): Promise<{ id: string; payerId: string }> {
  const c = expectOk(
    await api.gql<{ createAppealCase: { id: string; payer: { id: string } } }>(
      `mutation($i: CreateAppealCaseInput!) { createAppealCase(input: $i) { id payer { id } } }`,
      {
        i: {
          payerName,
          category: 'medical_necessity',
          regime: 'erisa_group_health',
          claimNumber: 'CLM-55120',
          serviceDateFrom: '2026-09-14',
          patient: {
            firstName: 'Dana',
            lastName: 'Whitcombe',
            dateOfBirth: '1971-04-19',
            memberId: 'XQH448120937',
          },
        },
      },
      tenant.headers,
    ),
  ).createAppealCase;
  return { id: c.id, payerId: c.payer.id };
}

async function addPhone(
  tenant: TestTenant,
  payer: string,
  number: string,
  hours: { opens?: string; closes?: string; days?: number[] } = {},
): Promise<string> {
  return expectOk(
    await api.gql<{ addPayerPhone: { id: string } }>(
      `mutation($i: AddPayerPhoneInput!) { addPayerPhone(input: $i) { id } }`,
      {
        i: {
          payerId: payer,
          label: `Provider services ${number}`,
          phoneE164: number,
          timeZone: 'America/Chicago',
          opens: hours.opens ?? '00:00',
          closes: hours.closes ?? '24:00',
          days: hours.days ?? [1, 2, 3, 4, 5, 6, 7],
          state: 'CA',
        },
      },
      tenant.headers,
    ),
  ).addPayerPhone.id;
}

type CallResult = {
  id: string;
  status: string;
  outcome: string | null;
  errorCode: string | null;
  consentStates: string[];
  referenceNumbers: string[];
  recordingDocumentId: string | null;
  scheduledFor: string | null;
  jobId: string;
  transcript: Array<{ speaker: string; text: string; interrupted: boolean }> | null;
  summary: {
    referenceNumbers: Array<{ value: string; span: { turn: number; start: number; end: number } }>;
    criteriaApplied: { status: string; value: string | null } | null;
    reviewerName: { value: string | null } | null;
    reviewerCredentials: { value: string | null } | null;
    refusals: Array<{ topic: string; proprietary: boolean }>;
  } | null;
};

async function request(tenant: TestTenant, caseId: string, phoneId: string) {
  return api.gql<{ requestRecordCall: CallResult }>(
    `mutation($c: ID!, $p: ID!) { requestRecordCall(caseId: $c, payerPhoneId: $p) { ${CALL_FIELDS} } }`,
    { c: caseId, p: phoneId },
    tenant.headers,
  );
}

async function finished(tenant: TestTenant, id: string): Promise<CallResult> {
  let last: CallResult | null = null;
  await expectEventually(
    async () => {
      last = expectOk(
        await api.gql<{ recordCall: CallResult }>(
          `query($id: ID!) { recordCall(id: $id) { ${CALL_FIELDS} } }`,
          { id },
          tenant.headers,
        ),
      ).recordCall;
      expect(['completed', 'failed']).toContain(last.status);
    },
    { timeoutMs: 30_000 },
  );
  return last!;
}

const count = async (sql: string, params: unknown[]) =>
  Number((await owner.query(sql, params)).rows[0].n);

beforeAll(async () => {
  api = await startTestApi({
    QUEUE_ATTEMPTS: '2',
    QUEUE_BACKOFF_MS: '50',
    RECORD_CALL_LINE_RETRY_MS: '100',
    // The Redis counters have their own spec (call-limits.int-spec.ts); here they must not interfere.
    RECORD_CALLS_PER_PAYER_PER_HOUR: '1000',
    RECORD_CALLS_PER_TENANT_PER_HOUR: '1000',
  });
  owner = new Client({ connectionString: api.db.ownerUrl });
  await owner.connect();
  worker = await startWorker();
  t = await createTestTenant(api);
  const c = await newCase(t);
  payerId = c.payerId;
  for (const [name, n] of Object.entries({
    cooperative: '+13125550100',
    difficult: '+13125550110',
    hangsUp: '+13125550107',
    refusesRecording: '+13125550109',
  }))
    phones[name] = await addPhone(t, payerId, n);
});

afterAll(async () => {
  await worker?.close();
  await owner?.end();
  await api?.close();
});

describe('Record Calls end to end (API → calls queue → local carrier simulator → outputs)', () => {
  it('a cooperative call: disclosure first, redacted transcript, summary, recording, findings, contact, timeline, notification', async () => {
    const c = await newCase(t);
    const queued = expectOk(await request(t, c.id, phones['cooperative']!)).requestRecordCall;
    expect(queued.status).toBe('queued');
    expect(queued.consentStates).toEqual(['CA']);
    const call = await finished(t, queued.id);
    expect(call).toMatchObject({ status: 'completed', outcome: 'completed', errorCode: null });
    const first = call.transcript![0]!;
    expect(first.speaker).toBe('assistant');
    expect(first.text).toMatch(
      /^Hello, this is an AI assistant.*This call is being recorded\..*California requires the consent/,
    );
    const all = call.transcript!.map((x) => x.text).join('\n');
    expect(all).not.toContain('XQH448120937');
    expect(all).not.toContain('04/19/1971');
    expect(all).toContain('[MEMBER ID]');
    expect(call.referenceNumbers).toHaveLength(1);
    const ref = call.summary!.referenceNumbers[0]!;
    expect(call.transcript![ref.span.turn]!.text.slice(ref.span.start, ref.span.end)).toBe(
      ref.value,
    );
    expect(call.summary!.criteriaApplied?.value).toMatch(/InterQual 2025/);
    expect(call.summary!.reviewerName?.value).toBe('Dr. Alan Marsh');

    const tid = t.id;
    const doc = await owner.query(
      `select kind, mime, size_bytes from documents where tenant_id = $1 and id = $2`,
      [tid, call.recordingDocumentId],
    );
    expect(doc.rows[0]).toMatchObject({ kind: 'recording', mime: 'audio/wav' });
    expect(
      await count(
        `select count(*) n from case_documents where tenant_id = $1 and case_id = $2 and kind = 'call_record'`,
        [tid, c.id],
      ),
    ).toBe(1);
    const f = await owner.query(
      `select f.code from findings f join appeal_cases c on c.tenant_id = f.tenant_id and c.denial_id = f.denial_id where c.id = $1 and f.kind = 'record_call' order by code`,
      [c.id],
    );
    expect(f.rows.map((r: { code: string }) => r.code)).toEqual([
      'call.criteria_named',
      'call.reviewer_identified',
    ]);
    const contact = await owner.query(
      `select channel, reference_number, representative, summary, source from carrier_contacts where tenant_id = $1 and case_id = $2`,
      [tid, c.id],
    );
    expect(contact.rows).toHaveLength(1);
    expect(contact.rows[0]).toMatchObject({
      channel: 'phone',
      source: 'record_call',
      representative: 'Karen',
      reference_number: call.referenceNumbers[0],
    });
    expect(contact.rows[0].summary).not.toContain('XQH448120937');
    expect(
      await count(
        `select count(*) n from timeline_events where tenant_id = $1 and case_id = $2 and kind in ('record_call_requested', 'record_call_completed')`,
        [tid, c.id],
      ),
    ).toBe(2);
    expect(
      await count(
        `select count(*) n from notifications where tenant_id = $1 and user_id = $2 and case_id = $3 and kind = 'record_call_completed'`,
        [tid, t.owner.id, c.id],
      ),
    ).toBe(1);
    // …and e-mailed once, after the outputs committed (local mail folder transport).
    await expectEventually(async () =>
      expect(
        await count(
          `select count(*) n from notifications where tenant_id = $1 and case_id = $2 and emailed_at is not null`,
          [tid, c.id],
        ),
      ).toBe(1),
    );
    const mails = (await readdir(join(api.config.DATA_DIR, 'mail'))).filter((f) =>
      f.includes('record_call_completed'),
    );
    expect(mails.length).toBeGreaterThanOrEqual(1);

    // The unredacted words exist only as ciphertext; reading them is audited and limited to admins.
    const raw = await owner.query(
      `select transcript_ciphertext, transcript_redacted::text as red from record_calls where id = $1`,
      [call.id],
    );
    expect(Buffer.from(raw.rows[0].transcript_ciphertext).toString('latin1')).not.toContain(
      'XQH448120937',
    );
    expect(raw.rows[0].red).not.toContain('XQH448120937');
    const un = expectOk(
      await api.gql<{ recordCallUnredactedTranscript: Array<{ text: string }> }>(
        `query($id: ID!) { recordCallUnredactedTranscript(id: $id) { text } }`,
        { id: call.id },
        t.headers,
      ),
    ).recordCallUnredactedTranscript;
    expect(un.map((x) => x.text).join('\n')).toContain('The member ID is XQH448120937.');
    expect(
      await count(
        `select count(*) n from audit_events where tenant_id = $1 and action = 'recordCall.transcript.unredacted.read' and entity_id = $2`,
        [tid, call.id],
      ),
    ).toBe(1);
    const biller = await addMember(api, t, 'BILLER');
    const denied = await api.gql(
      `query($id: ID!) { recordCallUnredactedTranscript(id: $id) { text } }`,
      { id: call.id },
      bearer(biller, t.id),
    );
    expect(errorCode(denied)).toBe('FORBIDDEN');

    const progress = expectOk(
      await api.gql<{
        jobProgress: { state: string; progress: { stage: string; done: number; total: number } };
      }>(
        `query($k: String!) { jobProgress(queue: calls, key: $k) { state progress { stage done total } } }`,
        { k: call.id },
        t.headers,
      ),
    ).jobProgress;
    expect(progress.state).toBe('completed');
    expect(progress.progress.stage).toBe('completed');
    expect(progress.progress.done).toBe(progress.progress.total);
  });

  it('a difficult representative: transfer, hold, criteria called proprietary → refusal finding', async () => {
    const c = await newCase(t);
    const call = await finished(
      t,
      expectOk(await request(t, c.id, phones['difficult']!)).requestRecordCall.id,
    );
    expect(call.status).toBe('completed');
    expect(call.summary!.refusals).toContainEqual({ topic: 'criteria_applied', proprietary: true });
    const ai = call.transcript!.filter((x) => /AI assistant/.test(x.text));
    expect(ai).toHaveLength(2);
    const f = await owner.query(
      `select f.code, f.severity, f.explanation from findings f join appeal_cases c on c.tenant_id = f.tenant_id and c.denial_id = f.denial_id where c.id = $1 and f.code = 'call.refused.criteria_applied'`,
      [c.id],
    );
    expect(f.rows[0]).toMatchObject({ severity: 'high' });
    expect(f.rows[0].explanation).toMatch(/proprietary/);
  });

  it('a hang-up mid-answer fails the call with CALL_DISCONNECTED and writes none of the outputs', async () => {
    const c = await newCase(t);
    const call = await finished(
      t,
      expectOk(await request(t, c.id, phones['hangsUp']!)).requestRecordCall.id,
    );
    expect(call).toMatchObject({
      status: 'failed',
      errorCode: 'CALL_DISCONNECTED',
      transcript: null,
      summary: null,
      recordingDocumentId: null,
    });
    const tid = t.id;
    expect(
      await count(`select count(*) n from carrier_contacts where tenant_id = $1 and case_id = $2`, [
        tid,
        c.id,
      ]),
    ).toBe(0);
    expect(
      await count(`select count(*) n from case_documents where tenant_id = $1 and case_id = $2`, [
        tid,
        c.id,
      ]),
    ).toBe(0);
    expect(
      await count(
        `select count(*) n from record_calls where id = $1 and transcript_ciphertext is not null`,
        [call.id],
      ),
    ).toBe(0);
    expect(
      await count(
        `select count(*) n from findings f join appeal_cases c on c.tenant_id = f.tenant_id and c.denial_id = f.denial_id where c.id = $1 and f.kind = 'record_call'`,
        [c.id],
      ),
    ).toBe(0);
    expect(
      await count(
        `select count(*) n from timeline_events where tenant_id = $1 and case_id = $2 and kind = 'record_call_failed'`,
        [tid, c.id],
      ),
    ).toBe(1);
    expect(
      await count(
        `select count(*) n from job_failures where tenant_id = $1 and queue = 'calls' and job_id = $2`,
        [tid, call.jobId],
      ),
    ).toBe(1);
  });

  it('a representative who refuses recording: completed as consent_refused, no transcript, no recording', async () => {
    const c = await newCase(t);
    const call = await finished(
      t,
      expectOk(await request(t, c.id, phones['refusesRecording']!)).requestRecordCall.id,
    );
    expect(call).toMatchObject({
      status: 'completed',
      outcome: 'consent_refused',
      transcript: null,
      recordingDocumentId: null,
    });
  });

  it('refuses a number not on file, another payer’s number and another tenant’s number; nothing is written', async () => {
    const c = await newCase(t);
    const before = await count(`select count(*) n from record_calls where tenant_id = $1`, [t.id]);
    const missing = await request(t, c.id, '00000000-0000-4000-8000-000000000000');
    expect(errorCode(missing)).toBe('NOT_FOUND');
    expect(missing.errors?.[0]?.extensions?.['reason']).toBe('PAYER_PHONE_NOT_ON_FILE');
    const other = await newCase(t, 'Other Payer Co');
    const otherPhone = await addPhone(t, other.payerId, '+13125550100');
    const wrongPayer = await request(t, c.id, otherPhone);
    expect(errorCode(wrongPayer)).toBe('BAD_USER_INPUT');
    expect(wrongPayer.errors?.[0]?.extensions?.['reason']).toBe('PAYER_PHONE_OTHER_PAYER');
    const t2 = await createTestTenant(api);
    const c2 = await newCase(t2);
    const foreign = await addPhone(t2, c2.payerId, '+13125550100');
    const cross = await request(t, c.id, foreign);
    expect(errorCode(cross)).toBe('NOT_FOUND');
    const crossCase = await request(t2, c.id, foreign);
    expect(errorCode(crossCase)).toBe('NOT_FOUND');
    const bad = await request(t, 'not-a-uuid', phones['cooperative']!);
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(await count(`select count(*) n from record_calls where tenant_id = $1`, [t.id])).toBe(
      before,
    );
    const badPhone = await api.gql(
      `mutation($i: AddPayerPhoneInput!) { addPayerPhone(input: $i) { id } }`,
      { i: { payerId, label: 'x', phoneE164: '555-0100', timeZone: 'America/Chicago' } },
      t.headers,
    );
    expect(errorCode(badPhone)).toBe('BAD_USER_INPUT');
    const badZone = await api.gql(
      `mutation($i: AddPayerPhoneInput!) { addPayerPhone(input: $i) { id } }`,
      { i: { payerId, label: 'x', phoneE164: '+13125550199', timeZone: 'Mars/Olympus' } },
      t.headers,
    );
    expect(errorCode(badZone)).toBe('BAD_USER_INPUT');
  });

  it('outside the line’s business hours the call waits (delayed job); a second request for the case is CONFLICT', async () => {
    const c = await newCase(t);
    // A one-hour window twelve hours away in Chicago is closed now.
    const h =
      (Number(
        new Intl.DateTimeFormat('en-US', {
          timeZone: 'America/Chicago',
          hour: '2-digit',
          hourCycle: 'h23',
        }).format(new Date()),
      ) +
        12) %
      24;
    const hh = String(h).padStart(2, '0');
    const closed = await addPhone(t, c.payerId, '+13125550106', {
      opens: `${hh}:00`,
      closes: `${hh}:59`,
    });
    const call = expectOk(await request(t, c.id, closed)).requestRecordCall;
    expect(new Date(call.scheduledFor!).getTime()).toBeGreaterThan(Date.now());
    const job = await expectEventually(
      async () => {
        const s = expectOk(
          await api.gql<{ jobProgress: { state: string } }>(
            `query($k: String!) { jobProgress(queue: calls, key: $k) { state } }`,
            { k: call.id },
            t.headers,
          ),
        ).jobProgress;
        expect(s.state).toBe('delayed');
        return s;
      },
      { timeoutMs: 10_000 },
    );
    expect(job.state).toBe('delayed');
    const again = await request(t, c.id, phones['cooperative']!);
    expect(errorCode(again)).toBe('CONFLICT');
    expect(again.errors?.[0]?.extensions?.['reason']).toBe('CALL_ALREADY_ACTIVE');
  });

  it('one call at a time per payer line: three cases on one line never overlap', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const c = await newCase(t);
      ids.push(expectOk(await request(t, c.id, phones['cooperative']!)).requestRecordCall.id);
    }
    for (const id of ids) expect((await finished(t, id)).status).toBe('completed');
    const rows = (
      await owner.query(
        `select started_at, ended_at from record_calls where id = any($1) order by started_at`,
        [ids],
      )
    ).rows as Array<{ started_at: Date; ended_at: Date }>;
    for (let i = 1; i < rows.length; i++)
      expect(rows[i]!.started_at.getTime()).toBeGreaterThanOrEqual(rows[i - 1]!.ended_at.getTime());
  });

  it('the plan cap (billing entitlement record_calls, 10 on the trial) refuses the 11th call; a refusal counts nothing', async () => {
    const t3 = await createTestTenant(api);
    const first = await newCase(t3);
    const h =
      (Number(
        new Intl.DateTimeFormat('en-US', {
          timeZone: 'America/Chicago',
          hour: '2-digit',
          hourCycle: 'h23',
        }).format(new Date()),
      ) +
        12) %
      24;
    const hh = String(h).padStart(2, '0');
    // A closed line keeps the calls queued (and so cheap); each case has one call.
    const line = await addPhone(t3, first.payerId, '+13125550100', {
      opens: `${hh}:00`,
      closes: `${hh}:59`,
    });
    const results: Array<string | undefined> = [];
    for (let i = 0; i < 11; i++) {
      const c = i === 0 ? first : await newCase(t3);
      results.push(errorCode(await request(t3, c.id, line)));
    }
    expect(results.slice(0, 10)).toEqual(Array(10).fill(undefined));
    expect(results[10]).toBe('ENTITLEMENT_EXCEEDED');
    expect(await count(`select count(*) n from record_calls where tenant_id = $1`, [t3.id])).toBe(
      10,
    );
    expect(
      await count(
        `select coalesce(sum(used), 0) n from entitlement_usage where tenant_id = $1 and metric = 'record_calls'`,
        [t3.id],
      ),
    ).toBe(10);
  });

  it('an unanswered first dial is retried; the outputs are written once; a duplicate job writes nothing', async () => {
    const c = await newCase(t);
    const flaky = await addPhone(t, c.payerId, '+13125550111');
    const call = await finished(t, expectOk(await request(t, c.id, flaky)).requestRecordCall.id);
    expect(call.status).toBe('completed');
    const tid = t.id;
    const counts = async () => ({
      attempts: Number(
        (await owner.query(`select attempts from record_calls where id = $1`, [call.id])).rows[0]
          .attempts,
      ),
      contacts: await count(
        `select count(*) n from carrier_contacts where tenant_id = $1 and case_id = $2`,
        [tid, c.id],
      ),
      timeline: await count(
        `select count(*) n from timeline_events where tenant_id = $1 and case_id = $2 and kind = 'record_call_completed'`,
        [tid, c.id],
      ),
      findings: await count(
        `select count(*) n from findings f join appeal_cases c on c.tenant_id = f.tenant_id and c.denial_id = f.denial_id where c.id = $1 and f.kind = 'record_call'`,
        [c.id],
      ),
      docs: await count(
        `select count(*) n from case_documents where tenant_id = $1 and case_id = $2`,
        [tid, c.id],
      ),
    });
    const after = await counts();
    expect(after).toMatchObject({ attempts: 2, contacts: 1, timeline: 1, findings: 2, docs: 1 });
    // The same work delivered again under another job id (a duplicate enqueue) finds the call done.
    const q = worker.get(JobProducer).queue('calls');
    const dup = await q.add(
      'calls',
      { tenantId: tid, idempotencyKey: call.id, callId: call.id },
      { jobId: `${tid}.dup-${call.id}` },
    );
    await expectEventually(async () => expect(await dup.getState()).toBe('completed'));
    expect(await counts()).toEqual(after);
  });

  it('a VIEWER reads calls but cannot request one', async () => {
    const viewer = await addMember(api, t, 'VIEWER');
    const c = await newCase(t);
    const res = await request(
      { ...t, headers: bearer(viewer, t.id) },
      c.id,
      phones['cooperative']!,
    );
    expect(errorCode(res)).toBe('FORBIDDEN');
    const list = expectOk(
      await api.gql<{ recordCalls: unknown[] }>(
        `query($c: ID!) { recordCalls(caseId: $c) { id } }`,
        { c: c.id },
        bearer(viewer, t.id),
      ),
    );
    expect(list.recordCalls).toEqual([]);
  });
});
