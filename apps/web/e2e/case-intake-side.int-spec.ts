import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  createTestTenant,
  expectOk,
  startTestApi,
  unique,
  workerProcesses,
  type TestApi,
  type TestTenant,
} from '@claimlane/testing';
import { scannedLetterPdf } from '../../../libs/server/ocr/src/scan-simulator.test-helper';
import { buildWebApp, launchChromium, screenshot } from './browser.test-helper';
import { browserSession } from './browser-session.test-helper';

/** A plan letter that never prints its own date (fictitious people): its deadlines need_date. */
const DATELESS_LETTER = `Keystone Benefit Administrators
Claims Review Unit

RE: Member ID KBA448120913   Claim number 2026-CL-771203
Patient: Dana Whitfield
Date of service: 03/02/2026

We have denied your claim for an MRI of the lumbar spine (CPT 72148), billed at $1,850.00.
The reviewer determined the service was not medically necessary: your records do not show six weeks
of conservative therapy as our clinical guideline requires.

Your plan is an employer-sponsored group health plan governed by ERISA. You may appeal this
decision within 180 days of receiving this notice. You may ask for copies of all documents relevant
to your claim free of charge. You have the right to bring a civil action under section 502(a) of ERISA
after an adverse decision on appeal.`;

/** Chart notes a clinic scans to support the appeal (fictitious). */
const CHART_NOTES = `Progress note
Patient completed six weeks of physical therapy, twice weekly,
with persistent radicular pain and reduced range of motion.`;

const ERISA_FILING = '29 CFR 2560.503-1(h)(3)(i)';
// Two free checks a minute for this file's API: the third shows the rate-limit message.
const CHECKS_PER_MINUTE = 2;
const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);

describe('case page intake side in a real browser', () => {
  let api: TestApi;
  let owner: Client;
  let browser: Browser;
  // The BullMQ worker as users run it (dist/apps/worker/src/main.js): OCR reads the scan.
  const workers = workerProcesses(() => api, { QUEUE_ATTEMPTS: '2', QUEUE_BACKOFF_MS: '200' });

  beforeAll(async () => {
    buildWebApp();
    api = await startTestApi({
      RECORD_CHECK_IP_LIMIT_PER_MINUTE: String(CHECKS_PER_MINUTE),
      QUEUE_ATTEMPTS: '2',
      QUEUE_BACKOFF_MS: '200',
    });
    owner = new Client({ connectionString: api.db.ownerUrl });
    await owner.connect();
    await workers.start();
    browser = await launchChromium();
    // A Vite build takes ~25 s on an idle machine and minutes on a busy one.
  }, 420_000);
  afterAll(async () => {
    await browser?.close();
    workers.killAll();
    await owner?.end();
    await api?.close();
  });
  const { newPage, expectAccessible, signIn } = browserSession(
    () => browser,
    () => api.url,
    'intake',
  );

  async function datelessCase(t: TestTenant, title: string): Promise<string> {
    return expectOk(
      await api.gql<{ createCaseFromDenial: { id: string } }>(
        `mutation($i: CreateCaseFromDenialInput!) { createCaseFromDenial(input: $i) { id } }`,
        { i: { text: DATELESS_LETTER, title } },
        t.headers,
      ),
    ).createCaseFromDenial.id;
  }

  const caseCount = async (tenantId: string) =>
    Number(
      (
        await owner.query(`select count(*)::int as n from appeal_cases where tenant_id = $1`, [
          tenantId,
        ])
      ).rows[0].n,
    );

  it(
    'uploads a scanned PDF to a case and follows its OCR until the text is ready',
    { timeout: 240_000 },
    async () => {
      const t = await createTestTenant(api);
      const title = unique('Scan case');
      const caseId = await datelessCase(t, title);
      const scan = await scannedLetterPdf(CHART_NOTES);

      const page = await newPage();
      await signIn(page, t.owner);
      await page.goto(`${api.url}/cases/${caseId}`);
      await page.getByRole('heading', { name: title }).waitFor();
      await page.getByRole('tab', { name: 'Documents' }).click();
      await page.getByText('No documents on this case yet.').waitFor();
      const form = page.getByRole('form', { name: 'Upload a document to this case' });
      await form.locator('input[type="file"]').setInputFiles({
        name: 'chart-notes-scan.pdf',
        mimeType: 'application/pdf',
        buffer: scan,
      });
      await form.getByLabel('What it is').selectOption('chart_notes');
      await form.getByLabel('Title (optional)').fill('PT chart notes');
      await form.getByRole('button', { name: 'Upload to case' }).click();
      await page.getByText(/has no text layer; OCR is reading it/).waitFor();

      const table = page.getByRole('table', { name: 'Documents' });
      const row = table.getByRole('row', { name: /PT chart notes/ });
      await row.waitFor();
      // OCR of one 300-dpi page takes seconds idle, much longer on a loaded machine.
      await row.getByText('Text ready').waitFor({ timeout: 180_000 });
      expect(await row.getByRole('cell').nth(2).textContent()).toBe('1');
      await screenshot(page, 'case-uploads-ocr');
      await expectAccessible(page, 'case-uploads-ocr');

      // The scan is evidence for this case: OCR opened no second case from it.
      expect(await caseCount(t.id)).toBe(1);
      const doc = await owner.query(
        `select d.status, d.review_required from case_documents cd
           join documents d on d.id = cd.document_id where cd.case_id = $1`,
        [caseId],
      );
      expect(doc.rows).toEqual([{ status: 'ready', review_required: false }]);
    },
  );

  it(
    'enters the notice date a needs_date letter lacks and sees the deadline timed with its citation',
    { timeout: 120_000 },
    async () => {
      const t = await createTestTenant(api);
      const title = unique('Dateless case');
      const caseId = await datelessCase(t, title);

      const page = await newPage();
      await signIn(page, t.owner);
      await page.goto(`${api.url}/cases/${caseId}`);
      await page.getByRole('heading', { name: title }).waitFor();
      await page.getByRole('tab', { name: /Deadlines/ }).click();
      const panel = page.getByRole('tabpanel');
      await panel.getByText('Needs the notice date').first().waitFor();
      const form = panel.getByRole('form', { name: 'Notice date' });
      // The letter gives a window from receipt: its question asks for the receipt, else the printed date.
      await form.getByText(/what date is printed on it\?/).waitFor();
      const input = form.getByLabel('Notice date', { exact: false });
      const save = form.getByRole('button', { name: 'Save notice date' });

      await input.fill(isoDay(Date.now() + 5 * 86_400_000));
      await save.click();
      await form.getByText('The notice date cannot be after today').waitFor();
      await input.fill('2026-03-01');
      await save.click();
      await form.getByText(/The notice date cannot be before the date of service/).waitFor();

      const notice = isoDay(Date.now() - 10 * 86_400_000);
      await input.fill(notice);
      await save.click();
      // Saved: the page refetches; nothing waits for a date any more, so the form goes.
      await form.waitFor({ state: 'detached' });
      expect(await panel.getByText('Needs the notice date').count()).toBe(0);
      await panel.getByText(ERISA_FILING).first().waitFor();
      await screenshot(page, 'case-notice-date');

      const stored = expectOk(
        await api.gql<{
          appealCase: {
            deadlines: Array<{ status: string; needsDate: boolean; citation: string }>;
          };
        }>(
          `query($id: ID!) { appealCase(id: $id) { deadlines { status needsDate citation } } }`,
          { id: caseId },
          t.headers,
        ),
      );
      expect(stored.appealCase.deadlines.some((d) => d.needsDate)).toBe(false);
      expect(stored.appealCase.deadlines.map((d) => d.citation)).toContain(ERISA_FILING);
    },
  );

  it(
    'adds a payer line, reads the disclosure, calls the carrier and sees the results arrive',
    { timeout: 120_000 },
    async () => {
      const t = await createTestTenant(api);
      const title = unique('Call case');
      const caseId = await datelessCase(t, title);

      const page = await newPage();
      await signIn(page, t.owner);
      await page.goto(`${api.url}/cases/${caseId}`);
      await page.getByRole('heading', { name: title }).waitFor();
      await page.getByRole('tab', { name: 'Record Calls' }).click();
      await page.getByText('No Record Calls on this case.').waitFor();
      await page.getByRole('button', { name: 'Call the carrier' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText(/has no phone line on file/).waitFor();
      // The local carrier simulator's cooperative representative answers this number.
      const add = dialog.getByRole('form', { name: 'Add a payer line' });
      await add.getByLabel('Phone number').fill('+13125550100');
      await add.getByLabel('US state (recording consent)').fill('CA');
      await add.getByLabel('Time zone').fill('America/Chicago');
      await add.getByLabel('Opens').fill('00:00');
      await add.getByLabel('Closes').fill('24:00');
      await add.getByLabel('Days').selectOption('all');
      await add.getByRole('button', { name: 'Add line' }).click();
      const disclosure = dialog.getByRole('alert', { name: 'Before the call starts' });
      await disclosure.waitFor();
      expect(await disclosure.textContent()).toContain('an AI assistant, an automated caller');
      expect(await disclosure.textContent()).toContain('The line is in CA');
      await dialog.getByRole('button', { name: 'Start the call' }).click();
      await dialog.waitFor({ state: 'detached' });

      // Queued → on the line → completed, polled while it runs.
      const summary = page.getByRole('table', { name: 'Call summary' });
      await summary.waitFor({ timeout: 60_000 });
      await page.getByText('Completed', { exact: true }).first().waitFor();
      expect(await page.locator('p', { hasText: 'Reference numbers:' }).textContent()).toMatch(
        /Reference numbers: \S+/,
      );
      const transcript = page.getByLabel('Redacted transcript');
      expect(await transcript.textContent()).toMatch(/^Assistant: Hello, this is an AI assistant/);
      expect(await transcript.textContent()).toContain('The member ID is [MEMBER ID].');
      expect(await transcript.textContent()).not.toContain('KBA448120913');
      await screenshot(page, 'case-record-call');
      await expectAccessible(page, 'case-record-call');
    },
  );

  it(
    'a scanned letter uploaded on the intake page shows OCR progress, then links to the case it opened',
    { timeout: 300_000 },
    async () => {
      const t = await createTestTenant(api);
      const scan = await scannedLetterPdf(DATELESS_LETTER);
      const page = await newPage();
      await signIn(page, t.owner);
      await page.goto(`${api.url}/intake`);
      await page.getByRole('tab', { name: 'Upload a file' }).click();
      const form = page.getByRole('form', { name: 'Upload a document' });
      await form.locator('input[type="file"]').setInputFiles({
        name: 'denial-fax.pdf',
        mimeType: 'application/pdf',
        buffer: scan,
      });
      await form.getByRole('button', { name: 'Upload', exact: true }).click();
      await form.getByText(/has no text layer and waits for OCR/).waitFor();
      const follow = form.getByRole('group', { name: 'OCR of denial-fax.pdf' });
      await follow.getByRole('progressbar', { name: 'OCR progress for denial-fax.pdf' }).waitFor();
      await expectAccessible(page, 'intake-scan-ocr');
      // OCR of one 300-dpi page takes seconds idle, much longer on a loaded machine.
      const open = form.getByRole('link', { name: 'Open the case' });
      await open.waitFor({ timeout: 180_000 });
      await screenshot(page, 'intake-scan-read');
      expect(await caseCount(t.id)).toBe(1);
      await open.click();
      await page.getByRole('tab', { name: 'Denial letter' }).waitFor();
      expect(page.url()).toMatch(/\/cases\/[0-9a-f-]{36}$/);
    },
  );
  it(
    '/check shows untimed deadlines with their question, then the rate-limit message',
    { timeout: 120_000 },
    async () => {
      const page = await newPage();
      await page.goto(`${api.url}/check`);
      await page.getByLabel(/Denial letter text/).fill(DATELESS_LETTER);
      const check = page.getByRole('button', { name: 'Check this letter' });
      const run = () =>
        Promise.all([
          page.waitForResponse(
            (r) => r.url().endsWith('/graphql') && r.request().method() === 'POST',
          ),
          check.click(),
        ]);
      await run();
      const pending = page.getByLabel('Deadlines waiting for a date');
      await pending.waitFor();
      expect(await pending.textContent()).toContain(
        'On what date did the member receive the notice? If unknown, what date is printed on it?',
      );
      expect(await pending.textContent()).toContain('not timed yet');

      for (let i = 1; i < CHECKS_PER_MINUTE; i++) await run();
      expect(await page.getByText('Too many checks').count()).toBe(0);
      await run();
      const alert = page.getByRole('alert').filter({ hasText: 'Too many checks' });
      await alert.waitFor();
      expect(await alert.textContent()).toMatch(/Try again in \d+ seconds? \(at /);
      await screenshot(page, 'record-check-rate-limited');
    },
  );
});
