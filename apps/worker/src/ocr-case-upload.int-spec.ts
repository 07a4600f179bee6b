import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Client } from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { corpusLetter } from '@claimlane/testing-fixtures';
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
import { scannedLetterPdf } from '../../../libs/server/ocr/src/scan-simulator.test-helper';

// Issue 10: a scan uploaded on a case page is attached by `POST /documents` itself (field caseId),
// so however fast OCR is, the worker sees case evidence and never opens a case from it.

const QUEUE_ENV = { QUEUE_ATTEMPTS: '2', QUEUE_BACKOFF_MS: '200' };
const FROM_DENIAL = `mutation($i: CreateCaseFromDenialInput!) { createCaseFromDenial(input: $i) { id } }`;

let api: TestApi;
let tenant: TestTenant;
let owner: Client;
const workers = workerProcesses(() => api, QUEUE_ENV);

interface UploadAnswer {
  id?: string;
  sha256?: string;
  status?: string;
  caseId?: string | null;
  letterCaseId?: string | null;
  errors?: Array<{ message: string; extensions: Record<string, unknown> }>;
}

async function upload(t: TestTenant, bytes: Buffer, fields: Record<string, string>) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append('file', new Blob([bytes], { type: 'application/pdf' }), 'chart-notes.pdf');
  const res = await fetch(`${api.url}/documents`, {
    method: 'POST',
    headers: t.headers,
    body: form,
  });
  return { status: res.status, body: (await res.json()) as UploadAnswer };
}

async function openCase(t: TestTenant): Promise<string> {
  const text = corpusLetter('plan-letter/erisa-medical-necessity').text;
  const res = await api.gql<{ createCaseFromDenial: { id: string } }>(
    FROM_DENIAL,
    { i: { text } },
    t.headers,
  );
  return expectOk(res).createCaseFromDenial.id;
}

async function count(sql: string, params: unknown[]): Promise<number> {
  const r = await owner.query(`select count(*)::int as n from (${sql}) x`, params);
  return (r.rows[0] as { n: number }).n;
}

const storedObjects = (t: TestTenant) =>
  readdir(join(api.config.DATA_DIR, 'objects', t.id)).catch(() => [] as string[]);

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

describe('POST /documents with a caseId (issue 10, real API, worker, Postgres, tesseract)', () => {
  it('attaches the scan in the upload itself; OCR reads it as case evidence and opens no case', async () => {
    const caseId = await openCase(tenant);
    const casesBefore = await count(`select 1 from appeal_cases where tenant_id = $1`, [tenant.id]);
    // The scan reads like a denial letter: without the attach, OCR would open a case from it.
    const scan = await scannedLetterPdf(OCR_LETTERS[0]!.text);
    const res = await upload(tenant, scan, {
      caseId,
      kind: 'chart_notes',
      title: 'Clinic notes, March',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'needs_ocr', caseId });
    const docId = res.body.id!;
    // Attached before any worker runs: no second call needed.
    const attached = await owner.query(
      `select case_id, kind, title from case_documents where document_id = $1`,
      [docId],
    );
    expect(attached.rows).toEqual([
      { case_id: caseId, kind: 'chart_notes', title: 'Clinic notes, March' },
    ]);
    expect(
      await count(
        `select 1 from audit_events where action = 'attachCaseDocument' and meta->>'documentId' = $1`,
        [docId],
      ),
    ).toBe(1);

    await workers.start();
    await expectEventually(
      async () => {
        const r = await owner.query(`select status from documents where id = $1`, [docId]);
        expect((r.rows[0] as { status: string }).status).toBe('ready');
      },
      { timeoutMs: 120_000, intervalMs: 500 },
    );
    const audit = await owner.query(
      `select meta from audit_events where action = 'ocr.completed' and entity_id = $1`,
      [docId],
    );
    expect(audit.rows).toEqual([
      { meta: expect.objectContaining({ outcome: 'case_document', caseId: null }) },
    ]);
    expect(await count(`select 1 from denials where source_document_id = $1`, [docId])).toBe(0);
    expect(await count(`select 1 from appeal_cases where tenant_id = $1`, [tenant.id])).toBe(
      casesBefore,
    );
  });

  it("a letter scan uploaded as a case's denial letter fills a hand-made case and never opens another", async () => {
    const handMade = expectOk(
      await api.gql<{ createAppealCase: { id: string } }>(
        `mutation($i: CreateAppealCaseInput!) { createAppealCase(input: $i) { id } }`,
        { i: { payerName: 'Summit Mutual Health Plan' } },
        tenant.headers,
      ),
    ).createAppealCase.id;
    const pasted = await openCase(tenant);
    const pastedText = await owner.query(
      `select d.letter_text from denials d join appeal_cases c on c.denial_id = d.id where c.id = $1`,
      [pasted],
    );
    const casesBefore = await count(`select 1 from appeal_cases where tenant_id = $1`, [tenant.id]);
    const toHandMade = await upload(
      tenant,
      await scannedLetterPdf(`${OCR_LETTERS[1]!.text}\nFile copy A`),
      {
        caseId: handMade,
        kind: 'denial_letter',
      },
    );
    const toPasted = await upload(
      tenant,
      await scannedLetterPdf(`${OCR_LETTERS[0]!.text}\nFile copy B`),
      { caseId: pasted, kind: 'denial_letter' },
    );
    expect([toHandMade.status, toPasted.status]).toEqual([201, 201]);
    await workers.start();
    const outcome = (docId: string) =>
      expectEventually(
        async () => {
          const r = await owner.query(
            `select meta from audit_events where action = 'ocr.completed' and entity_id = $1`,
            [docId],
          );
          expect(r.rows).toHaveLength(1);
          return (r.rows[0] as { meta: { outcome: string; caseId: string | null } }).meta;
        },
        { timeoutMs: 120_000, intervalMs: 500 },
      );
    expect(await outcome(toHandMade.body.id!)).toMatchObject({
      outcome: 'case_updated',
      caseId: handMade,
    });
    expect(await outcome(toPasted.body.id!)).toMatchObject({
      outcome: 'case_document',
      caseId: pasted,
    });
    // The hand-made case now reads the scan; the pasted letter was not replaced by OCR text.
    const filled = await owner.query(
      `select d.source_document_id, d.letter_text is not null as has_text, d.analyzed_at is not null as analyzed
         from denials d join appeal_cases c on c.denial_id = d.id where c.id = $1`,
      [handMade],
    );
    expect(filled.rows).toEqual([
      { source_document_id: toHandMade.body.id, has_text: true, analyzed: true },
    ]);
    const kept = await owner.query(
      `select d.letter_text from denials d join appeal_cases c on c.denial_id = d.id where c.id = $1`,
      [pasted],
    );
    expect(kept.rows).toEqual(pastedText.rows);
    expect(await count(`select 1 from appeal_cases where tenant_id = $1`, [tenant.id])).toBe(
      casesBefore,
    );
  });

  it('GET /documents/:id names the case OCR opened from a letter scan uploaded without a case', async () => {
    const scan = await scannedLetterPdf(OCR_LETTERS[1]!.text);
    const res = await upload(tenant, scan, {});
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'needs_ocr', caseId: null, letterCaseId: null });
    const get = async () => {
      const r = await fetch(`${api.url}/documents/${res.body.id}`, { headers: tenant.headers });
      expect(r.status).toBe(200);
      return (await r.json()) as { status: string; letterCaseId: string | null };
    };
    expect(await get()).toMatchObject({ status: 'needs_ocr', letterCaseId: null });
    await workers.start();
    const done = await expectEventually(
      async () => {
        const d = await get();
        expect(d.status).toBe('ready');
        return d;
      },
      { timeoutMs: 120_000, intervalMs: 500 },
    );
    const opened = await owner.query(
      `select c.id from denials d join appeal_cases c on c.denial_id = d.id where d.source_document_id = $1`,
      [res.body.id],
    );
    expect(opened.rows).toHaveLength(1);
    expect(done.letterCaseId).toBe((opened.rows[0] as { id: string }).id);
  });

  it('refuses a malformed or foreign case id (400 / 404) and stores nothing', async () => {
    const other = await createTestTenant(api);
    const foreignCase = await openCase(other);
    const docsBefore = await count(`select 1 from documents where tenant_id = $1`, [tenant.id]);
    const objectsBefore = await storedObjects(tenant);
    const scan = await scannedLetterPdf('Progress note\nSix weeks of physical therapy, no relief.');
    const sha = createHash('sha256').update(scan).digest('hex');

    const malformed = await upload(tenant, scan, { caseId: 'not-a-case', kind: 'chart_notes' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'caseId',
    });
    expect(malformed.body.errors?.[0]?.message).toBe('caseId must be a UUID');

    const foreign = await upload(tenant, scan, { caseId: foreignCase, kind: 'chart_notes' });
    expect(foreign.status).toBe(404);
    expect(foreign.body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect(foreign.body.errors?.[0]?.message).toBe('No case with this caseId in this workspace');

    const badKind = await upload(tenant, scan, { caseId: foreignCase, kind: 'selfie' });
    expect(badKind.status).toBe(400);
    expect(badKind.body.errors?.[0]?.extensions).toMatchObject({ field: 'kind' });

    expect(await count(`select 1 from documents where tenant_id = $1`, [tenant.id])).toBe(
      docsBefore,
    );
    expect(await count(`select 1 from documents where sha256 = $1`, [sha])).toBe(0);
    expect(await count(`select 1 from case_documents where case_id = $1`, [foreignCase])).toBe(0);
    expect(await storedObjects(tenant)).toEqual(objectsBefore);
  });
});
