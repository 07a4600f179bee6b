import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  createTestTenant,
  expectOk,
  startTestApi,
  type TestApi,
  type TestTenant,
} from '@claimlane/testing';
import { buildWebApp, launchChromium, screenshot } from './browser.test-helper';
import { browserSession } from './browser-session.test-helper';

const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('case notes and analytics in a real browser', () => {
  let api: TestApi;
  let browser: Browser;
  let t: TestTenant;
  let caseId: string;

  beforeAll(async () => {
    buildWebApp();
    api = await startTestApi();
    browser = await launchChromium();
    t = await createTestTenant(api);
    caseId = expectOk(
      await api.gql<{ createAppealCase: { id: string } }>(
        `mutation($i: CreateAppealCaseInput!) { createAppealCase(input: $i) { id } }`,
        {
          i: {
            payerName: 'Acme Health',
            title: 'Knee MRI denial',
            cptHcpcs: ['73721'],
            patient: { lastName: 'Doe' },
          },
        },
        t.headers,
      ),
    ).createAppealCase.id;
    // Two decided appeals this month (owner SQL: the numbers must be exact, and deciding a case
    // through the workflow is the appeal-process suite's business).
    const owner = new Client({ connectionString: api.db.ownerUrl });
    await owner.connect();
    try {
      const payer = (await owner.query(`select id from payers where tenant_id = $1`, [t.id]))
        .rows[0].id as string;
      for (const [outcome, amount] of [
        ['overturned', 1200],
        ['upheld', 300],
      ] as const) {
        const claim = (
          await owner.query(
            `insert into claims (tenant_id, payer_id, cpt_hcpcs) values ($1, $2, '{97110}') returning id`,
            [t.id, payer],
          )
        ).rows[0].id;
        const denial = (
          await owner.query(
            `insert into denials (tenant_id, claim_id, payer_id, category, notice_date)
             values ($1, $2, $3, 'medical_necessity', $4) returning id`,
            [t.id, claim, payer, isoDay(Date.now() - 3 * DAY)],
          )
        ).rows[0].id;
        await owner.query(
          `insert into appeal_cases (tenant_id, denial_id, claim_id, payer_id, stage, outcome, decided_at, amount_at_stake)
           values ($1, $2, $3, $4, $5, $5, $6, $7)`,
          [t.id, denial, claim, payer, outcome, new Date(Date.now() - DAY).toISOString(), amount],
        );
      }
    } finally {
      await owner.end();
    }
  }, 420_000);
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });
  const { newPage, expectAccessible, signIn, consoleErrors } = browserSession(
    () => browser,
    () => api.url,
    'notes-analytics',
  );

  it('adds a note on the case page, then reads the analytics', { timeout: 240_000 }, async () => {
    const page = await newPage();
    await signIn(page, t.owner);

    await page.goto(`${api.url}/cases/${caseId}`);
    await page.getByRole('heading', { name: 'Knee MRI denial' }).waitFor();
    await page.getByRole('tab', { name: 'Notes' }).click();
    const panel = page.getByRole('tabpanel');
    await panel.getByText('No notes on this case yet.').waitFor();
    // Validation before anything is sent.
    await panel.getByRole('button', { name: 'Add note' }).click();
    await panel.getByText('Write something before saving the note').waitFor();
    await panel
      .getByLabel('New note')
      .fill('Called Acme: reviewer credentials promised by Friday.');
    await panel.getByRole('button', { name: 'Add note' }).click();
    const list = panel.getByRole('list', { name: 'Case notes' });
    await list.getByText('Called Acme: reviewer credentials promised by Friday.').waitFor();
    expect(await panel.getByLabel('New note').inputValue()).toBe('');
    await expectAccessible(page, 'case-notes');
    await screenshot(page, 'case-notes');

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Analytics' })
      .click();
    const rates = page.getByRole('figure', { name: 'Overturn rate by payer' });
    await rates.waitFor();
    expect(await rates.locator('figcaption').textContent()).toBe('Acme Health: 50% of 2 decisions');
    await page.getByRole('figure', { name: 'Denials by month and category' }).waitFor();
    await page.getByRole('figure', { name: 'Cases by stage' }).waitFor();
    expect(await page.getByText('No appeal was decided in this range.').count()).toBe(0);
    await expectAccessible(page, 'analytics');
    await screenshot(page, 'analytics-range');
    expect(consoleErrors).toEqual([]);
  });
});
