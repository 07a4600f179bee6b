import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bearer,
  countStatements,
  createTestTenant,
  errorCode,
  expectOk,
  signUp,
  startTestApi,
  type TestApi,
  type TestTenant,
} from '@claimlane/testing';

const WORKLIST = `query($after: String) {
  appealCases(first: 20, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node {
      id title stage level nextDeadlineAt amountAtStake payerLateSince submittedAt
      payer { id name } assignee { id name }
      claim { id claimNumber patient { id lastName memberId } }
      denial { id category regime noticeDate }
      deadlines { id kind due citation }
    } }
  } }`;

const CASE_PAGE = `query($id: ID!) { appealCase(id: $id) {
  id payer { name } claim { patient { lastName } } denial { category }
  deadlines { kind } findings { code } timeline { kind } } }`;

interface AuditRowDb {
  action: string;
  entity_type: string | null;
  entity_ids: string[] | null;
  request_id: string | null;
}

describe('request pipeline: one transaction per operation, loaders, one audit statement', () => {
  let api: TestApi;
  let t: TestTenant;
  let owner: Client;
  const caseIds: string[] = [];

  beforeAll(async () => {
    api = await startTestApi();
    t = await createTestTenant(api);
    owner = new Client({ connectionString: api.db.ownerUrl });
    await owner.connect();
    for (let i = 0; i < 25; i++) {
      const res = expectOk(
        await api.gql<{ createAppealCase: { id: string } }>(
          `mutation($i: CreateAppealCaseInput!) { createAppealCase(input: $i) { id } }`,
          {
            i: {
              payerName: `Payer ${i % 4}`,
              title: `Case ${i}`,
              claimNumber: `CLM-${i}`,
              patient: { lastName: `Patient${i}`, memberId: `M${1000 + i}` },
              regime: 'erisa_group_health',
              category: 'medical_necessity',
              // Three cases without a notice date: no deadline, so they sort last.
              ...(i % 8 === 7
                ? {}
                : { noticeDate: `2026-${String((i % 9) + 1).padStart(2, '0')}-15` }),
              deniedAmount: 100 + i,
              assigneeId: i % 2 ? t.owner.id : undefined,
            },
          },
          t.headers,
        ),
      );
      caseIds.push(res.createAppealCase.id);
    }
  }, 120_000);

  afterAll(async () => {
    await owner?.end();
    await api?.close();
  });

  it('serves a worklist page with every nested relation in at most 5 statements', async () => {
    const { result, count, texts } = await countStatements(() =>
      api.gql<{ appealCases: { totalCount: number; edges: Array<{ node: { id: string } }> } }>(
        WORKLIST,
        {},
        t.headers,
      ),
    );
    const page = expectOk(result).appealCases;
    expect(page.totalCount).toBe(25);
    expect(page.edges).toHaveLength(20);
    // begin, set_config + identity (session + membership) in one select, the page (with count and
    // relations), the audit insert, commit
    expect(count, texts.join('\n')).toBeLessThanOrEqual(5);
    expect(texts.filter((s) => /^select \* from auth_request_identity/.test(s))).toHaveLength(0);
    expect(texts.filter((s) => /^insert into audit_events/i.test(s))).toHaveLength(1);
  });

  it('checks identity in the first round trip and leaves nothing open when it refuses', async () => {
    const other = await createTestTenant(api);
    const foreign = { ...t.headers, 'x-tenant-id': other.id };
    // More refusals than the pool (8) has connections: a refused check that kept its transaction
    // would drain the pool and the last request would time out.
    for (let i = 0; i < 12; i++) {
      const res = await api.gql(WORKLIST, {}, foreign);
      expect(errorCode(res)).toBe('FORBIDDEN');
      expect(res.data?.['appealCases'] ?? null).toBeNull();
    }
    const revoked = await signUp(api);
    await owner.query(`update refresh_tokens set revoked_at = now() where user_id = $1`, [
      revoked.id,
    ]);
    const ended = await api.gql(WORKLIST, {}, bearer(revoked, t.id));
    expect(errorCode(ended)).toBe('UNAUTHENTICATED');
    const open = await owner.query<{ n: number }>(
      `select count(*)::int as n from pg_stat_activity
        where datname = current_database() and state like 'idle in transaction%'`,
    );
    expect(open.rows[0]!.n).toBe(0);
    expect(
      expectOk(await api.gql<{ appealCases: { totalCount: number } }>(WORKLIST, {}, t.headers))
        .appealCases.totalCount,
    ).toBe(25);
  });

  it('walks every case exactly once in deadline order, cases without a deadline last', async () => {
    const seen: Array<{ id: string; nextDeadlineAt: string | null }> = [];
    let after: string | null = null;
    type Page = {
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: Array<{ node: { id: string; nextDeadlineAt: string | null } }>;
    };
    for (let guard = 0; guard < 10; guard++) {
      const res: Page = expectOk(
        await api.gql<{
          appealCases: {
            pageInfo: { hasNextPage: boolean; endCursor: string | null };
            edges: Array<{ node: { id: string; nextDeadlineAt: string | null } }>;
          };
        }>(
          `query($after: String) { appealCases(first: 7, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id nextDeadlineAt } } } }`,
          { after },
          t.headers,
        ),
      ).appealCases;
      seen.push(...res.edges.map((e) => e.node));
      if (!res.pageInfo.hasNextPage) break;
      after = res.pageInfo.endCursor;
    }
    expect(seen.map((s) => s.id).sort()).toEqual([...caseIds].sort());
    const dated = seen.filter((s) => s.nextDeadlineAt !== null);
    expect(seen.slice(dated.length).every((s) => s.nextDeadlineAt === null)).toBe(true);
    const times = dated.map((s) => Date.parse(s.nextDeadlineAt!));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('writes one audit row per entity type read, holding every id, in one statement', async () => {
    const rid = `pipeline-${Date.now()}`;
    await api.gql(WORKLIST, {}, { ...t.headers, 'x-request-id': rid });
    const rows = (
      await owner.query<AuditRowDb>(
        `select action, entity_type, entity_ids::text[] as entity_ids, request_id from audit_events where request_id = $1`,
        [rid],
      )
    ).rows;
    const byType = new Map(rows.map((r) => [r.entity_type, r]));
    expect([...byType.keys()].sort()).toEqual(['AppealCase', 'Claim', 'Denial', 'Patient']);
    expect(byType.get('AppealCase')!.entity_ids).toHaveLength(20);
    expect(byType.get('Patient')!.entity_ids).toHaveLength(20);
  });

  it('a case page with findings and timeline stays a handful of statements', async () => {
    const { result, count, texts } = await countStatements(() =>
      api.gql(CASE_PAGE, { id: caseIds[0] }, t.headers),
    );
    expectOk(result);
    // identity, begin, set_config, case (+ payer, claim, patient, denial, deadlines), findings,
    // timeline, audit, commit
    expect(count, texts.join('\n')).toBeLessThanOrEqual(8);
  });

  it('ships the Record Check document only when selected, and serves it whichever root asks', async () => {
    const id = caseIds[0]!;
    const doc = { documentKind: 'denial', marker: `analysis-of-${id}` };
    await owner.query(
      `update denials set analysis = $2 where id = (select denial_id from appeal_cases where id = $1)`,
      [id, JSON.stringify(doc)],
    );
    type Page = {
      appealCases: { edges: Array<{ node: { id: string; denial: { analysis?: unknown } } }> };
    };
    const plain = await countStatements(() =>
      api.gql<Page>(
        `query { appealCases(first: 50) { edges { node { id denial { id category } } } } }`,
        {},
        t.headers,
      ),
    );
    expectOk(plain.result);
    expect(plain.texts.filter((s) => /\banalysis\b/.test(s))).toEqual([]);

    const withDoc = await countStatements(() =>
      api.gql<Page>(
        `query { appealCases(first: 50) { edges { node { id denial { analysis } } } } }`,
        {},
        t.headers,
      ),
    );
    const node = expectOk(withDoc.result).appealCases.edges.find((e) => e.node.id === id)!.node;
    expect(node.denial.analysis).toEqual(doc);
    expect(withDoc.count, withDoc.texts.join('\n')).toBeLessThanOrEqual(5);

    // The worklist primes this denial without its document; the second root still gets it.
    const both = expectOk(
      await api.gql<{ appealCase: { denial: { analysis: unknown } } }>(
        `query($id: ID!) { appealCases(first: 50) { edges { node { id denial { id } } } }
           appealCase(id: $id) { denial { analysis } } }`,
        { id },
        t.headers,
      ),
    );
    expect(both.appealCase.denial.analysis).toEqual(doc);
  });

  it('audits PHI reached through any path (upcomingDeadlines → case → claim → patient)', async () => {
    const rid = `upcoming-${Date.now()}`;
    const res = expectOk(
      await api.gql<{ upcomingDeadlines: Array<{ appealCase: { id: string } }> }>(
        `query { upcomingDeadlines(withinDays: 3650) { deadline { id } appealCase { id claim { patient { lastName } } } } }`,
        {},
        { ...t.headers, 'x-request-id': rid },
      ),
    );
    expect(res.upcomingDeadlines.length).toBeGreaterThan(0);
    const types = (
      await owner.query<AuditRowDb>(`select entity_type from audit_events where request_id = $1`, [
        rid,
      ])
    ).rows.map((r) => r.entity_type);
    expect(types.sort()).toEqual(['AppealCase', 'Claim', 'Patient']);
  });

  it('upcomingDeadlines answers at most `first`, soonest first, and refuses a bad size', async () => {
    type Upcoming = { upcomingDeadlines: Array<{ deadline: { id: string; dueAt: string } }> };
    const all = expectOk(
      await api.gql<Upcoming>(
        `query { upcomingDeadlines(withinDays: 3650) { deadline { id dueAt } } }`,
        {},
        t.headers,
      ),
    ).upcomingDeadlines;
    expect(all.length).toBeGreaterThan(3);
    const three = expectOk(
      await api.gql<Upcoming>(
        `query { upcomingDeadlines(withinDays: 3650, first: 3) { deadline { id dueAt } } }`,
        {},
        t.headers,
      ),
    ).upcomingDeadlines;
    expect(three.map((u) => u.deadline.id)).toEqual(all.slice(0, 3).map((u) => u.deadline.id));
    const dues = all.map((u) => u.deadline.dueAt);
    expect([...dues].sort()).toEqual(dues);
    for (const first of [0, 501]) {
      const res = await api.gql(
        `query($first: Int!) { upcomingDeadlines(withinDays: 30, first: $first) { deadline { id } } }`,
        { first },
        t.headers,
      );
      expect(errorCode(res), JSON.stringify(res)).toBe('BAD_USER_INPUT');
    }
  });

  it('a failing mutation field rolls back alone; the one before it stays, with its audit row', async () => {
    const rid = `two-fields-${Date.now()}`;
    const res = await api.gql(
      `mutation($id: ID!) {
        a: updateAppealCase(input: { id: $id, title: "renamed in one operation" }) { id title }
        b: updateAppealCase(input: { id: "00000000-0000-0000-0000-000000000000", title: "nope" }) { id }
      }`,
      { id: caseIds[1] },
      { ...t.headers, 'x-request-id': rid },
    );
    // b is non-null, so GraphQL nulls the whole data; a's change happened and is kept (serial execution).
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const title = (await owner.query(`select title from appeal_cases where id = $1`, [caseIds[1]]))
      .rows[0].title;
    expect(title).toBe('renamed in one operation');
    const actions = (
      await owner.query<AuditRowDb>(`select action from audit_events where request_id = $1`, [rid])
    ).rows.map((r) => r.action);
    expect(actions).toEqual(['updateAppealCase']);
  });

  it('queries of one operation share one transaction (and one connection)', async () => {
    const { count, texts } = await countStatements(() =>
      api.gql(
        `query { a: appealCases(first: 1) { edges { node { id } } } b: appealCases(first: 1) { edges { node { id } } } me { id } }`,
        {},
        t.headers,
      ),
    );
    expect(texts.filter((s) => /^begin/i.test(s))).toHaveLength(1);
    // identity, begin, set_config, two pages, me, audit, commit
    expect(count, texts.join('\n')).toBeLessThanOrEqual(8);
  });
});
