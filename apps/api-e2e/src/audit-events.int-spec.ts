import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addMember,
  bearer,
  createTestTenant,
  errorCode,
  expectOk,
  startTestApi,
  type TestApi,
} from '@claimlane/testing';

interface AuditRow {
  action: string;
  entityType: string | null;
  entityId: string | null;
  entityIds?: string[] | null;
  actorUserId: string | null;
  actorApiKeyId: string | null;
  requestId: string | null;
  ip: string | null;
}
const AUDIT = `query($after: String) { auditEvents(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { action entityType entityId entityIds actorUserId actorApiKeyId requestId ip } } } }`;

describe('audit log', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => api?.close());

  const events = async (headers: Record<string, string>): Promise<AuditRow[]> =>
    expectOk(
      await api.gql<{ auditEvents: { edges: Array<{ node: AuditRow }> } }>(AUDIT, {}, headers),
    ).auditEvents.edges.map((e) => e.node);

  it('writes one row per mutation and per PHI record read, with actor, request id and ip', async () => {
    const t = await createTestTenant(api);
    const created = expectOk(
      await api.gql<{
        createAppealCase: { id: string; denial: { id: string }; claim: { id: string } };
      }>(
        `mutation { createAppealCase(input: { payerName: "Audit Health", patient: { lastName: "Doe" } }) { id denial { id } claim { id } } }`,
        {},
        { ...t.headers, 'x-request-id': 'req-audit-1' },
      ),
    ).createAppealCase;
    await api.gql(
      `query($id: ID!) { appealCase(id: $id) { id claim { patient { lastName } } } }`,
      { id: created.id },
      { ...t.headers, 'x-request-id': 'req-audit-2' },
    );
    await api.gql(`query { appealCases(first: 10) { edges { node { id } } } }`, {}, t.headers);
    const rows = await events(t.headers);
    const mutation = rows.find((r) => r.action === 'createAppealCase');
    expect(mutation).toMatchObject({
      entityType: 'AppealCase',
      entityId: created.id,
      actorUserId: t.owner.id,
      requestId: 'req-audit-1',
    });
    expect(mutation?.ip).toBeTruthy();
    expect(
      rows
        .filter((r) => r.requestId === 'req-audit-2')
        .map((r) => [r.action, r.entityType])
        .sort(),
    ).toEqual(
      [
        ['appealCase.read', 'AppealCase'],
        ['claim.read', 'Claim'],
        ['patient.read', 'Patient'],
      ].sort(),
    );
    // A list is one row per operation and entity type, holding every id it returned.
    expect(
      rows.some((r) => r.action === 'appealCase.read' && r.entityIds?.includes(created.id)),
    ).toBe(true);
    expect(rows.some((r) => r.action === 'createTenant')).toBe(true);
    // Denial reads through the case are audited too.
    await api.gql(
      `query($id: ID!) { denial(id: $id) { id } }`,
      { id: created.denial.id },
      { ...t.headers, 'x-request-id': 'req-audit-3' },
    );
    expect(
      (await events(t.headers)).some(
        (r) =>
          r.requestId === 'req-audit-3' &&
          r.action === 'denial.read' &&
          r.entityId === created.denial.id,
      ),
    ).toBe(true);
  });

  it('a failed mutation writes neither its change nor an audit row', async () => {
    const t = await createTestTenant(api);
    const before = (await events(t.headers)).length;
    const res = await api.gql(
      `mutation { updateAppealCase(input: { id: "00000000-0000-4000-8000-000000000001", title: "x" }) { id } }`,
      {},
      t.headers,
    );
    expect(errorCode(res)).toBe('NOT_FOUND');
    expect((await events(t.headers)).length).toBe(before + 0);
  });

  it('is readable by OWNER and ADMIN only, and append-only for the runtime role', async () => {
    const t = await createTestTenant(api);
    const admin = await addMember(api, t, 'ADMIN');
    const biller = await addMember(api, t, 'BILLER');
    expect((await events(bearer(admin, t.id))).length).toBeGreaterThan(0);
    expect(errorCode(await api.gql(AUDIT, {}, bearer(biller, t.id)))).toBe('FORBIDDEN');
    const app = new Client({ connectionString: api.db.appUrl });
    await app.connect();
    try {
      await app.query('begin');
      await app.query(`select set_config('app.tenant_id', $1, true)`, [t.id]);
      const n = await app.query(`select count(*)::int as n from audit_events`);
      expect(n.rows[0].n).toBeGreaterThan(0);
      await expect(app.query(`update audit_events set action = 'tampered'`)).rejects.toMatchObject({
        code: '42501',
      });
      await app.query('rollback');
      await app.query('begin');
      await app.query(`select set_config('app.tenant_id', $1, true)`, [t.id]);
      await expect(app.query(`delete from audit_events`)).rejects.toMatchObject({ code: '42501' });
      await app.query('rollback');
    } finally {
      await app.end();
    }
  });

  it('paginates newest first', async () => {
    const t = await createTestTenant(api);
    for (let i = 0; i < 3; i++)
      await api.gql(
        `mutation { createAppealCase(input: { payerName: "P" }) { id } }`,
        {},
        t.headers,
      );
    const page1 = expectOk(
      await api.gql<{
        auditEvents: {
          edges: Array<{ node: AuditRow }>;
          pageInfo: { endCursor: string; hasNextPage: boolean };
        };
      }>(
        `query { auditEvents(first: 2) { pageInfo { endCursor hasNextPage } edges { node { action } } } }`,
        {},
        t.headers,
      ),
    ).auditEvents;
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = expectOk(
      await api.gql<{ auditEvents: { edges: Array<{ node: AuditRow }> } }>(
        `query($a: String) { auditEvents(first: 10, after: $a) { edges { node { action } } } }`,
        { a: page1.pageInfo.endCursor },
        t.headers,
      ),
    ).auditEvents;
    expect(page1.edges.map((e) => e.node.action)).toEqual(['createAppealCase', 'createAppealCase']);
    expect(page2.edges.map((e) => e.node.action)).toEqual(['createAppealCase', 'createTenant']);
  });
});
