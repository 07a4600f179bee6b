import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusLetter, corpusRemittance, renderTestPdf } from '@claimlane/testing-fixtures';
import {
  createTestTenant,
  errorCode,
  expectOk,
  startTestApi,
  unique,
  type TestApi,
  type TestTenant,
} from '@claimlane/testing';

const LETTER = corpusLetter('plan-letter/erisa-medical-necessity').text;
const FROM_DENIAL = `mutation($i: CreateCaseFromDenialInput!) { createCaseFromDenial(input: $i) { id } }`;
const IMPORT = `mutation($f: RemittanceFileInput!) { importRemittance(file: $f) { claimsRead denialsCreated errors { code message } } }`;

/** Issue 14 §1: bad input is refused with BAD_USER_INPUT (never a 500) and changes nothing. */
describe('bad input, the rest of issue 14 §1', () => {
  let api: TestApi;
  let t: TestTenant;
  let owner: Client;
  const count = async (table: string) =>
    Number(
      (
        await owner.query<{ n: string }>(
          `select count(*) as n from ${table} where tenant_id = $1`,
          [t.id],
        )
      ).rows[0]!.n,
    );

  beforeAll(async () => {
    api = await startTestApi();
    t = await createTestTenant(api);
    owner = new Client({ connectionString: api.db.ownerUrl });
    await owner.connect();
  });
  afterAll(async () => {
    await owner?.end();
    await api?.close();
  });

  it.each([
    [
      'signUp',
      `mutation { signUp(input: {email: "${unique('ws')}@example.test", password: "pw-long-enough-1", name: "   "}) { accessToken } }`,
    ],
    ['createTenant', `mutation { createTenant(input: {name: " \\t ", kind: CLINIC}) { id } }`],
    ['createApiKey', `mutation { createApiKey(input: {name: "  ", role: VIEWER}) { secret } }`],
    [
      'updateLetterhead',
      `mutation { updateLetterhead(input: {organization: "   ", addressLines: ["1 Main St"]}) { organization } }`,
    ],
  ])('%s refuses a name of only white space', async (_field, query) => {
    const res = await api.gql(query, {}, t.headers);
    expect(res.status).toBeLessThan(500);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/blank/);
  });

  it('lengths are counted as Postgres counts them: "a\\ufe0f" is two characters', async () => {
    // 190 pairs: validator.js's isLength says 190 (passes 200), char_length says 380.
    const pairs = 'a\ufe0f'.repeat(190);
    for (const [query, variables] of [
      [
        `mutation($n: String!) { createTenant(input: {name: $n, kind: CLINIC}) { id } }`,
        { n: pairs },
      ],
      [
        `mutation($i: CreateAppealCaseInput!) { createAppealCase(input: $i) { id } }`,
        { i: { payerName: pairs, statedReason: 'x' } },
      ],
    ] as const) {
      const res = await api.gql(query, variables, t.headers);
      expect(res.status).toBeLessThan(500);
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.message).toMatch(/at most \d+ characters/);
    }
  });

  it('importRemittance(file: {content: null}) is BAD_USER_INPUT', async () => {
    const res = await api.gql(IMPORT, { f: { content: null } }, t.headers);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/exactly one of documentId or content/);
    const both = await api.gql(IMPORT, { f: { content: null, documentId: null } }, t.headers);
    expect(errorCode(both)).toBe('BAD_USER_INPUT');
  });

  it('createCaseFromDenial(text: null) and updateTenantSettings(state: null) are not 500s', async () => {
    expect(errorCode(await api.gql(FROM_DENIAL, { i: { text: null } }, t.headers))).toBe(
      'BAD_USER_INPUT',
    );
    const res = await api.gql(
      `mutation { updateTenantSettings(input: {state: null}) { id } }`,
      {},
      t.headers,
    );
    expect(res.errors).toBeUndefined();
  });

  it.each([
    ['an impossible noticeDate', { noticeDate: '2026-02-30' }, /noticeDate/],
    ['a state that is not one', { state: 'not-a-state' }, /state/],
    ['an over-long payer (refused, not cut)', { payer: 'P'.repeat(301) }, /payer/],
  ])('createCaseFromDenial refuses facts with %s', async (_n, facts, field) => {
    const before = await count('appeal_cases');
    const res = await api.gql(FROM_DENIAL, { i: { text: LETTER, facts } }, t.headers);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(field);
    expect(await count('appeal_cases')).toBe(before);
  });

  it('valid facts are still taken (the control case)', async () => {
    const res = await api.gql(
      FROM_DENIAL,
      { i: { text: LETTER, facts: { noticeDate: '2026-02-27', state: 'TX', payer: 'Acme' } } },
      t.headers,
    );
    expectOk(res);
  });

  it('a CLP with an invalid claim status is reported as an error, not imported as a denial', async () => {
    const before = await count('denials');
    const res = expectOk(
      await api.gql<{
        importRemittance: {
          claimsRead: number;
          denialsCreated: number;
          errors: Array<{ code: string }>;
        };
      }>(
        IMPORT,
        { f: { content: corpusRemittance('invalid-clp-status.835').bytes.toString('utf8') } },
        t.headers,
      ),
    ).importRemittance;
    expect(res.errors.map((e) => e.code)).toEqual(['X12_BAD_STATUS', 'X12_BAD_STATUS']);
    expect(res.denialsCreated).toBe(0);
    expect(await count('denials')).toBe(before);
  });

  it("a new workspace's first uploads at once share one data key and all succeed", async () => {
    // Each upload runs in its tenant transaction; creating the first data key in a second
    // transaction from inside it deadlocked on the pool and tenant gate (four at once → 500s).
    const fresh = await createTestTenant(api);
    const post = async (i: number) => {
      const pdf = (await renderTestPdf([{ text: `First upload ${i} ${unique('k')}` }])).bytes;
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(pdf)]), `letter-${i}.pdf`);
      const res = await fetch(`${api.url}/documents`, {
        method: 'POST',
        headers: fresh.headers,
        body: form,
      });
      return res.status;
    };
    const statuses = await Promise.all([0, 1, 2, 3, 4, 5].map(post));
    expect(
      statuses.every((s) => s >= 200 && s < 300),
      JSON.stringify(statuses),
    ).toBe(true);
    const keys = await owner.query<{ n: number }>(
      `select count(*)::int as n from tenant_data_keys where tenant_id = $1`,
      [fresh.id],
    );
    expect(keys.rows[0]!.n).toBe(1);
  });

  it('two concurrent identical uploads: one stored, the other answers duplicate', async () => {
    const pdf = (await renderTestPdf([{ text: `Concurrent upload ${unique('u')}` }])).bytes;
    const post = async () => {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(pdf)]), 'letter.pdf');
      const res = await fetch(`${api.url}/documents`, {
        method: 'POST',
        headers: t.headers,
        body: form,
      });
      return {
        status: res.status,
        body: (await res.json()) as { id?: string; duplicate?: boolean },
      };
    };
    const before = await count('documents');
    const results = await Promise.all([post(), post()]);
    expect(
      results.every((r) => r.status >= 200 && r.status < 300),
      JSON.stringify(results),
    ).toBe(true);
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
    expect(results.filter((r) => r.body.duplicate === false)).toHaveLength(1);
    expect(await count('documents')).toBe(before + 1);
  });
});
