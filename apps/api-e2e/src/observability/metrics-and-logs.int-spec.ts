// Tracing starts before http, graphql, pg and ioredis load (log lines then carry trace ids): this
// file imports only the observability entry point statically; the rest once the SDK runs.
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logCorrelation, startTracing, type TracingHandle } from '@claimlane/server-observability';
import type { INestApplicationContext } from '@nestjs/common';
import type { Client } from 'pg';
import type * as Testing from '@claimlane/testing';

type Samples = Map<string, number>;

/** Prometheus text → `name{labels}` → value (labels as printed, service label included). */
function parseMetrics(text: string): Samples {
  const out: Samples = new Map();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const at = line.lastIndexOf(' ');
    out.set(line.slice(0, at), Number(line.slice(at + 1)));
  }
  return out;
}

/** Sum of the samples of `name` whose labels include every `key="value"` given. */
function sample(s: Samples, name: string, labels: Record<string, string> = {}): number {
  let sum = 0;
  for (const [key, value] of s) {
    if (key !== name && !key.startsWith(`${name}{`)) continue;
    if (Object.entries(labels).every(([k, v]) => key.includes(`${k}="${v}"`))) sum += value;
  }
  return sum;
}

// Fake PHI, unique to this run, so a hit in the logs can only come from what this test submitted.
const tag = randomBytes(3).toString('hex');
const PHI = {
  firstName: `Zephyrine${tag}`,
  lastName: `Quillfeather${tag}`,
  memberId: `QZX${parseInt(tag, 16) % 1_000_000}77`.padEnd(12, '4'),
  dateOfBirth: '1958-02-27',
};
const PHI_SPELLINGS = [
  PHI.firstName,
  PHI.lastName,
  PHI.memberId,
  PHI.dateOfBirth,
  '02/27/1958',
  'February 27, 1958',
];

const LETTER = `Keystone Benefit Administrators
Member: ${PHI.firstName} ${PHI.lastName}   Member ID: ${PHI.memberId}   Date of birth: 02/27/1958
Claim number: CLM-88${tag}
We have denied your claim for an MRI of the lumbar spine (CPT 72148) because it is not medically
necessary under our clinical policy. You have 180 days from the date of this notice to file an
appeal. Date of notice: 11/02/2026.`;

/**
 * One end-to-end run with every process in this test (API, Temporal worker, calls worker) logging to
 * one file and metrics on a separate port: real operations, then the scrape must show them and the
 * logs must carry request/tenant/trace ids and none of the PHI submitted.
 */
describe('metrics on their own port, correlated logs without PHI', () => {
  const logFile = join(tmpdir(), `claimlane-log-scan-${tag}.ndjson`);
  let tracing: TracingHandle | null;
  let t: typeof Testing;
  let api: Testing.TestApi;
  let smtp: Awaited<ReturnType<typeof Testing.startTestSmtp>>;
  let worker: Testing.TestWorker;
  let calls: INestApplicationContext;
  let owner: Client;
  let tenant: Testing.TestTenant;
  let before: Samples;
  let after: Samples;
  let caseId: string;

  const scrape = async () =>
    parseMetrics(
      await (await fetch(`http://127.0.0.1:${api.runtime.metrics!.port}/metrics`)).text(),
    );
  const gql = <T = Record<string, unknown>>(q: string, v: Record<string, unknown> = {}) =>
    api.gql<T>(q, v, tenant.headers);

  beforeAll(async () => {
    tracing = startTracing({ serviceName: 'claimlane-test', exporter: new InMemorySpanExporter() });
    t = await import('@claimlane/testing');
    const { createLogger } = await import('@claimlane/server-common');
    const { default: pino } = await import('pino');
    const { startCallsWorker } = await import('./calls-worker.test-helper.js');
    const { Client: PgClient } = await import('pg');
    const logger = createLogger('debug', {
      mixin: logCorrelation,
      destination: pino.destination({ dest: logFile, sync: true }),
    });
    smtp = await t.startTestSmtp();
    api = await t.startTestApi(
      {
        METRICS_PORT: '0',
        SIGNUP_EMAIL_VERIFICATION: 'false',
        APPEAL_REMINDER_OFFSETS: '5s,3s',
        APPEAL_PROTECTIVE_LEAD: '4s',
        APPEAL_RECORDS_FOLLOW_UP: '3s',
        APPEAL_MISSED_GRACE: '1s',
        SMTP_URL: smtp.url,
      },
      { logger },
    );
    worker = await t.startTestWorker({
      appUrl: api.db.appUrl,
      taskQueue: api.config.TEMPORAL_TASK_QUEUE,
      smtpUrl: smtp.url,
      logger,
    });
    calls = await startCallsWorker(api.runtime);
    owner = new PgClient({ connectionString: api.db.ownerUrl });
    await owner.connect();
    tenant = await t.createTestTenant(api);
    before = await scrape();
    await runOperations();
    after = await scrape();
  }, 240_000);

  afterAll(async () => {
    await calls?.close();
    await worker?.stop();
    await owner?.end();
    await api?.close();
    await smtp?.close();
    await tracing?.shutdown();
    if (!process.env.KEEP_LOG) rmSync(logFile, { force: true });
  });

  async function runOperations(): Promise<void> {
    // The free Record Check of a letter naming the patient.
    t.expectOk(await api.gql(`query Check($t: String!) { recordCheck(text: $t) }`, { t: LETTER }));
    // A case with the patient's identifiers.
    const created = t.expectOk(
      await gql<{ createAppealCase: { id: string; payer: { id: string } } }>(
        `mutation CreateCase($i: CreateAppealCaseInput!) { createAppealCase(input: $i) { id payer { id } } }`,
        {
          i: {
            payerName: 'Keystone Benefit Administrators',
            regime: 'erisa_group_health',
            category: 'medical_necessity',
            noticeDate: t.clinicDay(),
            serviceType: 'post_service',
            claimNumber: `CLM-88${tag}`,
            patient: { ...PHI },
          },
        },
      ),
    ).createAppealCase;
    caseId = created.id;
    const read = t.expectOk(
      await gql<{ appealCase: { claim: { patient: { lastName: string; memberId: string } } } }>(
        `query ReadCase($id: ID!) { appealCase(id: $id) { claim { patient { lastName memberId } } } }`,
        { id: caseId },
      ),
    );
    // The PHI really went through the system (so a clean log means something).
    expect(read.appealCase.claim.patient).toEqual({
      lastName: PHI.lastName,
      memberId: PHI.memberId,
    });
    // Refused input that quotes PHI back to the caller, and a NOT_FOUND.
    const bad = await gql(
      `mutation BadCase($i: CreateAppealCaseInput!) { createAppealCase(input: $i) { id } }`,
      { i: { payerName: PHI.lastName, amountAtStake: PHI.memberId } },
    );
    expect(JSON.stringify(bad.errors)).toContain(PHI.memberId);
    const missing = await gql(`query Missing($id: ID!) { appealCase(id: $id) { id } }`, {
      id: '00000000-0000-4000-8000-000000000000',
    });
    expect(t.errorCode(missing)).toBe('NOT_FOUND');

    // A Record Call (the `calls` queue): the simulator's representative reads the member id back.
    const phone = t.expectOk(
      await gql<{ addPayerPhone: { id: string } }>(
        `mutation AddPhone($i: AddPayerPhoneInput!) { addPayerPhone(input: $i) { id } }`,
        {
          i: {
            payerId: created.payer.id,
            label: 'Provider services',
            phoneE164: '+13125550100',
            timeZone: 'America/Chicago',
            opens: '00:00',
            closes: '24:00',
            days: [1, 2, 3, 4, 5, 6, 7],
            state: 'IL',
          },
        },
      ),
    ).addPayerPhone.id;
    const call = t.expectOk(
      await gql<{ requestRecordCall: { id: string } }>(
        `mutation Call($c: ID!, $p: ID!) { requestRecordCall(caseId: $c, payerPhoneId: $p) { id } }`,
        { c: caseId, p: phone },
      ),
    ).requestRecordCall;
    await t.expectEventually(
      async () => {
        const r = await gql<{ recordCall: { status: string } }>(
          `query CallStatus($id: ID!) { recordCall(id: $id) { status } }`,
          { id: call.id },
        );
        expect(['completed', 'failed']).toContain(r.data?.recordCall.status);
      },
      { timeoutMs: 30_000 },
    );

    // Deadline reminders: the filing deadline moved 12 s ahead → reminders at 5 s and 3 s before.
    const handle = api.runtime.workflows!.raw.workflow.getHandle(`appeal-${tenant.id}-${caseId}`);
    await t.expectEventually(async () => expect(await handle.query('stage')).toBe('intake'), {
      timeoutMs: 60_000,
    });
    await owner.query(
      `update deadlines set due_at = now() + interval '12 seconds',
         due_text = to_char(now() + interval '12 seconds', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
       where case_id = $1 and kind = 'member_appeal_filing' and status = 'open'`,
      [caseId],
    );
    await api.runtime.workflows!.deadlinesChanged(tenant.id, caseId, 'test');
    await t.expectEventually(
      async () => {
        const r = await owner.query(
          `select count(*)::int as n from notifications where case_id = $1 and kind = 'deadline_reminder' and emailed_at is not null`,
          [caseId],
        );
        expect(r.rows[0].n).toBeGreaterThanOrEqual(2);
      },
      { timeoutMs: 30_000 },
    );

    // A failing activity: Postgres refuses the transition's timeline row (a CHECK added for the
    // test), so the activity fails for good and the API answers with a clear code.
    await owner.query(
      `alter table timeline_events add constraint obs_test_refuse check (false) not valid`,
    );
    const refused = await gql(
      `mutation Refused($i: CaseEventInput!) { requestRecords(input: $i) { id } }`,
      { i: { caseId } },
    );
    await owner.query(`alter table timeline_events drop constraint obs_test_refuse`);
    expect(t.errorCode(refused)).toBe('BAD_USER_INPUT');
  }

  it('serves /metrics on its own port only', async () => {
    expect(api.runtime.metrics!.port).not.toBe(new URL(api.url).port);
    const onApiPort = await fetch(`${api.url}/metrics`);
    expect(await onApiPort.text()).not.toContain('claimlane_graphql_request_duration_seconds');
  });

  it('counts what the run did', () => {
    const moved = (name: string, labels: Record<string, string> = {}) =>
      sample(after, name, labels) - sample(before, name, labels);
    const latency = 'claimlane_graphql_request_duration_seconds_count';
    expect(moved(latency, { operation: 'CreateCase', type: 'mutation' })).toBe(1);
    expect(moved(latency, { operation: 'ReadCase', type: 'query' })).toBe(1);
    expect(
      moved('claimlane_graphql_errors_total', { code: 'NOT_FOUND', operation: 'Missing' }),
    ).toBe(1);
    expect(
      moved('claimlane_graphql_errors_total', { code: 'BAD_USER_INPUT', operation: 'Refused' }),
    ).toBe(1);
    expect(moved('claimlane_record_checks_total', { source: 'public' })).toBe(1);
    expect(
      moved('claimlane_workflow_starts_total', {
        workflow: 'appealCaseWorkflow',
        outcome: 'started',
      }),
    ).toBe(1);
    expect(
      moved('claimlane_activity_duration_seconds_count', {
        activity: 'loadCase',
        outcome: 'completed',
      }),
    ).toBeGreaterThanOrEqual(1);
    expect(
      moved('claimlane_activity_failures_total', { activity: 'applyTransition' }),
    ).toBeGreaterThanOrEqual(1);
    expect(moved('claimlane_notifications_sent_total', { kind: 'deadline_reminder' })).toBe(2);
    expect(
      moved('claimlane_queue_job_duration_seconds_count', { queue: 'calls' }),
    ).toBeGreaterThanOrEqual(1);
    // Gauges read at scrape time: queue depth, pool and tenant gate.
    expect(after.has('claimlane_queue_jobs{queue="calls",state="waiting",service="api"}')).toBe(
      true,
    );
    expect(
      sample(after, 'claimlane_db_pool_connections', { pool: 'api', state: 'total' }),
    ).toBeGreaterThan(0);
    expect(
      after.has('claimlane_tenant_gate_waits{pool="api",outcome="timeout",service="api"}'),
    ).toBe(true);
  });

  it('logs carry request, job, workflow, tenant and trace ids, and none of the PHI submitted', () => {
    const text = readFileSync(logFile, 'utf8');
    const lines = text
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.length).toBeGreaterThan(20);
    for (const phi of PHI_SPELLINGS) expect(text, `log contains ${phi}`).not.toContain(phi);
    const mine = lines.filter((l) => l.tenantId === tenant.id);
    // API request lines, queue job lines and activity lines, each with the tenant and a trace id.
    expect(mine.some((l) => typeof l.requestId === 'string' && typeof l.traceId === 'string')).toBe(
      true,
    );
    expect(mine.some((l) => l.queue === 'calls' && typeof l.jobId === 'string' && l.traceId)).toBe(
      true,
    );
    expect(
      mine.some(
        (l) =>
          l.workflowId === `appeal-${tenant.id}-${caseId}` &&
          l.activity === 'notifyCase' &&
          typeof l.traceId === 'string',
      ),
    ).toBe(true);
  });
});
