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
import { OCR_LETTERS } from '../../../libs/server/ocr/src/ocr-letters.test-helper';
import {
  imagesToPdf,
  scannedLetterPdf,
} from '../../../libs/server/ocr/src/scan-simulator.test-helper';

const QUEUE_ENV = { QUEUE_ATTEMPTS: '2', QUEUE_BACKOFF_MS: '200', OCR_MAX_PAGES: '5' };

let api: TestApi;
let tenant: TestTenant;
let owner: Client;
// The worker runs as users run it (dist/apps/worker/src/main.js), so a crash is a real kill -9.
const workers = workerProcesses(() => api, {
  ...QUEUE_ENV,
  // Every page counts as low confidence here, so the review path (flag + timeline) is exercised.
  OCR_LOW_CONFIDENCE: '99',
});
const startWorker = () => workers.start();

async function upload(bytes: Buffer, name: string) {
  const form = new FormData();
  form.append('file', new Blob([bytes], { type: 'application/pdf' }), name);
  const res = await fetch(`${api.url}/documents`, {
    method: 'POST',
    headers: tenant.headers,
    body: form,
  });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; sha256: string; status: string; pages: number };
}

interface Progress {
  state: string;
  attemptsMade: number;
  errorCode: string | null;
  progress: { stage: string; done: number; total: number } | null;
}

async function jobProgress(key: string): Promise<Progress | null> {
  const res = await api.gql<{ jobProgress: Progress }>(
    `query($k: String!) { jobProgress(queue: ocr, key: $k) { state attemptsMade errorCode progress { stage done total } } }`,
    { k: key },
    tenant.headers,
  );
  return res.data?.jobProgress ?? null;
}

async function count(sql: string, params: unknown[]): Promise<number> {
  const r = await owner.query(`select count(*)::int as n from (${sql}) x`, params);
  return (r.rows[0] as { n: number }).n;
}

async function documentRow(id: string) {
  const r = await owner.query(
    `select status, pages, ocr_error_code, review_required from documents where id = $1`,
    [id],
  );
  return r.rows[0] as {
    status: string;
    pages: number;
    ocr_error_code: string | null;
    review_required: boolean;
  };
}

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

describe('OCR worker (real worker process, Redis, Postgres, tesseract)', () => {
  it('OCRs a scanned upload, runs Record Check on it and opens a case; progress is visible over GraphQL', async () => {
    const doc = await upload(await scannedLetterPdf(OCR_LETTERS[0]!.text), 'fax.pdf');
    expect(doc.status).toBe('needs_ocr');
    // Enqueued on upload: waiting until a worker runs.
    expect((await jobProgress(doc.sha256))?.state).toBe('waiting');
    await startWorker();
    const done = await expectEventually(
      async () => {
        const p = await jobProgress(doc.sha256);
        expect(p?.state).toBe('completed');
        return p!;
      },
      { timeoutMs: 120_000, intervalMs: 500 },
    );
    expect(done.progress).toMatchObject({ stage: 'record_check', done: 1, total: 1 });
    expect(await documentRow(doc.id)).toMatchObject({
      status: 'ready',
      pages: 1,
      review_required: true,
    });
    expect(await count(`select 1 from document_ocr_pages where document_id = $1`, [doc.id])).toBe(
      1,
    );
    const denial = await owner.query(
      `select d.category, d.regime, c.id as case_id from denials d join appeal_cases c on c.denial_id = d.id and c.tenant_id = d.tenant_id where d.source_document_id = $1`,
      [doc.id],
    );
    expect(denial.rows).toHaveLength(1);
    expect(denial.rows[0]).toMatchObject({
      category: 'medical_necessity',
      regime: 'erisa_group_health',
    });
    expect(
      await count(`select 1 from audit_events where action = 'ocr.completed' and entity_id = $1`, [
        doc.id,
      ]),
    ).toBe(1);
    const caseId = (denial.rows[0] as { case_id: string }).case_id;
    const review = await owner.query(
      `select data from timeline_events where case_id = $1 and kind = 'ocr_review_needed'`,
      [caseId],
    );
    expect(review.rows).toEqual([{ data: { documentId: doc.id, pages: [1] } }]);
    // The case is readable through the API like any other.
    const c = expectOk(
      await api.gql<{ appealCase: { id: string } }>(
        `query($id: ID!) { appealCase(id: $id) { id } }`,
        { id: (denial.rows[0] as { case_id: string }).case_id },
        tenant.headers,
      ),
    );
    expect(c.appealCase.id).toBeTruthy();
  }, 300_000);

  it('loses no job and writes no duplicate rows when the worker is killed with kill -9 mid-job', async () => {
    // Four pages: the kill must land while pages are left. With two, under CI load a poll could
    // miss the one page between the first progress report and completion.
    const text = [
      OCR_LETTERS[0]!.text,
      OCR_LETTERS[1]!.text,
      OCR_LETTERS[0]!.text,
      OCR_LETTERS[1]!.text,
    ].join('\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n');
    const doc = await upload(await scannedLetterPdf(text), 'four-pages.pdf');
    const first = await startWorker();
    await expectEventually(
      async () => {
        const p = await jobProgress(doc.sha256);
        expect(p?.state).toBe('active');
        expect(p?.progress?.stage).toBe('ocr');
        expect(p?.progress?.done).toBeGreaterThanOrEqual(1);
      },
      { timeoutMs: 120_000, intervalMs: 200 },
    );
    const total = (await jobProgress(doc.sha256))!.progress!.total;
    expect(total).toBe(4);
    await workers.kill(first);
    // Nothing of the half-done job was committed.
    expect((await documentRow(doc.id)).status).toBe('needs_ocr');
    expect(await count(`select 1 from document_ocr_pages where document_id = $1`, [doc.id])).toBe(
      0,
    );
    await startWorker();
    await expectEventually(
      async () => expect((await jobProgress(doc.sha256))?.state).toBe('completed'),
      { timeoutMs: 180_000, intervalMs: 500 },
    );
    expect(await documentRow(doc.id)).toMatchObject({ status: 'ready', pages: total });
    expect(await count(`select 1 from document_ocr_pages where document_id = $1`, [doc.id])).toBe(
      total,
    );
    expect(await count(`select 1 from denials where source_document_id = $1`, [doc.id])).toBe(1);
    expect(
      await count(`select 1 from audit_events where action = 'ocr.completed' and entity_id = $1`, [
        doc.id,
      ]),
    ).toBe(1);
  }, 600_000);

  it('dead-letters a scan over the page limit with its code; nothing else is written', async () => {
    const blank = { width: 850, height: 1100, data: new Uint8Array(850 * 1100).fill(255) };
    const doc = await upload(await imagesToPdf(Array(6).fill(blank)), 'too-long.pdf');
    expect(doc.status).toBe('needs_ocr');
    await startWorker();
    const p = await expectEventually(
      async () => {
        const s = await jobProgress(doc.sha256);
        expect(s?.state).toBe('dead_lettered');
        return s!;
      },
      { timeoutMs: 60_000, intervalMs: 300 },
    );
    // Permanent: one attempt, no retries.
    expect(p).toMatchObject({ errorCode: 'OCR_TOO_MANY_PAGES', attemptsMade: 1 });
    expect(await documentRow(doc.id)).toMatchObject({
      status: 'failed',
      ocr_error_code: 'OCR_TOO_MANY_PAGES',
    });
    expect(await count(`select 1 from document_ocr_pages where document_id = $1`, [doc.id])).toBe(
      0,
    );
    expect(await count(`select 1 from denials where source_document_id = $1`, [doc.id])).toBe(0);
    const failures = expectOk(
      await api.gql<{
        jobFailures: { totalCount: number; edges: Array<{ node: { errorCode: string } }> };
      }>(
        `query { jobFailures(queue: ocr, first: 5) { totalCount edges { node { errorCode } } } }`,
        {},
        tenant.headers,
      ),
    );
    expect(failures.jobFailures.edges.map((e) => e.node.errorCode)).toContain('OCR_TOO_MANY_PAGES');
    // Another tenant sees none of it.
    const other = await createTestTenant(api);
    const theirs = expectOk(
      await api.gql<{ jobFailures: { totalCount: number } }>(
        `query { jobFailures { totalCount } }`,
        {},
        other.headers,
      ),
    );
    expect(theirs.jobFailures.totalCount).toBe(0);
    const res = await api.gql(
      `query($k: String!) { jobProgress(queue: ocr, key: $k) { state } }`,
      { k: doc.sha256 },
      other.headers,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  }, 300_000);
});
