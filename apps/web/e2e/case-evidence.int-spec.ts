import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { INestApplicationContext } from '@nestjs/common';
import type { Browser } from 'playwright-core';
import {
  clinicDayInWords,
  addMember,
  createTestTenant,
  expectOk,
  startInProcessWorker,
  startTestApi,
  startTestWorker,
  type TestApi,
  type TestWorker,
} from '@claimlane/testing';
import { corpusLetter, renderTestPdf } from '@claimlane/testing-fixtures';
import { PacketsWorkerModule } from '@claimlane/server-letters';
import { buildWebApp, launchChromium, screenshot } from './browser.test-helper';
import { browserSession } from './browser-session.test-helper';

// A real plan letter from the corpus, re-dated to the clinic's today so its deadlines are live.
const noticeDate = clinicDayInWords();
const LETTER = corpusLetter('plan-letter/aca-mn-wording-6').text.replace(
  /Mar 18, 2025/g,
  noticeDate,
);

// Three pages of chart notes; the exhibit is pages 2–3, so the quote below is on its page 1.
const CHART = [
  'Visit 2025-01-10. Patient reports low back pain radiating to the left leg.',
  'PT twice weekly since 2024-12-01, 8 weeks completed without relief.',
  'Exam: absent left ankle reflex. Plan: MRI lumbar spine.',
];

/** Poppler's page count and text of one page (poppler-utils, which .ci/run installs for OCR). */
function pdfPages(path: string): number {
  const r = spawnSync('pdfinfo', [path], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pdfinfo failed: ${r.stderr}`);
  return Number(/^Pages:\s+(\d+)/m.exec(r.stdout)![1]);
}
function pdfPageText(path: string, page: number): string {
  const r = spawnSync('pdftotext', ['-f', String(page), '-l', String(page), path, '-'], {
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`pdftotext failed: ${r.stderr}`);
  return r.stdout.replace(/\s+/g, ' ');
}

describe('case evidence in a real browser: matrix → letter → packet', () => {
  let api: TestApi;
  let worker: TestWorker;
  let packets: INestApplicationContext;
  let browser: Browser;

  beforeAll(async () => {
    buildWebApp();
    api = await startTestApi();
    worker = await startTestWorker({
      appUrl: api.db.appUrl,
      taskQueue: api.config.TEMPORAL_TASK_QUEUE,
    });
    // The BullMQ `packets` queue, as apps/worker runs it.
    packets = await startInProcessWorker(api, { imports: [PacketsWorkerModule] });
    browser = await launchChromium();
    // A Vite build takes ~25 s on an idle machine and minutes on a busy one.
  }, 420_000);
  afterAll(async () => {
    await browser?.close();
    await packets?.close();
    await worker?.stop();
    await api?.close();
  });
  const { newPage, expectAccessible, signIn, consoleErrors } = browserSession(
    () => browser,
    () => api.url,
    'evidence',
  );

  it(
    'pasted denial → criterion mapped to an exhibit → letter edited → packet built and downloaded as a PDF',
    { timeout: 300_000 },
    async () => {
      const t = await createTestTenant(api);
      const page = await newPage({ acceptDownloads: true });
      await signIn(page, t.owner);

      // The case comes from a pasted denial, as a biller makes one.
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Intake' })
        .click();
      await page.getByLabel('Case title (optional)').fill('Lumbar MRI denial');
      await page.getByLabel('Denial letter text').fill(LETTER);
      await page.getByRole('button', { name: 'Analyse and open case' }).click();
      await page.getByRole('heading', { name: 'Lumbar MRI denial' }).waitFor();
      const caseId = /\/cases\/([0-9a-f-]{36})$/.exec(page.url())![1]!;

      // The chart notes arrive as a text PDF attached to the case (uploads have their own screen).
      const pdf = await renderTestPdf(CHART.map((text) => ({ text })));
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(pdf.bytes)]), 'chart.pdf');
      const up = await fetch(`${api.url}/documents`, {
        method: 'POST',
        headers: t.headers,
        body: form,
      });
      expect(up.status).toBeLessThan(300);
      const documentId = ((await up.json()) as { id: string }).id;
      expectOk(
        await api.gql(
          `mutation($i: AttachCaseDocumentInput!) { attachCaseDocument(input: $i) { id } }`,
          { i: { caseId, documentId, kind: 'chart_notes', title: 'Chart notes Jan 2025' } },
          t.headers,
        ),
      );

      // Matrix: add a criterion, cut exhibit A from the chart, map the criterion to its page 1.
      await page.getByRole('tab', { name: 'Criteria matrix' }).click();
      const panel = page.getByRole('tabpanel');
      const addForm = panel.getByRole('form', { name: 'Add a criterion' });
      await addForm.getByRole('button', { name: 'Add criterion' }).click();
      await addForm.getByText('Enter the criterion text').waitFor();
      await addForm.getByLabel(/^Criterion text/).fill('At least 6 weeks of physical therapy');
      await addForm.getByRole('button', { name: 'Add criterion' }).click();
      const criteria = panel.getByRole('table', { name: 'Criteria' });
      await criteria.getByText('At least 6 weeks of physical therapy').waitFor();
      await panel.getByText('0 of 1 criteria answered').waitFor();

      const exhibitForm = panel.getByRole('form', { name: 'Create an exhibit' });
      await exhibitForm
        .getByLabel(/^Document/)
        .selectOption({ label: 'Chart notes Jan 2025 (3 pages)' });
      await exhibitForm.getByLabel(/^First page/).fill('2');
      await exhibitForm.getByLabel(/^Exhibit title/).fill('Chart notes');
      await exhibitForm.getByRole('button', { name: 'Create exhibit' }).click();
      const exhibits = panel.getByRole('table', { name: 'Exhibits' });
      await exhibits.getByText('Chart notes Jan 2025, pp. 2–3 (2 pages)').waitFor();

      const linkForm = panel.getByRole('form', { name: 'Link evidence' });
      await linkForm.getByLabel(/^Criterion/).selectOption({ index: 1 });
      await linkForm.getByLabel(/^Exhibit/).selectOption({ index: 1 });
      // Cite or abstain: a quote that is not on the page is refused with the API's reason.
      await linkForm.getByLabel(/^Quote from the record/).fill('PT three times weekly');
      await linkForm.getByRole('button', { name: 'Link evidence' }).click();
      await linkForm.getByRole('alert').waitFor();
      expect(await criteria.getByText('None linked').count()).toBe(1);
      await linkForm.getByLabel(/^Quote from the record/).fill('PT twice weekly since 2024-12-01');
      await linkForm.getByRole('button', { name: 'Link evidence' }).click();
      await criteria.getByText('Exhibit A, p. 1: “PT twice weekly since 2024-12-01”').waitFor();
      await panel.getByText('1 of 1 criteria answered').waitFor();
      await expectAccessible(page, 'case-matrix');
      await screenshot(page, 'case-matrix');

      // Letters: generate the level-1 appeal, edit a section (validation first), see version 2.
      await page.getByRole('tab', { name: 'Letters' }).click();
      const letters = page.getByRole('tabpanel');
      await letters.getByLabel(/^Letter kind/).selectOption('level1_appeal');
      await letters.getByRole('button', { name: 'Generate letter' }).click();
      const editor = letters.getByRole('region', { name: /^Letter: / });
      await editor.waitFor();
      const edit = editor.getByRole('button', { name: /^Edit section / }).first();
      await edit.click();
      const sectionForm = editor.getByRole('form', { name: /^Edit section / });
      await sectionForm.getByLabel(/^Text/).fill('');
      await sectionForm.getByRole('button', { name: 'Save section' }).click();
      await sectionForm.getByText('Write at least one paragraph').waitFor();
      await sectionForm
        .getByLabel(/^Text/)
        .fill('Eight weeks of physical therapy failed (Exhibit A, page 1).');
      await sectionForm.getByRole('button', { name: 'Save section' }).click();
      await editor
        .getByText('Eight weeks of physical therapy failed (Exhibit A, page 1).')
        .waitFor();
      await editor.getByText(/^Version 2 /).waitFor();
      await editor.getByRole('button', { name: 'View version 1' }).click();
      await editor.getByRole('region', { name: 'Version 1' }).waitFor();
      // The owner is no clinician: the sign-off waits for one.
      await editor.getByText('Awaiting a clinician’s sign-off').waitFor();
      await editor.getByRole('button', { name: 'Draft PDF' }).click();
      const letterLink = editor.getByRole('link', { name: /^Download draft PDF/ });
      await letterLink.waitFor();
      const letterPdf = await fetch(`${api.url}${await letterLink.getAttribute('href')}`);
      expect(
        Buffer.from(await letterPdf.arrayBuffer())
          .subarray(0, 5)
          .toString('latin1'),
      ).toBe('%PDF-');
      await expectAccessible(page, 'case-letters');
      await screenshot(page, 'case-letters');

      // Packet: build, watch it finish, download it through the browser.
      await page.getByRole('tab', { name: 'Packet' }).click();
      const packetPanel = page.getByRole('tabpanel');
      await packetPanel.getByRole('button', { name: 'Build packet' }).click();
      const ready = packetPanel.getByText(/^Packet ready: \d+ pages$/);
      await ready.waitFor({ timeout: 60_000 });
      const shown = Number(/(\d+) pages/.exec((await ready.textContent())!)![1]);
      const row = packetPanel.getByRole('table', { name: 'Packet exhibits' }).locator('tbody tr');
      const [from, to] = (await row.first().locator('td').nth(2).textContent())!
        .split('–')
        .map(Number);
      await expectAccessible(page, 'case-packet');
      await screenshot(page, 'case-packet');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        packetPanel.getByRole('link', { name: 'Download packet (PDF)' }).click(),
      ]);
      const path = await download.path();
      expect(download.suggestedFilename()).toMatch(/\.pdf$/);
      // A PDF whose pages are the ones the screen announced; exhibit A's two pages are stamped.
      expect(pdfPages(path)).toBe(shown);
      expect(to! - from! + 1).toBe(2);
      expect(shown).toBeGreaterThanOrEqual(to!);
      const first = pdfPageText(path, from!);
      expect(first).toContain('Exhibit A — page 1 of 2');
      expect(first).toContain('PT twice weekly since 2024-12-01');
      expect(pdfPageText(path, to!)).toContain('Exhibit A — page 2 of 2');

      // Building sealed the exhibit; the matrix says so.
      await page.getByRole('tab', { name: 'Criteria matrix' }).click();
      await page
        .getByRole('tabpanel')
        .getByRole('table', { name: 'Exhibits' })
        .locator('tbody')
        .getByText('Sealed')
        .waitFor();
      expect(consoleErrors.filter((e) => !/status of 4\d\d/.test(e))).toEqual([]);
    },
  );
  it(
    'a clinician signs off and renders final; a viewer sees no editing controls',
    { timeout: 180_000 },
    async () => {
      const t = await createTestTenant(api);
      const caseId = expectOk(
        await api.gql<{ createCaseFromDenial: { id: string } }>(
          `mutation($i: CreateCaseFromDenialInput!) { createCaseFromDenial(input: $i) { id } }`,
          { i: { text: LETTER, title: 'Sign-off case' } },
          t.headers,
        ),
      ).createCaseFromDenial.id;
      expectOk(
        await api.gql(
          `mutation($i: GenerateLetterInput!) { generateLetter(input: $i) { id } }`,
          { i: { caseId, kind: 'provider_medical_necessity' } },
          t.headers,
        ),
      );
      const clinician = await addMember(api, t, 'CLINICIAN');
      const viewer = await addMember(api, t, 'VIEWER');
      const openLetterAs = async (user: { email: string; password: string }) => {
        const page = await newPage({ acceptDownloads: true });
        await signIn(page, user);
        await page.goto(`${api.url}/cases/${caseId}`);
        await page.getByRole('heading', { name: 'Sign-off case' }).waitFor();
        await page.getByRole('tab', { name: 'Letters' }).click();
        await page.getByRole('table', { name: 'Letters' }).getByRole('button').first().click();
        return { page, letter: page.getByRole('region', { name: /^Letter: / }) };
      };

      const { page: clinicianPage, letter: asClinician } = await openLetterAs(clinician);
      // A provider letter renders final only once a clinician signed its current version.
      await asClinician.getByRole('button', { name: 'Final PDF' }).click();
      await asClinician.getByRole('alert').waitFor();
      await asClinician.getByRole('button', { name: 'Sign off version 1' }).click();
      await asClinician.getByText(/^Signed off v1/).waitFor();
      await asClinician.getByRole('button', { name: 'Final PDF' }).click();
      await asClinician.getByRole('link', { name: /^Download final PDF/ }).waitFor();
      await screenshot(clinicianPage, 'case-letter-signed');

      const { page, letter: asViewer } = await openLetterAs(viewer);
      await asViewer.getByText(/^Signed off v1/).waitFor();
      expect(
        await asViewer.getByRole('button', { name: /^Edit section|^Sign off|^Regenerate/ }).count(),
      ).toBe(0);
      expect(await page.getByRole('form', { name: 'Generate a letter' }).count()).toBe(0);
      await page.getByRole('tab', { name: 'Criteria matrix' }).click();
      await page.getByText('0 of 0 criteria answered').waitFor();
      expect(await page.getByRole('tabpanel').getByRole('form').count()).toBe(0);
      await page.getByRole('tab', { name: 'Packet' }).click();
      await page.getByText('Your role cannot build packets.').waitFor();
      expect(await page.getByRole('button', { name: 'Build packet' }).count()).toBe(0);
      await expectAccessible(page, 'case-packet-viewer');
    },
  );
});
