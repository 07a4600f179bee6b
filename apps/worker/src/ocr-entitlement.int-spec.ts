import type { INestApplicationContext } from '@nestjs/common';
import type { Job } from 'bullmq';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTenant, startTestApi, type TestApi, type TestTenant } from '@claimlane/testing';
import { OcrProcessor } from '@claimlane/server-ocr';
import { imagesToPdf, type Gray } from '../../../libs/server/ocr/src/scan-simulator.test-helper';
import { createWorkerApp } from './create-worker-app';

// A trial with 2 OCR pages per period (the stand-in knows this price).
const BILLING_PLANS = JSON.stringify({
  unsubscribed: {
    name: 'Trial',
    entitlements: {
      maxSeats: 5,
      recordCallsPerPeriod: 10,
      ocrPagesPerPeriod: 2,
      storageBytes: 1e9,
    },
  },
  plans: [
    {
      key: 'starter',
      name: 'Starter',
      priceId: 'price_claimlane_starter_monthly',
      entitlements: {
        maxSeats: 25,
        recordCallsPerPeriod: 100,
        ocrPagesPerPeriod: 5000,
        storageBytes: 1e10,
      },
    },
  ],
});

let api: TestApi;
let tenant: TestTenant;
let owner: Client;
let worker: INestApplicationContext;
let processor: OcrProcessor;

beforeAll(async () => {
  api = await startTestApi({ BILLING_PLANS, QUEUE_ATTEMPTS: '3' });
  tenant = await createTestTenant(api);
  owner = new Client({ connectionString: api.db.ownerUrl });
  await owner.connect();
  // The worker app as main.ts builds it (so its wiring is what is tested), with the processor called
  // directly: its BullMQ workers listen under another prefix, so they never race for the job the
  // upload queued.
  worker = await createWorkerApp({
    ...api.runtime,
    config: { ...api.config, REDIS_KEY_PREFIX: `${api.config.REDIS_KEY_PREFIX}idle:` },
  });
  processor = worker.get(OcrProcessor, { strict: false });
});

afterAll(async () => {
  await worker?.close();
  await owner?.end();
  await api?.close();
});

/** A blank scan of `pages` pages (blank keeps tesseract quick); `mark` makes the bytes differ. */
function blankScan(pages: number, mark = 0): Promise<Buffer> {
  const page = (): Gray => {
    const data = new Uint8Array(425 * 550).fill(255);
    data[mark] = 0;
    return { width: 425, height: 550, data };
  };
  return imagesToPdf(Array.from({ length: pages }, page));
}

async function upload(bytes: Buffer) {
  const form = new FormData();
  form.append('file', new Blob([bytes], { type: 'application/pdf' }), 'scan.pdf');
  const res = await fetch(`${api.url}/documents`, {
    method: 'POST',
    headers: tenant.headers,
    body: form,
  });
  expect(res.status).toBe(201);
  const doc = (await res.json()) as { id: string; sha256: string; status: string };
  expect(doc.status).toBe('needs_ocr');
  return doc;
}

/** Runs the OCR job for a document as BullMQ would hand it over (first attempt of three). */
function runOcrJob(doc: { id: string; sha256: string }) {
  const job = {
    id: `${tenant.id}.${doc.sha256}`,
    name: 'ocr',
    attemptsMade: 0,
    opts: { attempts: 3 },
    data: {
      tenantId: tenant.id,
      idempotencyKey: doc.sha256,
      documentId: doc.id,
      sha256: doc.sha256,
      requestedBy: tenant.owner.id,
    },
    updateProgress: () => Promise.resolve(),
  } as unknown as Job;
  return processor.process(job);
}

async function row<T>(sql: string, params: unknown[]): Promise<T | undefined> {
  return (await owner.query(sql, params)).rows[0] as T | undefined;
}

const ocrPagesUsed = async () =>
  Number(
    (
      await row<{ n: string }>(
        `select coalesce(sum(used), 0) n from entitlement_usage where tenant_id = $1 and metric = 'ocr_pages'`,
        [tenant.id],
      )
    )?.n,
  );

describe('OCR job under the plan OCR page cap (worker app, real Postgres, tesseract)', () => {
  it('counts pages; a document past the cap fails for good with ENTITLEMENT_EXCEEDED, marked, nothing written', async () => {
    const one = await upload(await blankScan(1));
    await expect(runOcrJob(one)).resolves.toMatchObject({ skipped: false, pages: 1 });
    expect(await ocrPagesUsed()).toBe(1);

    // 1 used + 2 pages > 2: refused, and retrying could not help, so it is not retried.
    const two = await upload(await blankScan(2, 1));
    const err = (await runOcrJob(two).then(
      () => null,
      (e: unknown) => e,
    )) as (Error & { code?: string }) | null;
    expect(err?.name).toBe('UnrecoverableError');
    expect(err?.code).toBe('ENTITLEMENT_EXCEEDED');
    expect(err?.message).toMatch(/allows 2 ocr pages per billing period; 1 used, 2 more requested/);

    // A person sees why: the document is failed with the code, and the job is dead-lettered.
    expect(
      await row(`select status, ocr_error_code, ocr_completed_at from documents where id = $1`, [
        two.id,
      ]),
    ).toEqual({ status: 'failed', ocr_error_code: 'ENTITLEMENT_EXCEEDED', ocr_completed_at: null });
    expect(
      await row(`select error_code from job_failures where queue = 'ocr' and job_id = $1`, [
        `${tenant.id}.${two.sha256}`,
      ]),
    ).toEqual({ error_code: 'ENTITLEMENT_EXCEEDED' });
    // Nothing half-written: no OCR pages, no audit of an OCR, and the refusal counted nothing.
    expect(
      await row(`select count(*)::int n from document_ocr_pages where document_id = $1`, [two.id]),
    ).toEqual({ n: 0 });
    expect(
      await row(
        `select count(*)::int n from audit_events where action = 'ocr.completed' and entity_id = $1`,
        [two.id],
      ),
    ).toEqual({ n: 0 });
    expect(await ocrPagesUsed()).toBe(1);

    // The unit left is still there for a one-page scan.
    const last = await upload(await blankScan(1, 2));
    await expect(runOcrJob(last)).resolves.toMatchObject({ skipped: false, pages: 1 });
    expect(await ocrPagesUsed()).toBe(2);
  });
});
