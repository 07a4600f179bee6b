import { buildClientSchema, getIntrospectionQuery, type IntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@claimlane/shared-contracts';
import {
  createTestTenant,
  expectOk,
  signUp,
  bearer,
  startTestApi,
  type TestApi,
  type TestTenant,
} from '@claimlane/testing';
import { seededRandom } from '../isolation/seeded-random';
import { argumentCases, documentCases, literalCases, type FuzzCase } from './fuzz/schema-cases';

const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const PER_PATH = Number(process.env.FUZZ_PER_PATH ?? 4);
const CONCURRENCY = 4;
const KNOWN = new Set<string>(ERROR_CODES.filter((c) => c !== 'INTERNAL_SERVER_ERROR'));
/** Fields that end the caller's session run as a throwaway user, so the rest keep theirs. */
const SESSION_ENDING = new Set(['logout']);

interface Outcome {
  name: string;
  field?: string;
  ms?: number;
  status: number;
  codes: string[];
  message?: string;
}

async function send(api: TestApi, c: FuzzCase, headers: Record<string, string>): Promise<Outcome> {
  const t0 = performance.now();
  const res = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: c.query, variables: c.variables }),
  });
  const text = await res.text();
  const timing = { field: c.field, ms: performance.now() - t0 };
  let errors: Array<{ message?: string; extensions?: { code?: string } }> = [];
  try {
    errors = (JSON.parse(text) as { errors?: typeof errors }).errors ?? [];
  } catch {
    return {
      name: c.name,
      ...timing,
      status: res.status,
      codes: ['(not JSON)'],
      message: text.slice(0, 80),
    };
  }
  return {
    name: c.name,
    ...timing,
    status: res.status,
    codes: errors.map((e) => e.extensions?.code ?? '(none)'),
    message: errors[0]?.message?.slice(0, 120),
  };
}

async function runAll(
  cases: FuzzCase[],
  run: (c: FuzzCase) => Promise<Outcome>,
): Promise<Outcome[]> {
  const out: Outcome[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < cases.length) out.push(await run(cases[next++]!));
    }),
  );
  return out;
}

const bad = (o: Outcome) => o.status >= 500 || o.codes.some((c) => !KNOWN.has(c));

function report(label: string, outcomes: Outcome[]): string {
  const failures = outcomes.filter(bad);
  const byCode = new Map<string, number>();
  for (const o of outcomes) {
    for (const c of o.codes.length ? o.codes : ['(ok)']) byCode.set(c, (byCode.get(c) ?? 0) + 1);
  }
  const perField = new Map<string, number>();
  for (const o of outcomes)
    perField.set(o.field ?? '', (perField.get(o.field ?? '') ?? 0) + (o.ms ?? 0));
  const slowest = [...perField]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([f, ms]) => `${f} ${(ms / 1000).toFixed(1)} s`);
  const lines = failures
    .slice(0, 40)
    .map((f) => `  ${f.status} ${f.codes.join(',')} ${f.name}: ${f.message ?? ''}`);
  return `${label}: ${outcomes.length} cases, ${failures.length} failing; codes ${JSON.stringify(
    Object.fromEntries(byCode),
  )}; slowest fields ${slowest.join(', ')}\n${lines.join('\n')}`;
}

describe('schema-driven GraphQL fuzzing: no 5xx, always a known error code', () => {
  let api: TestApi;
  let tenant: TestTenant;
  let cases: FuzzCase[];

  beforeAll(async () => {
    api = await startTestApi({ WORKFLOW_UPDATE_TIMEOUT_MS: '300' });
    tenant = await createTestTenant(api);
    const seeded = expectOk(
      await api.gql<{ createAppealCase: { id: string } }>(
        `mutation($i: CreateAppealCaseInput!) { createAppealCase(input: $i) { id } }`,
        { i: { payerName: 'Fuzz Payer', statedReason: 'not medically necessary' } },
        tenant.headers,
      ),
    );
    const intro = expectOk(await api.gql<IntrospectionQuery>(getIntrospectionQuery()));
    const schema = buildClientSchema(intro);
    const rnd = seededRandom(SEED);
    cases = [
      ...argumentCases(
        schema,
        { caseId: seeded.createAppealCase.id, otherId: '3f0c5a52-5d36-4c86-9a0e-3b1f3f0b9a11' },
        rnd,
        PER_PATH,
      ),
      ...literalCases(schema),
      ...documentCases(api.config.GRAPHQL_MAX_ROOT_FIELDS),
    ];
  });
  afterAll(async () => api?.close());

  it('generates at least 1,000 cases covering every root field', () => {
    expect(cases.length).toBeGreaterThanOrEqual(1_000);
    expect(new Set(cases.map((c) => c.field)).size).toBeGreaterThan(80);
  });

  it('as a signed-in tenant owner', async () => {
    const throwaway = await signUp(api);
    const outcomes = await runAll(cases, (c) =>
      send(api, c, SESSION_ENDING.has(c.field) ? bearer(throwaway, tenant.id) : tenant.headers),
    );
    console.info(report('owner', outcomes).split('\n')[0]);
    expect(outcomes.filter(bad), report('owner', outcomes)).toEqual([]);
  }, 120_000);

  it('anonymously', async () => {
    const outcomes = await runAll(cases, (c) => send(api, c, {}));
    console.info(report('anonymous', outcomes).split('\n')[0]);
    expect(outcomes.filter(bad), report('anonymous', outcomes)).toEqual([]);
  }, 120_000);

  it('malformed HTTP requests answer 4xx with a known code', async () => {
    const post = (body: string, contentType = 'application/json') =>
      fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': contentType, ...tenant.headers },
        body,
      });
    const responses = await Promise.all([
      post(''),
      post('null'),
      post('[]'),
      post('"query"'),
      post(JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }])),
      post(JSON.stringify({ query: 42 })),
      post(JSON.stringify({ query: '{ me { id } }', variables: 'x' })),
      post(JSON.stringify({ query: '{ me { id } }', variables: [1] })),
      post(JSON.stringify({ query: '{ me { id } }', operationName: 7 })),
      post(JSON.stringify({ query: '{ me { id } }', extensions: { persistedQuery: 'x' } })),
      post('{ me { id } }', 'text/plain'),
      post('query=%7Bme%7Bid%7D%7D', 'application/x-www-form-urlencoded'),
      fetch(`${api.url}/graphql?query=${encodeURIComponent('mutation { logout }')}`, {
        headers: { ...tenant.headers, 'apollo-require-preflight': 'true' },
      }),
      fetch(`${api.url}/graphql?query=${encodeURIComponent('{ me { id } }')}&variables=%7B`, {
        headers: { 'apollo-require-preflight': 'true' },
      }),
    ]);
    const summary = await Promise.all(
      responses.map(async (r) => {
        const text = await r.text();
        let code = '(not JSON)';
        try {
          const body = JSON.parse(text) as { errors?: Array<{ extensions?: { code?: string } }> };
          code = body.errors?.[0]?.extensions?.code ?? '(none)';
        } catch {
          /* reported below */
        }
        return { status: r.status, code };
      }),
    );
    for (const s of summary) {
      expect(s.status, JSON.stringify(summary)).toBeGreaterThanOrEqual(400);
      expect(s.status, JSON.stringify(summary)).toBeLessThan(500);
      expect(KNOWN.has(s.code), JSON.stringify(summary)).toBe(true);
    }
  });
});
