import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bearer,
  createTestTenant,
  errorCode,
  expectOk,
  startTestApi,
  type TestApi,
  type TestTenant,
} from '@claimlane/testing';

describe('bad input gets a clear error code and changes nothing', () => {
  let api: TestApi;
  let t: TestTenant;
  beforeAll(async () => {
    api = await startTestApi({
      BODY_LIMIT: '64kb',
      GRAPHQL_MAX_DEPTH: '5',
      GRAPHQL_MAX_COMPLEXITY: '500',
    });
    t = await createTestTenant(api);
  });
  afterAll(async () => api?.close());

  const caseCount = async () =>
    expectOk(
      await api.gql<{ appealCases: { totalCount: number } }>(
        `query { appealCases { totalCount } }`,
        {},
        t.headers,
      ),
    ).appealCases.totalCount;

  it('tenant header: malformed → BAD_USER_INPUT, unknown or foreign → FORBIDDEN', async () => {
    expect(
      errorCode(await api.gql(`query { members { id } }`, {}, bearer(t.owner, 'not-a-uuid'))),
    ).toBe('BAD_USER_INPUT');
    expect(
      errorCode(await api.gql(`query { members { id } }`, {}, bearer(t.owner, randomUUID()))),
    ).toBe('FORBIDDEN');
    const other = await createTestTenant(api);
    expect(
      errorCode(await api.gql(`query { members { id } }`, {}, bearer(t.owner, other.id))),
    ).toBe('FORBIDDEN');
  });

  it('refuses query depth bombs and complexity bombs before running them', async () => {
    const deep = `query { appealCases { edges { node { denial { claim { patient { id } } } } } } }`;
    const d = await api.gql(deep, {}, t.headers);
    expect(errorCode(d)).toBe('BAD_USER_INPUT');
    expect(d.errors?.[0]?.message).toMatch(/depth/i);
    // Under the root-field cap (20), over the complexity limit: 18 pages of 100 cases × 10 fields.
    const wide = `query { ${Array.from({ length: 18 }, (_, i) => `a${i}: appealCases(first: 100) { totalCount edges { node { id title stage level levelKind amountAtStake nextDeadlineAt createdAt updatedAt closedAt } } }`).join(' ')} }`;
    const c = await api.gql(wide, {}, t.headers);
    expect(errorCode(c)).toBe('BAD_USER_INPUT');
    expect(c.errors?.[0]?.extensions?.['reason']).toBe('QUERY_TOO_COMPLEX');
  });

  it('oversized and malformed bodies answer in GraphQL error shape', async () => {
    const before = await caseCount();
    const big = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...t.headers },
      body: JSON.stringify({
        query: `mutation($i: CreateAppealCaseInput!) { createAppealCase(input: $i) { id } }`,
        variables: { i: { payerName: 'x', statedReason: 'y'.repeat(100_000) } },
      }),
    });
    expect(big.status).toBe(413);
    expect(
      ((await big.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!
        .extensions.code,
    ).toBe('PAYLOAD_TOO_LARGE');
    const junk = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(junk.status).toBe(400);
    expect(
      ((await junk.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!
        .extensions.code,
    ).toBe('BAD_USER_INPUT');
    expect(await caseCount()).toBe(before);
  });

  it('syntax errors, unknown fields, wrong types and missing fields are BAD_USER_INPUT', async () => {
    expect(errorCode(await api.gql(`query { appealCases { `, {}, t.headers))).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorCode(await api.gql(`query { nope }`, {}, t.headers))).toBe('BAD_USER_INPUT');
    expect(
      errorCode(
        await api.gql(
          `query($f: Int) { appealCases(first: $f) { totalCount } }`,
          { f: 'ten' },
          t.headers,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      errorCode(await api.gql(`mutation { createAppealCase(input: {}) { id } }`, {}, t.headers)),
    ).toBe('BAD_USER_INPUT');
    expect(
      errorCode(
        await api.gql(
          `mutation { createAppealCase(input: { payerName: "x", statedReason: "${'z'.repeat(4001)}" }) { id } }`,
          {},
          t.headers,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
  });

  it('never leaks internals: responses carry no stack traces', async () => {
    const res = await api.gql(`query { appealCase(id: "${randomUUID()}") { id } }`, {}, t.headers);
    expect(errorCode(res)).toBe('NOT_FOUND');
    expect(JSON.stringify(res.errors)).not.toMatch(/stacktrace|at \w+ \(/);
  });

  it('/health answers and /ready reports Postgres, Redis, the queues and Temporal', async () => {
    expect(await (await fetch(`${api.url}/health`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${api.url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      status: 'ready',
      postgres: 'ok',
      redis: 'ok',
      queue: 'ok',
      temporal: 'ok',
    });
    const res = await fetch(`${api.url}/health`);
    expect(res.headers.get('x-request-id')).toBeTruthy();
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
