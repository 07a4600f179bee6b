import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  clinicDayInWords,
  addMember,
  bearer,
  createTestTenant,
  errorCode,
  expectEventually,
  expectOk,
  startTestApi,
  startTestWorker,
  unique,
  type TestApi,
  type TestWorker,
} from '@claimlane/testing';
import { corpusLetter } from '@claimlane/testing-fixtures';
import { buildWebApp, launchChromium, screenshot } from './browser.test-helper';
import { browserSession } from './browser-session.test-helper';

// A real plan letter from the corpus, re-dated to the clinic's today so its deadlines are live.
const noticeDate = clinicDayInWords();
const LETTER = corpusLetter('plan-letter/aca-mn-wording-6').text.replace(
  /Mar 18, 2025/g,
  noticeDate,
);

describe('the web app in a real browser', () => {
  let api: TestApi;
  let worker: TestWorker;
  let browser: Browser;

  beforeAll(async () => {
    buildWebApp();
    api = await startTestApi();
    worker = await startTestWorker({
      appUrl: api.db.appUrl,
      taskQueue: api.config.TEMPORAL_TASK_QUEUE,
    });
    browser = await launchChromium();
    // A Vite build takes ~25 s on an idle machine and minutes on a busy one.
  }, 420_000);
  afterAll(async () => {
    await browser?.close();
    await worker?.stop();
    await api?.close();
  });
  const { newPage, expectAccessible, signIn } = browserSession(
    () => browser,
    () => api.url,
    'web',
  );

  /** The token of the sign-up link mailed to `email` (the API's log-to-folder mail transport). */
  async function signUpToken(email: string): Promise<string> {
    const dir = join(api.config.DATA_DIR, 'mail');
    return expectEventually(async () => {
      for (const f of await readdir(dir).catch(() => [] as string[])) {
        const mail = JSON.parse(await readFile(join(dir, f), 'utf8')) as {
          to?: Array<{ address: string }>;
          text?: string;
        };
        const token = /verify-email#token=([A-Za-z0-9_-]+)/.exec(mail.text ?? '')?.[1];
        if (token && mail.to?.some((t) => t.address === email)) return token;
      }
      throw new Error(`no sign-up mail to ${email} yet`);
    });
  }

  const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

  it('serves the app with its CSP and deep links from the API origin', async () => {
    const res = await fetch(`${api.url}/cases/some-id`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await res.text();
    expect(html).toContain('<div id="root">');
    // Built from inside the test runner (NODE_ENV=test), the bundle must still be React's production build.
    const entry = /<script[^>]+src="([^"]+\.js)"/.exec(html)?.[1];
    expect(entry, html).toBeTruthy();
    const js = await (await fetch(`${api.url}${entry}`)).text();
    expect(js.length).toBeGreaterThan(10_000);
    expect(js).not.toContain('jsxDEV');
    // API routes are not swallowed by the fallback.
    expect((await fetch(`${api.url}/health`)).status).toBe(200);
    const missing = await fetch(`${api.url}/assets/nope.js`);
    expect(missing.status).toBe(404);
  });

  it(
    'sign up → create a clinic → paste a denial → findings, deadlines, letter → stages',
    {
      timeout: 240_000,
    },
    async () => {
      const page = await newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));

      await page.goto(`${api.url}/sign-up`);
      await page.getByRole('heading', { name: 'Create your account' }).waitFor();
      // Validation messages appear before anything is sent.
      await page.getByRole('button', { name: 'Create account' }).click();
      await page.getByText('Enter your name').waitFor();
      await page.getByText('Enter a password').waitFor();
      await expectAccessible(page, 'sign-up');
      await screenshot(page, 'sign-up');

      const email = `${unique('dana')}@example.test`;
      await page.getByLabel('Your name').fill('Dana Biller');
      await page.getByLabel('E-mail').fill(email);
      await page.locator('input[type="password"]').fill('correct horse battery');
      await page.getByRole('button', { name: 'Create account' }).click();
      // The account starts from the link mailed to the address (no enumeration, issue 14).
      await page.getByText('Check your e-mail').waitFor();
      await page.goto(`${api.url}/verify-email#token=${await signUpToken(email)}`);

      await page.getByRole('heading', { name: 'Create a workspace' }).waitFor();
      await expectAccessible(page, 'create-workspace');
      await page.getByLabel('Workspace name').fill('Riverside Family Clinic');
      await page.getByRole('button', { name: 'Create workspace' }).click();

      await page.getByRole('heading', { name: 'Worklist' }).waitFor();
      await page.getByText('No cases yet').waitFor();
      await expectAccessible(page, 'worklist-empty');

      await nav(page).getByRole('link', { name: 'Intake' }).click();
      await page.getByLabel('Case title (optional)').fill('Caspian PT denial');
      await page.getByLabel('Denial letter text').fill(LETTER);
      await expectAccessible(page, 'intake');
      await screenshot(page, 'intake');
      await page.getByRole('button', { name: 'Analyse and open case' }).click();

      await page.getByRole('heading', { name: 'Caspian PT denial' }).waitFor();
      expect(page.url()).toMatch(/\/cases\/[0-9a-f-]{36}$/);
      const findings = page.locator('[id^="finding-"]');
      expect(await findings.count()).toBeGreaterThan(0);
      await expectAccessible(page, 'case-findings');
      await screenshot(page, 'case-findings');

      // The stored letter, with the spans the findings cite marked and linked to them.
      await page.getByRole('tab', { name: 'Denial letter' }).click();
      const stored = page.getByLabel('Denial letter text');
      await stored.waitFor();
      expect(await stored.locator('a[href^="#finding-"] mark').count()).toBeGreaterThan(0);
      await expectAccessible(page, 'case-denial-letter');
      await screenshot(page, 'case-denial-letter');

      await page.getByRole('tab', { name: /Deadlines/ }).click();
      await page.getByText('Citation:').first().waitFor();
      await page.getByText(/Rule/).first().waitFor();
      await expectAccessible(page, 'case-deadlines');
      await screenshot(page, 'case-deadlines');
      await page.getByRole('tab', { name: 'Request letter' }).click();
      const letter = page.getByLabel('Request letter text');
      expect((await letter.textContent())?.length ?? 0).toBeGreaterThan(100);
      await page.getByRole('button', { name: 'Copy letter' }).waitFor();
      await expectAccessible(page, 'case-request-letter');

      const stage = () => page.getByLabel(/^Stage: /).textContent();
      expect(await stage()).toBe('Intake');
      // Intake offers records and submission, not a decision.
      const actions = page.getByRole('group', { name: 'Stage actions' });
      expect(await actions.getByRole('button', { name: 'Record decision' }).count()).toBe(0);
      await actions.getByRole('button', { name: 'Request records' }).click();
      await page.getByLabel('Stage: Records requested').waitFor();
      await actions.getByRole('button', { name: 'Records received' }).click();
      await page.getByLabel('Stage: Evidence').waitFor();
      await actions.getByRole('button', { name: 'Submit appeal' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: 'Submit appeal' }).click();
      await dialog.getByText('Choose how the appeal was sent').waitFor();
      await dialog.getByLabel('Sent by').selectOption('fax');
      await dialog.getByLabel('Proof of submission').fill('FAX-CONF-0042');
      await dialog.getByRole('button', { name: 'Submit appeal' }).click();
      await page.getByLabel('Stage: Awaiting decision').waitFor();
      expect(await actions.getByRole('button', { name: 'Record decision' }).count()).toBe(1);
      expect(await actions.getByRole('button', { name: 'Submit appeal' }).count()).toBe(0);
      await screenshot(page, 'case-awaiting-decision');

      // Every other tab of the case page (those above were opened already) renders without errors
      // and passes axe on its own; most load on demand.
      for (const tab of [
        'Timeline',
        'Notes',
        'Documents',
        'Criteria matrix',
        'Letters',
        'Packet',
        'Record Calls',
        'Contact log',
      ]) {
        await page.getByRole('tab', { name: tab }).click();
        const panel = page.getByRole('tabpanel');
        await panel.getByText('Loading…').waitFor({ state: 'detached' });
        await panel.locator('table, p, ul, [role="alert"]').first().waitFor();
        expect(await panel.getByText('Something went wrong').count(), tab).toBe(0);
        await expectAccessible(page, `case-tab-${tab}`);
      }

      await nav(page).getByRole('link', { name: 'Worklist' }).click();
      const row = page.locator('tr', { hasText: 'Caspian PT denial' });
      await row.waitFor();
      expect(await row.textContent()).toContain('Awaiting decision');
      await expectAccessible(page, 'worklist');
      await screenshot(page, 'worklist');

      await nav(page).getByRole('link', { name: 'Analytics' }).click();
      await page.getByRole('figure', { name: 'Cases by stage' }).waitFor();
      expect(await page.getByText('Awaiting decision: 1').count()).toBe(1);
      await expectAccessible(page, 'analytics');
      await screenshot(page, 'analytics');

      await nav(page).getByRole('link', { name: 'Workspace', exact: true }).click();
      await page.getByRole('table', { name: 'Members' }).waitFor();
      await expectAccessible(page, 'admin-members');
      await page.getByRole('tab', { name: 'Settings' }).click();
      await page.getByLabel('Time zone').waitFor();
      await expectAccessible(page, 'admin-settings');
      await page.getByRole('tab', { name: 'Billing' }).click();
      await page.getByText('Plan', { exact: true }).first().waitFor();
      await expectAccessible(page, 'admin-billing');
      await page.getByRole('tab', { name: 'Audit log' }).click();
      await page.getByRole('table', { name: 'Audit log' }).waitFor();
      await expectAccessible(page, 'admin-audit');
      await screenshot(page, 'admin-audit');

      expect(errors).toEqual([]);
    },
  );

  it('the public Record Check needs no account and stores nothing', async () => {
    const page = await newPage();
    await page.goto(`${api.url}/check`);
    await page.getByRole('button', { name: 'Check this letter' }).click();
    await page.getByText('Paste the text of the denial letter').waitFor();
    await page.getByLabel('Denial letter text').fill(LETTER);
    await page.getByRole('button', { name: 'Check this letter' }).click();
    await page.getByRole('heading', { name: /Weaknesses/ }).waitFor();
    await page.getByText('Medical necessity').first().waitFor();
    expect(await page.locator('mark').count()).toBeGreaterThan(0);
    expect(
      (await page.getByLabel('Request letter text').textContent())?.length ?? 0,
    ).toBeGreaterThan(100);
    await expectAccessible(page, 'record-check');
    await screenshot(page, 'record-check');
    const cookies = await page.context().cookies();
    expect(cookies).toEqual([]);
    expect(await page.evaluate('localStorage.length')).toBe(0);
  });

  it('two tenants in two browser contexts never see each other’s cases', async () => {
    const a = await createTestTenant(api);
    const b = await createTestTenant(api);
    const title = unique('Tenant A secret case');
    const created = expectOk(
      await api.gql<{ createCaseFromDenial: { id: string } }>(
        `mutation($i: CreateCaseFromDenialInput!) { createCaseFromDenial(input: $i) { id } }`,
        { i: { text: LETTER, title } },
        a.headers,
      ),
    ).createCaseFromDenial;

    const pageA = await newPage();
    const pageB = await newPage();
    await signIn(pageA, a.owner);
    await signIn(pageB, b.owner);
    await pageA.getByRole('link', { name: title }).waitFor();
    await pageB.getByText('No cases yet').waitFor();
    expect(await pageB.getByText(title).count()).toBe(0);

    await pageB.goto(`${api.url}/cases/${created.id}`);
    await pageB.getByText('Case not found').waitFor();
    expect(await pageB.getByText(title).count()).toBe(0);
    await pageA.goto(`${api.url}/cases/${created.id}`);
    await pageA.getByRole('heading', { name: title }).waitFor();
  });

  it('searches the worklist and assigns a selection in one go', async () => {
    const t = await createTestTenant(api);
    const biller = await addMember(api, t, 'BILLER');
    const tag = unique('bulk');
    for (const [i, last] of ['Abernathy', 'Brightwater', 'Castellanos'].entries()) {
      expectOk(
        await api.gql(
          `mutation($i: CreateAppealCaseInput!) { createAppealCase(input: $i) { id } }`,
          {
            i: {
              payerName: 'Acme Health',
              title: `${tag} case ${i}`,
              claimNumber: `${tag}-CLM-${i}`,
              patient: { lastName: last },
              deniedAmount: 100,
            },
          },
          t.headers,
        ),
      );
    }
    const page = await newPage();
    await signIn(page, t.owner);
    await page.getByLabel('Open: 3').waitFor();
    const rows = page.getByRole('table', { name: 'Cases' }).locator('tbody tr');

    await page.getByLabel(/^Search/).fill('brightw');
    await page.getByText('1 case · showing 1').waitFor();
    expect(await rows.first().textContent()).toContain(`${tag} case 1`);
    await page.getByLabel(/^Search/).fill('');
    await page.getByText('3 cases · showing 3').waitFor();

    await page.getByLabel(`Select ${tag} case 0`).check();
    await page.getByLabel(`Select ${tag} case 2`).check();
    const bar = page.getByRole('region', { name: 'Bulk actions' });
    await bar.getByPlaceholder('Choose a person').click();
    await page.getByRole('option', { name: 'BILLER' }).click();
    await bar.getByRole('button', { name: 'Assign' }).click();
    // The default view is me + unassigned: the two cases now belong to the biller and leave it.
    await page.getByText('1 case · showing 1').waitFor();
    await screenshot(page, 'worklist-bulk-assigned');
    const assigned = expectOk(
      await api.gql<{ appealCases: { totalCount: number } }>(
        `query { appealCases(filter: { assignedTo: ME }) { totalCount } }`,
        {},
        bearer(biller, t.id),
      ),
    );
    expect(assigned.appealCases.totalCount).toBe(2);
  });

  it('a VIEWER sees no action buttons, and the API refuses the actions anyway', async () => {
    const t = await createTestTenant(api);
    const title = unique('Viewer case');
    const c = expectOk(
      await api.gql<{ createCaseFromDenial: { id: string } }>(
        `mutation($i: CreateCaseFromDenialInput!) { createCaseFromDenial(input: $i) { id } }`,
        { i: { text: LETTER, title } },
        t.headers,
      ),
    ).createCaseFromDenial;
    const viewer = await addMember(api, t, 'VIEWER');

    const page = await newPage();
    await signIn(page, viewer);
    await page.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { name: title }).waitFor();
    await page.locator('[id^="finding-"]').first().waitFor();
    expect(await page.getByRole('group', { name: 'Stage actions' }).count()).toBe(0);
    expect(
      await page.getByRole('button', { name: /Request records|Submit appeal|Close case/ }).count(),
    ).toBe(0);
    expect(await page.getByRole('link', { name: 'Intake' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'New case' }).count()).toBe(0);
    await screenshot(page, 'case-viewer');

    const refused = await api.gql(
      `mutation($i: CaseEventInput!) { requestRecords(input: $i) { id } }`,
      { i: { caseId: c.id } },
      bearer(viewer, t.id),
    );
    expect(errorCode(refused)).toBe('FORBIDDEN');
  });
});
