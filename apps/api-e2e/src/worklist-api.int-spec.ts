import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@claimlane/shared-contracts';
import { PERMISSION_MATRIX } from '@claimlane/server-auth';
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
  type TestUser,
} from '@claimlane/testing';

interface Node {
  id: string;
  title: string;
  availableActions: string[];
  assignee: { id: string } | null;
}
interface Page {
  appealCases: { totalCount: number; edges: Array<{ node: Node }> };
}

const LIST = `query($filter: AppealCaseFilter) {
  appealCases(first: 50, filter: $filter) {
    totalCount edges { node { id title availableActions assignee { id } } } } }`;

const STATS = `query($filter: AppealCaseFilter) { worklistStats(filter: $filter) {
  byStage { stage count } open overdue dueThisWeek payerLate submitted overturned
  amountAtStake recoveredAmount } }`;

const BULK = `mutation($ids: [ID!]!, $a: ID) { bulkAssignCases(ids: $ids, assigneeId: $a) {
  id version assignee { id } } }`;

describe('worklist API: availableActions, search, stats, bulk assign, letter text', () => {
  let api: TestApi;
  let t: TestTenant;
  let owner: Client;
  let viewer: TestUser;
  let biller: TestUser;
  const ids: string[] = [];
  const titles = ['Knee MRI', 'Cardiac echo', 'Sleep study 50%', 'Physical therapy', 'Knee brace'];

  beforeAll(async () => {
    api = await startTestApi();
    t = await createTestTenant(api);
    viewer = await addMember(api, t, 'VIEWER');
    biller = await addMember(api, t, 'BILLER');
    owner = new Client({ connectionString: api.db.ownerUrl });
    await owner.connect();
    for (const [i, title] of titles.entries()) {
      const res = expectOk(
        await api.gql<{ createAppealCase: { id: string } }>(
          `mutation($i: CreateAppealCaseInput!) { createAppealCase(input: $i) { id } }`,
          {
            i: {
              payerName: 'Acme Health',
              title,
              claimNumber: `CLM-${700 + i}`,
              patient: { lastName: i === 1 ? "O'Hara" : `Smith${i}`, memberId: `MBR${9000 + i}` },
              deniedAmount: 100 * (i + 1),
              ...(i < 2 ? { assigneeId: t.owner.id } : i === 2 ? { assigneeId: biller.id } : {}),
            },
          },
          t.headers,
        ),
      );
      ids.push(res.createAppealCase.id);
    }
  }, 120_000);

  afterAll(async () => {
    await owner?.end();
    await api?.close();
  });

  const list = async (filter: Record<string, unknown>, headers = t.headers) =>
    expectOk(await api.gql<Page>(LIST, { filter }, headers)).appealCases;

  describe('availableActions', () => {
    it('follows the stage machine for a role that may transition, with no extra statement', async () => {
      await owner.query(
        `update appeal_cases set stage = 'awaiting_decision', submitted_at = now() where id = $1`,
        [ids[3]],
      );
      await owner.query(`update appeal_cases set stage = 'closed' where id = $1`, [ids[4]]);
      const { result, count, texts } = await countStatements(() =>
        api.gql<Page>(LIST, {}, t.headers),
      );
      const byId = new Map(expectOk(result).appealCases.edges.map((e) => [e.node.id, e.node]));
      expect(byId.get(ids[0]!)!.availableActions).toEqual([
        'REQUEST_RECORDS',
        'MARK_RECORDS_RECEIVED',
        'MARK_CRITERIA_RECEIVED',
        'SUBMIT_APPEAL',
        'EXTEND_DEADLINE',
        'CLOSE_CASE',
      ]);
      expect(byId.get(ids[3]!)!.availableActions).toEqual([
        'RECORD_DECISION',
        'EXTEND_DEADLINE',
        'ESCALATE_LEVEL',
        'CLOSE_CASE',
      ]);
      expect(byId.get(ids[4]!)!.availableActions).toEqual([]);
      // begin + identity, the page, audit + commit: availableActions reads the row it has.
      expect(count, texts.join('\n')).toBeLessThanOrEqual(5);
      await owner.query(`update appeal_cases set stage = 'intake' where id = any($1)`, [
        [ids[3], ids[4]],
      ]);
    });

    it('is empty for a VIEWER, whom the API refuses anyway', async () => {
      const page = await list({}, bearer(viewer, t.id));
      expect(page.edges.every((e) => e.node.availableActions.length === 0)).toBe(true);
      const refused = await api.gql(
        `mutation($id: ID!) { closeCase(input: { caseId: $id, reason: "x" }) { id } }`,
        { id: ids[0] },
        bearer(viewer, t.id),
      );
      expect(errorCode(refused)).toBe('FORBIDDEN');
    });
  });

  describe('search and me-or-unassigned', () => {
    it('finds by claim number, last name and member id prefix and by title, case-insensitively', async () => {
      const found = async (search: string) =>
        (await list({ search })).edges.map((e) => e.node.title).sort();
      expect(await found('clm-701')).toEqual(['Cardiac echo']);
      expect(await found("o'ha")).toEqual(['Cardiac echo']);
      expect(await found('mbr9004')).toEqual(['Knee brace']);
      expect(await found('knee')).toEqual(['Knee MRI', 'Knee brace']);
      // Prefix, not infix, for identifiers: '9004' is inside MBR9004 but starts nothing.
      expect(await found('9004')).toEqual([]);
      // LIKE wildcards typed by the user match themselves only.
      expect(await found('%')).toEqual(['Sleep study 50%']);
      expect(await found('_')).toEqual([]);
    });

    it('searches in one statement and audits the search without its term', async () => {
      const rid = `search-${Date.now()}`;
      const { result, count, texts } = await countStatements(() =>
        api.gql<Page>(LIST, { filter: { search: 'Smith' } }, { ...t.headers, 'x-request-id': rid }),
      );
      expect(expectOk(result).appealCases.totalCount).toBe(4);
      expect(count, texts.join('\n')).toBeLessThanOrEqual(5);
      const rows = (
        await owner.query<{ action: string; meta: unknown }>(
          `select action, meta from audit_events where request_id = $1 order by action`,
          [rid],
        )
      ).rows;
      expect(rows.map((r) => r.action)).toEqual(['appealCase.read', 'searchAppealCases']);
      expect(JSON.stringify(rows)).not.toContain('Smith');
    });

    it('ME_OR_UNASSIGNED keeps my cases and the unassigned ones; ME and UNASSIGNED split them', async () => {
      const titlesOf = async (assignedTo: string, headers = t.headers) =>
        (await list({ assignedTo }, headers)).edges.map((e) => e.node.title).sort();
      expect(await titlesOf('ME_OR_UNASSIGNED')).toEqual(
        ['Cardiac echo', 'Knee MRI', 'Knee brace', 'Physical therapy'].sort(),
      );
      expect(await titlesOf('ME')).toEqual(['Cardiac echo', 'Knee MRI']);
      expect(await titlesOf('UNASSIGNED')).toEqual(['Knee brace', 'Physical therapy']);
      expect(await titlesOf('ME', bearer(biller, t.id))).toEqual(['Sleep study 50%']);
    });

    it('turns the identifier prefixes into index ranges under RLS (leakproof operators only)', async () => {
      await owner.query('begin');
      try {
        await owner.query(`select set_config('app.tenant_id', $1, true)`, [t.id]);
        // A tenant of realistic size (rolled back), so the plan is the one production gets.
        await owner.query(
          `insert into patients (tenant_id, last_name, member_id)
             select $1, 'Name' || g, 'MBR' || g from generate_series(1, 5000) g`,
          [t.id],
        );
        await owner.query(
          `insert into claims (tenant_id, claim_number)
             select $1, 'CLM-' || g from generate_series(1, 5000) g`,
          [t.id],
        );
        await owner.query('analyze claims, patients');
        await owner.query('set local role claimlane_app');
        for (const [table, key] of [
          ['claims', 'claim_number_key'],
          ['patients', 'last_name_key'],
          ['patients', 'member_id_key'],
        ]) {
          const plan = (
            await owner.query<{ 'QUERY PLAN': string }>(
              `explain select id from ${table} where ${key} collate "C" ^@ 'smith'`,
            )
          ).rows
            .map((r) => r['QUERY PLAN'])
            .join('\n');
          expect(plan, plan).toMatch(new RegExp(`Index Cond: .*\\(${key}\\)::text >= 'smith'`));
        }
      } finally {
        await owner.query('rollback');
      }
    });

    it('refuses a search longer than 100 characters as bad input', async () => {
      const res = await api.gql(LIST, { filter: { search: 'x'.repeat(101) } }, t.headers);
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
    });
  });

  describe('worklistStats', () => {
    it('counts every card in one statement', async () => {
      await owner.query(
        `update appeal_cases set stage = 'awaiting_decision', payer_late_since = now(),
            next_deadline_at = now() - interval '1 day' where id = $1`,
        [ids[0]],
      );
      await owner.query(
        `update appeal_cases set stage = 'overturned', outcome = 'overturned' where id = $1`,
        [ids[1]],
      );
      await owner.query(
        `update appeal_cases set next_deadline_at = now() + interval '3 days' where id = $1`,
        [ids[2]],
      );
      await owner.query(
        `update appeal_cases set next_deadline_at = now() + interval '30 days' where id = any($1)`,
        [[ids[3], ids[4]]],
      );
      const { result, count, texts } = await countStatements(() =>
        api.gql<{ worklistStats: Record<string, unknown> }>(STATS, {}, t.headers),
      );
      const s = expectOk(result).worklistStats;
      expect(s).toMatchObject({
        open: 4,
        overdue: 1,
        dueThisWeek: 1,
        payerLate: 1,
        submitted: 1,
        overturned: 1,
        amountAtStake: 100 + 300 + 400 + 500,
        recoveredAmount: 200,
      });
      expect(s['byStage']).toEqual([
        { stage: 'awaiting_decision', count: 1 },
        { stage: 'intake', count: 3 },
        { stage: 'overturned', count: 1 },
      ]);
      // begin + identity (one round trip, two statements), the stats, commit
      expect(texts.filter((x) => /^select c\.stage, count/.test(x))).toHaveLength(1);
      expect(count, texts.join('\n')).toBeLessThanOrEqual(4);
      const mine = expectOk(
        await api.gql<{ worklistStats: { open: number } }>(
          STATS,
          { filter: { assignedTo: 'ME', search: 'knee' } },
          t.headers,
        ),
      ).worklistStats;
      expect(mine.open).toBe(1);
    });
  });

  describe('bulkAssignCases', () => {
    it('assigns many cases in one statement, audited one row per case', async () => {
      const rid = `bulk-${Date.now()}`;
      const chosen = [ids[2]!, ids[3]!, ids[4]!];
      const { result, count, texts } = await countStatements(() =>
        api.gql<{ bulkAssignCases: Array<{ id: string; assignee: { id: string } | null }> }>(
          BULK,
          { ids: chosen, a: biller.id },
          { ...t.headers, 'x-request-id': rid },
        ),
      );
      const out = expectOk(result).bulkAssignCases;
      expect(out.map((c) => c.id)).toEqual(chosen);
      expect(out.every((c) => c.assignee?.id === biller.id)).toBe(true);
      expect(texts.filter((x) => /update appeal_cases|with member/.test(x))).toHaveLength(1);
      expect(texts.filter((x) => /memberships/.test(x) && !/with member/.test(x))).toHaveLength(0);
      // begin + identity, savepoint + release, the update, the assignee (loader), audit + commit
      expect(count, texts.join('\n')).toBeLessThanOrEqual(9);
      const audit = await owner.query<{ action: string; entity_id: string }>(
        `select action, entity_id from audit_events where request_id = $1`,
        [rid],
      );
      expect(audit.rows.map((r) => r.entity_id).sort()).toEqual([...chosen].sort());
      expect(new Set(audit.rows.map((r) => r.action))).toEqual(new Set(['bulkAssignCases']));
      const unassigned = expectOk(
        await api.gql<{ bulkAssignCases: Array<{ assignee: unknown }> }>(
          BULK,
          { ids: chosen, a: null },
          t.headers,
        ),
      );
      expect(unassigned.bulkAssignCases.every((c) => c.assignee === null)).toBe(true);
    });

    it('changes nothing for a non-member assignee, an unknown case or too many ids', async () => {
      const before = await owner.query(`select id, version from appeal_cases where id = any($1)`, [
        ids,
      ]);
      const stranger = (await createTestTenant(api)).owner;
      const notMember = await api.gql(BULK, { ids: [ids[0]], a: stranger.id }, t.headers);
      expect(errorCode(notMember)).toBe('BAD_USER_INPUT');
      const unknown = await api.gql(BULK, { ids: [ids[0], randomUUID()], a: biller.id }, t.headers);
      expect(errorCode(unknown)).toBe('NOT_FOUND');
      const tooMany = Array.from({ length: 201 }, () => randomUUID());
      expect(errorCode(await api.gql(BULK, { ids: tooMany, a: biller.id }, t.headers))).toBe(
        'BAD_USER_INPUT',
      );
      expect(errorCode(await api.gql(BULK, { ids: [], a: biller.id }, t.headers))).toBe(
        'BAD_USER_INPUT',
      );
      expect(errorCode(await api.gql(BULK, { ids: ['nope'], a: biller.id }, t.headers))).toBe(
        'BAD_USER_INPUT',
      );
      const after = await owner.query(`select id, version from appeal_cases where id = any($1)`, [
        ids,
      ]);
      expect(after.rows).toEqual(before.rows);
    });

    it('cannot reach another workspace: its cases are unknown here', async () => {
      const other = await createTestTenant(api);
      const theirs = expectOk(
        await api.gql<{ createAppealCase: { id: string } }>(
          `mutation { createAppealCase(input: { payerName: "Other" }) { id } }`,
          {},
          other.headers,
        ),
      ).createAppealCase.id;
      const res = await api.gql(BULK, { ids: [theirs], a: t.owner.id }, t.headers);
      expect(errorCode(res)).toBe('NOT_FOUND');
      const row = await owner.query(`select assignee_user_id from appeal_cases where id = $1`, [
        theirs,
      ]);
      expect(row.rows[0].assignee_user_id).toBeNull();
    });
  });

  describe('Denial.letterText', () => {
    it('returns the stored text in one extra statement for a whole page, audited per denial', async () => {
      await owner.query(
        `update denials d set letter_text = 'Letter for ' || c.title
           from appeal_cases c where c.denial_id = d.id and c.id = any($1)`,
        [ids],
      );
      const q = `query { appealCases(first: 50) { edges { node { title denial { id letterText } } } } }`;
      const rid = `letter-${Date.now()}`;
      const { result, count, texts } = await countStatements(() =>
        api.gql<{
          appealCases: {
            edges: Array<{ node: { title: string; denial: { id: string; letterText: string } } }>;
          };
        }>(q, {}, { ...t.headers, 'x-request-id': rid }),
      );
      const edges = expectOk(result).appealCases.edges;
      expect(edges).toHaveLength(5);
      for (const e of edges) expect(e.node.denial.letterText).toBe(`Letter for ${e.node.title}`);
      expect(texts.filter((x) => /letter_text from denials/.test(x))).toHaveLength(1);
      expect(count, texts.join('\n')).toBeLessThanOrEqual(6);
      const audit = await owner.query<{ entity_id: string }>(
        `select entity_id from audit_events where request_id = $1 and action = 'readDenialLetterText'`,
        [rid],
      );
      expect(audit.rows.map((r) => r.entity_id).sort()).toEqual(
        edges.map((e) => e.node.denial.id).sort(),
      );
    });

    it('a page that does not ask for it never reads the column', async () => {
      const { texts } = await countStatements(() =>
        api.gql(
          `query { appealCases(first: 50) { edges { node { denial { id } } } } }`,
          {},
          t.headers,
        ),
      );
      expect(texts.join('\n')).not.toMatch(/letter_text/);
    });
  });

  describe('Tenant.myPermissions', () => {
    it("lists exactly the permission-matrix rows of the caller's role", async () => {
      const rowsOf = (role: Role) =>
        Object.entries(PERMISSION_MATRIX)
          .filter(([, roles]) => (roles as readonly Role[]).includes(role))
          .map(([p]) => p);
      for (const [user, role] of [
        [t.owner, 'OWNER'],
        [biller, 'BILLER'],
        [viewer, 'VIEWER'],
      ] as const) {
        const mine = expectOk(
          await api.gql<{ myTenants: Array<{ id: string; myPermissions: string[] }> }>(
            `query { myTenants { id myPermissions } }`,
            {},
            bearer(user),
          ),
        ).myTenants.find((x) => x.id === t.id)!;
        expect(mine.myPermissions, role).toEqual(rowsOf(role));
      }
      expect(rowsOf('VIEWER')).not.toContain('cases.create');
    });

    it('grantableRoles: an owner grants every role, an admin all but OWNER, others none', async () => {
      const admin = await addMember(api, t, 'ADMIN');
      for (const [user, expected] of [
        [t.owner, ['OWNER', 'ADMIN', 'BILLER', 'CLINICIAN', 'VIEWER']],
        [admin, ['ADMIN', 'BILLER', 'CLINICIAN', 'VIEWER']],
        [biller, []],
        [viewer, []],
      ] as const) {
        const mine = expectOk(
          await api.gql<{ myTenants: Array<{ id: string; grantableRoles: string[] }> }>(
            `query { myTenants { id grantableRoles } }`,
            {},
            bearer(user),
          ),
        ).myTenants.find((x) => x.id === t.id)!;
        expect(mine.grantableRoles).toEqual(expected);
      }
      // What it lists is what the API accepts: an admin inviting an OWNER is refused.
      const res = await api.gql(
        `mutation { inviteMember(input: { email: "x-owner@example.test", role: OWNER }) { id } }`,
        {},
        bearer(admin, t.id),
      );
      expect(errorCode(res)).toBe('FORBIDDEN');
    });
  });
});
