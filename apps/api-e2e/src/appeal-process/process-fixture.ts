import { Client } from 'pg';
import {
  createTestTenant,
  expectOk,
  startTestApi,
  startTestSmtp,
  startTestWorker,
  type TestApi,
  type TestTenant,
  type TestWorker,
  clinicDay,
} from '@claimlane/testing';

export const CASE_FIELDS = `id stage level levelKind outcome payerLateSince
  deadlines { id kind status due dueAt rule citation }
  timeline { kind stage summary }`;

export interface ProcessFixture {
  api: TestApi;
  smtp: Awaited<ReturnType<typeof startTestSmtp>>;
  tenant: TestTenant;
  taskQueue: string;
  workers: TestWorker[];
  startWorker(): Promise<TestWorker>;
  createCase(input?: Record<string, unknown>): Promise<{ id: string }>;
  /** Moves a case's open member deadline of `kind` to `seconds` from now (owner connection). */
  dueIn(caseId: string, kind: string, seconds: number): Promise<void>;
  /** Tells the case's workflow its deadlines moved in Postgres (the corrections signal). */
  moved(caseId: string): Promise<void>;
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

/** API + real Temporal worker + local SMTP server, with appeal timings in seconds. */
export async function processFixture(
  env: Record<string, string> = {},
  workerOpts: { payerClockOverrideMs?: number } = {},
): Promise<ProcessFixture> {
  const smtp = await startTestSmtp();
  const api = await startTestApi({
    APPEAL_REMINDER_OFFSETS: '5s,3s',
    APPEAL_PROTECTIVE_LEAD: '4s',
    APPEAL_RECORDS_FOLLOW_UP: '3s',
    APPEAL_MISSED_GRACE: '1s',
    SMTP_URL: smtp.url,
    ...env,
  });
  const tenant = await createTestTenant(api);
  const taskQueue = api.config.TEMPORAL_TASK_QUEUE;
  const owner = new Client({ connectionString: api.db.ownerUrl });
  await owner.connect();
  const workers: TestWorker[] = [];
  const fixture: ProcessFixture = {
    api,
    smtp,
    tenant,
    taskQueue,
    workers,
    async startWorker() {
      const w = await startTestWorker({
        appUrl: api.db.appUrl,
        taskQueue,
        smtpUrl: smtp.url,
        payerClockOverrideMs: workerOpts.payerClockOverrideMs,
      });
      workers.push(w);
      return w;
    },
    async createCase(input = {}) {
      const res = await api.gql<{ createAppealCase: { id: string } }>(
        `mutation($i: CreateAppealCaseInput!) { createAppealCase(input: $i) { id } }`,
        {
          i: {
            payerName: 'Keystone Benefit Administrators',
            regime: 'erisa_group_health',
            category: 'medical_necessity',
            noticeDate: clinicDay(),
            serviceType: 'post_service',
            ...input,
          },
        },
        tenant.headers,
      );
      return expectOk(res).createAppealCase;
    },
    async dueIn(caseId, kind, seconds) {
      const r = await owner.query(
        `update deadlines set due_at = now() + make_interval(secs => $3), due_text = to_char(now() + make_interval(secs => $3), 'YYYY-MM-DD"T"HH24:MI:SS"Z"') where case_id = $1 and kind = $2 and status = 'open'`,
        [caseId, kind, seconds],
      );
      if (r.rowCount !== 1)
        throw new Error(`expected one open ${kind} deadline, found ${r.rowCount}`);
      await owner.query(
        `update appeal_cases set next_deadline_at = (select min(due_at) from deadlines where case_id = $1 and status = 'open') where id = $1`,
        [caseId],
      );
    },
    async moved(caseId) {
      await api.runtime.workflows!.deadlinesChanged(tenant.id, caseId, 'test');
    },
    async sql<T>(text: string, params: unknown[] = []) {
      return (await owner.query(text, params)).rows as T[];
    },
    async close() {
      for (const w of workers) await w.stop();
      await owner.end();
      await api.close();
      await smtp.close();
    },
  };
  return fixture;
}
