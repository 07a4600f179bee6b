import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addMember,
  bearer,
  countStatements,
  createTestTenant,
  errorCode,
  expectOk,
  startTestApi,
  type TestApi,
  type TestTenant,
} from '@claimlane/testing';

const ANALYTICS = `query($from: String!, $to: String!) { caseAnalytics(from: $from, to: $to) {
  from to months denials
  denialsByCategory { month key label count }
  denialsByPayer { month key label count }
  decided overturned partiallyOverturned overturnRate recoveredAmount
  overturnByPayer { key label decided overturned partiallyOverturned rate recoveredAmount }
  overturnByCategory { key label decided overturned partiallyOverturned rate recoveredAmount }
  overturnByCpt { key label decided overturned partiallyOverturned rate recoveredAmount }
  decisionsWithPayerDeadline decidedOnTime payerOnTimeRate
  payerOnTime { payerId payerName decisions onTime rate } } }`;

interface Rate {
  key: string;
  label: string;
  decided: number;
  overturned: number;
  partiallyOverturned: number;
  rate: number;
  recoveredAmount: number;
}
interface Analytics {
  months: string[];
  denials: number;
  denialsByCategory: Array<{ month: string; key: string; label: string; count: number }>;
  denialsByPayer: Array<{ month: string; key: string; label: string; count: number }>;
  decided: number;
  overturned: number;
  partiallyOverturned: number;
  overturnRate: number | null;
  recoveredAmount: number;
  overturnByPayer: Rate[];
  overturnByCategory: Rate[];
  overturnByCpt: Rate[];
  decisionsWithPayerDeadline: number;
  decidedOnTime: number;
  payerOnTimeRate: number | null;
  payerOnTime: Array<{
    payerId: string;
    payerName: string;
    decisions: number;
    onTime: number;
    rate: number;
  }>;
}

interface Seed {
  payer: string | null;
  category: string;
  notice?: string;
  received?: string;
  cpts?: string[];
  outcome?: string;
  decidedAt?: string;
  amount?: number;
  /** Payer deadlines of the case: due time and status. */
  payerDeadlines?: Array<[string, string]>;
}

/**
 * Seeds denials and decided cases with SQL as the owner (the numbers must be exact, which driving
 * every case through the appeal workflow would not make quicker or clearer), then reads them back
 * through GraphQL as a VIEWER.
 */
describe('caseAnalytics: denials over time, overturn rates, money recovered, payer on-time rate', () => {
  let api: TestApi;
  let t: TestTenant;
  let other: TestTenant;
  let owner: Client;
  let viewerHeaders: Record<string, string>;
  const payers: Record<string, string> = {};

  async function seed(tenantId: string, s: Seed): Promise<void> {
    const claim = s.cpts
      ? (
          await owner.query(
            `insert into claims (tenant_id, payer_id, cpt_hcpcs) values ($1, $2, $3) returning id`,
            [tenantId, s.payer, s.cpts],
          )
        ).rows[0].id
      : null;
    const denial = (
      await owner.query(
        `insert into denials (tenant_id, claim_id, payer_id, category, notice_date, received_date)
         values ($1, $2, $3, $4, $5, $6) returning id`,
        [tenantId, claim, s.payer, s.category, s.notice ?? null, s.received ?? null],
      )
    ).rows[0].id;
    if (!s.outcome) return;
    const stage = s.outcome === 'withdrawn' ? 'closed' : s.outcome;
    const kase = (
      await owner.query(
        `insert into appeal_cases (tenant_id, denial_id, claim_id, payer_id, stage, outcome, decided_at, amount_at_stake)
         values ($1, $2, $3, $4, $5, $6, $7, $8) returning id`,
        [tenantId, denial, claim, s.payer, stage, s.outcome, s.decidedAt, s.amount ?? null],
      )
    ).rows[0].id;
    for (const [due, status] of s.payerDeadlines ?? [])
      await owner.query(
        `insert into deadlines (tenant_id, case_id, kind, due_at, due_text, party, status)
         values ($1, $2, 'payer_appeal_decision', $3::timestamptz, $3::text, 'payer', $4)`,
        [tenantId, kase, due, status],
      );
  }

  beforeAll(async () => {
    api = await startTestApi();
    t = await createTestTenant(api);
    other = await createTestTenant(api);
    viewerHeaders = bearer(await addMember(api, t, 'VIEWER'), t.id);
    owner = new Client({ connectionString: api.db.ownerUrl });
    await owner.connect();
    for (const name of ['Acme Health', 'Beta Care'])
      payers[name] = (
        await owner.query(`insert into payers (tenant_id, name) values ($1, $2) returning id`, [
          t.id,
          name,
        ])
      ).rows[0].id;
    const acme = payers['Acme Health']!;
    const beta = payers['Beta Care']!;
    // c1: overturned before its deadline; c2: upheld after it; c3: partially overturned exactly at
    // its deadline (a cancelled later one is ignored); c4: withdrawn (no decision); c5: decided after
    // the range; c6: no payer, no deadline, decided late on the range's last day; d5: denial only,
    // before the range; d7: denial with a received date only.
    await seed(t.id, {
      payer: acme,
      category: 'medical_necessity',
      notice: '2025-01-10',
      cpts: ['99213', '97110'],
      outcome: 'overturned',
      decidedAt: '2025-03-01T00:00:00Z',
      amount: 1000,
      payerDeadlines: [['2025-03-05T00:00:00Z', 'met']],
    });
    await seed(t.id, {
      payer: acme,
      category: 'medical_necessity',
      notice: '2025-01-20',
      cpts: ['99213'],
      outcome: 'upheld',
      decidedAt: '2025-04-10T00:00:00Z',
      amount: 500,
      payerDeadlines: [['2025-04-01T00:00:00Z', 'missed']],
    });
    await seed(t.id, {
      payer: beta,
      category: 'prior_authorization',
      notice: '2025-02-05',
      cpts: ['97110'],
      outcome: 'partially_overturned',
      decidedAt: '2025-05-01T00:00:00Z',
      amount: 300,
      payerDeadlines: [
        ['2025-05-01T00:00:00Z', 'met'],
        ['2025-06-30T00:00:00Z', 'cancelled'],
      ],
    });
    await seed(t.id, {
      payer: beta,
      category: 'medical_necessity',
      received: '2025-03-01',
      outcome: 'withdrawn',
      decidedAt: '2025-05-02T00:00:00Z',
      amount: 50,
    });
    await seed(t.id, {
      payer: acme,
      category: 'coding_billing',
      notice: '2024-12-31',
      cpts: ['99213'],
      outcome: 'overturned',
      decidedAt: '2025-07-15T00:00:00Z',
      amount: 9999,
    });
    await seed(t.id, {
      payer: null,
      category: 'other',
      notice: '2025-02-14',
      outcome: 'overturned',
      decidedAt: '2025-06-30T18:00:00Z',
      amount: 200,
    });
    await seed(t.id, { payer: beta, category: 'timely_filing', notice: '2025-06-30' });
    // Another tenant's data in the same months must count nowhere.
    const theirPayer = (
      await owner.query(
        `insert into payers (tenant_id, name) values ($1, 'Acme Health') returning id`,
        [other.id],
      )
    ).rows[0].id;
    await seed(other.id, {
      payer: theirPayer,
      category: 'medical_necessity',
      notice: '2025-01-15',
      cpts: ['99213'],
      outcome: 'overturned',
      decidedAt: '2025-02-01T00:00:00Z',
      amount: 77777,
      payerDeadlines: [['2025-01-01T00:00:00Z', 'missed']],
    });
  }, 120_000);

  afterAll(async () => {
    await owner?.end();
    await api?.close();
  });

  const run = (from: string, to: string, headers = viewerHeaders) =>
    api.gql<{ caseAnalytics: Analytics }>(ANALYTICS, { from, to }, headers);

  it('counts denials by month, category and payer, and decisions by payer, category and CPT', async () => {
    const a = expectOk(await run('2025-01-01', '2025-06-30')).caseAnalytics;
    expect(a.months).toEqual(['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06']);
    expect(a.denials).toBe(6);
    const cat = (r: { month: string; key: string; count: number }) =>
      `${r.month} ${r.key} ${r.count}`;
    expect(a.denialsByCategory.map(cat).sort()).toEqual([
      '2025-01 medical_necessity 2',
      '2025-02 other 1',
      '2025-02 prior_authorization 1',
      '2025-03 medical_necessity 1',
      '2025-06 timely_filing 1',
    ]);
    const pay = (r: { month: string; label: string; count: number }) =>
      `${r.month} ${r.label} ${r.count}`;
    expect(a.denialsByPayer.map(pay).sort()).toEqual([
      '2025-01 Acme Health 2',
      '2025-02 Beta Care 1',
      '2025-02 No payer 1',
      '2025-03 Beta Care 1',
      '2025-06 Beta Care 1',
    ]);
    expect(a.denialsByPayer.find((r) => r.month === '2025-01')?.key).toBe(payers['Acme Health']);

    expect(a).toMatchObject({
      decided: 4,
      overturned: 2,
      partiallyOverturned: 1,
      overturnRate: 0.75,
      recoveredAmount: 1200,
      decisionsWithPayerDeadline: 3,
      decidedOnTime: 2,
    });
    expect(a.payerOnTimeRate).toBeCloseTo(2 / 3, 10);
    const rate = (r: Rate) =>
      `${r.label}: ${r.decided} ${r.overturned} ${r.partiallyOverturned} ${r.rate} ${r.recoveredAmount}`;
    expect(a.overturnByPayer.map(rate)).toEqual([
      'Acme Health: 2 1 0 0.5 1000',
      'Beta Care: 1 0 1 1 0',
      'No payer: 1 1 0 1 200',
    ]);
    expect(a.overturnByCategory.map(rate)).toEqual([
      'medical_necessity: 2 1 0 0.5 1000',
      'other: 1 1 0 1 200',
      'prior_authorization: 1 0 1 1 0',
    ]);
    expect(a.overturnByCpt.map(rate)).toEqual(['97110: 2 1 1 1 1000', '99213: 2 1 0 0.5 1000']);
    expect(a.payerOnTime).toEqual([
      {
        payerId: payers['Acme Health'],
        payerName: 'Acme Health',
        decisions: 2,
        onTime: 1,
        rate: 0.5,
      },
      { payerId: payers['Beta Care'], payerName: 'Beta Care', decisions: 1, onTime: 1, rate: 1 },
    ]);
  });

  it('recovered money means what the worklist card means: over all time they agree', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const since = new Date(Date.now() - 3 * 365 * 86_400_000).toISOString().slice(0, 10);
    const a = expectOk(await run(since, today)).caseAnalytics;
    const stats = expectOk(
      await api.gql<{ worklistStats: { recoveredAmount: number; overturned: number } }>(
        `query { worklistStats { recoveredAmount overturned } }`,
        {},
        viewerHeaders,
      ),
    ).worklistStats;
    expect(a.recoveredAmount).toBe(11199);
    expect(stats.recoveredAmount).toBe(a.recoveredAmount);
    expect(stats.overturned).toBe(a.overturned);
  });

  it('an empty range answers zeros and null rates, not errors', async () => {
    const a = expectOk(await run('2023-01-01', '2023-02-15')).caseAnalytics;
    expect(a).toMatchObject({
      months: ['2023-01', '2023-02'],
      denials: 0,
      denialsByCategory: [],
      decided: 0,
      overturnRate: null,
      payerOnTimeRate: null,
      recoveredAmount: 0,
      overturnByCpt: [],
    });
  });

  it('computes everything in two statements inside the operation', async () => {
    const { result, texts } = await countStatements(() => run('2025-01-01', '2025-06-30'));
    expectOk(result);
    const analytic = texts.filter((s) => /^with /i.test(s));
    expect(analytic.length).toBe(2);
    expect(texts.length).toBeLessThanOrEqual(6);
  });

  it('refuses a reversed, future, too long or impossible range with BAD_USER_INPUT', async () => {
    const future = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const cases: Array<[string, string, RegExp]> = [
      ['2025-03-01', '2025-02-01', /from must not be after to/],
      ['2025-01-01', future, /future/],
      ['2021-12-31', '2025-01-01', /at most 3 years/],
      ['2025-02-30', '2025-03-01', /calendar date/],
      ['2025-01', '2025-03-01', /calendar date/],
    ];
    for (const [from, to, message] of cases) {
      const res = await run(from, to);
      expect(errorCode(res), `${from}..${to}`).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.message).toMatch(message);
    }
    // Exactly three years is allowed.
    expectOk(await run('2022-01-01', '2025-01-01'));
  });
});
