import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTenant, errorCode, expectEventually, expectOk } from '@claimlane/testing';
import { processFixture, type ProcessFixture } from './process-fixture';

/**
 * The appeal engine is down (no worker polls the task queue): requests must answer within the update
 * deadline without holding a transaction, other tenants keep working, and the transitions the callers
 * gave up on are applied — with their audit rows — when a worker returns.
 */
describe('appeal process while the workflow worker is down', () => {
  let f: ProcessFixture;
  beforeAll(async () => {
    // Pool of 4: ten hanging transitions would starve it if any waited inside a transaction.
    f = await processFixture({ WORKFLOW_UPDATE_TIMEOUT_MS: '1500', DATABASE_POOL_SIZE: '4' });
  });
  afterAll(async () => f?.close());

  const mutate = (name: string, caseId: string, extra = '') =>
    f.api.gql(
      `mutation { ${name}(input: { caseId: "${caseId}"${extra} }) { id stage } }`,
      {},
      { ...f.tenant.headers, 'x-request-id': `${name}-${caseId}` },
    );

  it('answers WORKFLOW_UNAVAILABLE in time, starves no tenant, and applies later with audit rows', async () => {
    const cases = await Promise.all(Array.from({ length: 10 }, () => f.createCase()));
    const started = Date.now();
    const results = await Promise.all(cases.map((c) => mutate('requestRecords', c.id)));
    expect(
      results.map((r) => errorCode(r)),
      JSON.stringify(results.map((r) => r.errors?.[0]?.message ?? 'ok')),
    ).toEqual(cases.map(() => 'WORKFLOW_UNAVAILABLE'));
    // Each waited at most the deadline, concurrently: nothing queued behind a held connection.
    expect(Date.now() - started).toBeLessThan(15_000);

    // Meanwhile another tenant reads and writes normally.
    const other = await createTestTenant(f.api);
    const list = await f.api.gql<{ appealCases: { totalCount: number } }>(
      `query { appealCases(first: 5) { totalCount } }`,
      {},
      other.headers,
    );
    expect(expectOk(list).appealCases.totalCount).toBe(0);

    // Nothing was applied or audited yet.
    const before = await f.sql<{ n: number }>(
      `select count(*)::int as n from audit_events where action = 'requestRecords'`,
    );
    expect(before[0]!.n).toBe(0);

    await f.startWorker();
    await expectEventually(
      async () => {
        const rows = await f.sql<{ stage: string }>(
          `select stage from appeal_cases where id = any($1)`,
          [cases.map((c) => c.id)],
        );
        expect(rows.every((r) => r.stage === 'records_requested')).toBe(true);
      },
      { timeoutMs: 30_000 },
    );
    const audit = await f.sql<{ entity_id: string; actor_user_id: string; request_id: string }>(
      `select entity_id, actor_user_id, request_id from audit_events where action = 'requestRecords'`,
    );
    expect(audit.map((a) => a.entity_id).sort()).toEqual(cases.map((c) => c.id).sort());
    expect(audit.every((a) => a.actor_user_id === f.tenant.owner.id)).toBe(true);
    expect(audit.every((a) => a.request_id.startsWith('requestRecords-'))).toBe(true);
  }, 120_000);

  it('records and criteria received in any order converge on drafting', async () => {
    const c = await f.createCase();
    expectOk(await mutate('requestRecords', c.id));
    // Criteria first, then records (the other order is covered by the process-paths suite).
    const r1 = await mutate('markCriteriaReceived', c.id);
    const r2 = await mutate('markRecordsReceived', c.id);
    expectOk(r1);
    expect(
      (expectOk(r2) as { markRecordsReceived: { stage: string } }).markRecordsReceived.stage,
    ).toBe('drafting');
  });

  it('refuses text the database cannot store before it reaches the workflow', async () => {
    const c = await f.createCase();
    const res = await f.api.gql(
      `mutation($r: String!) { closeCase(input: { caseId: "${c.id}", reason: $r }) { id } }`,
      { r: 'duplicate\u0000case' },
      f.tenant.headers,
    );
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.status).toBeLessThan(500);
    // The case still moves normally afterwards.
    expectOk(await mutate('requestRecords', c.id));
  });
});
