import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addMember,
  createTestTenant,
  errorCode,
  expectOk,
  startTestApi,
  type TestApi,
  type TestTenant,
} from '@claimlane/testing';

const CREATE = `mutation($i: CreateAppealCaseInput!) { createAppealCase(input: $i) { id stage level version amountAtStake payer { id name } denial { id category regime noticeDate } claim { claimNumber cptHcpcs icd10 patient { lastName memberId } } } }`;
const LIST = `query($first: Int, $after: String, $filter: AppealCaseFilter, $orderBy: AppealCaseOrder) {
  appealCases(first: $first, after: $after, filter: $filter, orderBy: $orderBy) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id title amountAtStake nextDeadlineAt stage } } } }`;

interface CaseNode {
  id: string;
  title: string | null;
  amountAtStake: number | null;
  nextDeadlineAt: string | null;
  stage: string;
}

describe('appeal cases and denials through GraphQL', () => {
  let api: TestApi;
  let t: TestTenant;
  beforeAll(async () => {
    api = await startTestApi();
    t = await createTestTenant(api);
  });
  afterAll(async () => api?.close());

  const create = async (input: Record<string, unknown>, headers = t.headers) =>
    expectOk(
      await api.gql<{
        createAppealCase: { id: string; payer: { id: string } } & Record<string, unknown>;
      }>(CREATE, { i: input }, headers),
    ).createAppealCase;

  const setNextDeadline = async (caseId: string, iso: string | null) => {
    const { Client } = await import('pg');
    const c = new Client({ connectionString: api.db.ownerUrl });
    await c.connect();
    await c.query(`update appeal_cases set next_deadline_at = $2 where id = $1`, [caseId, iso]);
    await c.end();
  };

  it('creates payer, patient, claim, denial and case in one call', async () => {
    const c = await create({
      payerName: 'Keystone Benefit Administrators',
      claimNumber: '25-0212-88431-00',
      patient: {
        firstName: 'Dana',
        lastName: 'Whitfield',
        memberId: 'HMX448120037',
        dateOfBirth: '1980-04-02',
      },
      serviceDateFrom: '2025-02-03',
      cptHcpcs: ['72148'],
      icd10: ['m54.16'],
      billedAmount: 1840,
      deniedAmount: 1840,
      category: 'medical_necessity',
      regime: 'erisa_group_health',
      noticeDate: '2025-03-14',
    });
    expect(c).toMatchObject({
      stage: 'intake',
      level: 1,
      version: 1,
      amountAtStake: 1840,
      payer: { name: 'Keystone Benefit Administrators' },
      denial: {
        category: 'medical_necessity',
        regime: 'erisa_group_health',
        noticeDate: '2025-03-14',
      },
      claim: {
        claimNumber: '25-0212-88431-00',
        cptHcpcs: ['72148'],
        icd10: ['M54.16'],
        patient: { lastName: 'Whitfield', memberId: 'HMX448120037' },
      },
    });
    // Same payer name (any case) reuses the payer row.
    const again = await create({ payerName: 'KEYSTONE BENEFIT ADMINISTRATORS' });
    expect(again.payer.id).toBe(c.payer.id);
  });

  it('rejects bad input with BAD_USER_INPUT and stores nothing', async () => {
    const before = expectOk(
      await api.gql<{ appealCases: { totalCount: number } }>(LIST, {}, t.headers),
    ).appealCases.totalCount;
    const bad = [
      { payerName: 'X', noticeDate: '2025-02-30' },
      { payerName: 'X', cptHcpcs: ['12'] },
      { payerName: 'X', icd10: ['NOTACODE'] },
      { payerName: 'X', billedAmount: -5 },
      { payerName: 'X'.repeat(301) },
      { payerName: '   ' },
      { payerName: 'X', assigneeId: 'not-a-uuid' },
      { payerName: 'X', assigneeId: '00000000-0000-4000-8000-000000000000' },
      { payerName: 'X', category: 'not_a_category' },
    ];
    for (const input of bad) {
      const res = await api.gql(CREATE, { i: input }, t.headers);
      expect(errorCode(res), JSON.stringify(input)).toBe('BAD_USER_INPUT');
    }
    expect(
      expectOk(await api.gql<{ appealCases: { totalCount: number } }>(LIST, {}, t.headers))
        .appealCases.totalCount,
    ).toBe(before);
  });

  it('filters by stage, payer, category, assignee and deadline, and sorts by next deadline with stable pagination', async () => {
    const tt = await createTestTenant(api);
    const biller = await addMember(api, tt, 'BILLER');
    const ids: string[] = [];
    const deadlines = [
      '2026-12-05T00:00:00Z',
      null,
      '2026-12-01T00:00:00Z',
      '2026-12-03T00:00:00Z',
      null,
      '2026-12-02T00:00:00Z',
      '2026-12-04T00:00:00Z',
    ];
    for (let i = 0; i < deadlines.length; i++) {
      const c = await create(
        {
          payerName: i % 2 ? 'Aetna' : 'Cigna',
          title: `case ${i}`,
          amountAtStake: (i + 1) * 100,
          category: i % 3 === 0 ? 'medical_necessity' : 'coding_billing',
          assigneeId: i === 3 ? biller.id : undefined,
        },
        tt.headers,
      );
      ids.push(c.id);
      await setNextDeadline(c.id, deadlines[i]!);
    }
    const all: CaseNode[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page: {
        appealCases: {
          edges: Array<{ node: CaseNode }>;
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
          totalCount: number;
        };
      } = expectOk(await api.gql(LIST, { first: 3, after }, tt.headers));
      expect(page.appealCases.totalCount).toBe(7);
      all.push(...page.appealCases.edges.map((e) => e.node));
      after = page.appealCases.pageInfo.hasNextPage ? page.appealCases.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBe(3);
    expect(all.map((n) => n.title)).toEqual([
      'case 2',
      'case 5',
      'case 3',
      'case 6',
      'case 0',
      expect.any(String),
      expect.any(String),
    ]);
    expect(new Set(all.slice(5).map((n) => n.title))).toEqual(new Set(['case 1', 'case 4']));

    const byAmount = expectOk(
      await api.gql<{ appealCases: { edges: Array<{ node: CaseNode }> } }>(
        LIST,
        { orderBy: { field: 'AMOUNT_AT_STAKE', direction: 'DESC' }, first: 2 },
        tt.headers,
      ),
    );
    expect(byAmount.appealCases.edges.map((e) => e.node.amountAtStake)).toEqual([700, 600]);

    const count = async (filter: Record<string, unknown>) =>
      expectOk(await api.gql<{ appealCases: { totalCount: number } }>(LIST, { filter }, tt.headers))
        .appealCases.totalCount;
    expect(await count({ category: ['medical_necessity'] })).toBe(3);
    expect(await count({ assigneeId: biller.id })).toBe(1);
    expect(await count({ deadlineBefore: '2026-12-03T00:00:00Z' })).toBe(2);
    expect(await count({ stage: ['intake'] })).toBe(7);
    expect(await count({ stage: ['submitted'] })).toBe(0);
    const payers = expectOk(
      await api.gql<{ appealCase: { payer: { id: string } } }>(
        `query($id: ID!) { appealCase(id: $id) { payer { id } } }`,
        { id: ids[1] },
        tt.headers,
      ),
    );
    expect(await count({ payerId: payers.appealCase.payer.id })).toBe(3);
    expect(errorCode(await api.gql(LIST, { after: 'garbage' }, tt.headers))).toBe('BAD_USER_INPUT');
    expect(errorCode(await api.gql(LIST, { first: 1000 }, tt.headers))).toBe('BAD_USER_INPUT');
  });

  it('updates with optimistic concurrency and reports NOT_FOUND for unknown or foreign ids', async () => {
    const c = await create({ payerName: 'Humana' });
    const upd = expectOk(
      await api.gql<{ updateAppealCase: { version: number; title: string } }>(
        `mutation($i: UpdateAppealCaseInput!) { updateAppealCase(input: $i) { version title } }`,
        { i: { id: c.id, expectedVersion: 1, title: 'Lumbar MRI' } },
        t.headers,
      ),
    );
    expect(upd.updateAppealCase).toEqual({ version: 2, title: 'Lumbar MRI' });
    const stale = await api.gql(
      `mutation($i: UpdateAppealCaseInput!) { updateAppealCase(input: $i) { version } }`,
      { i: { id: c.id, expectedVersion: 1, title: 'x' } },
      t.headers,
    );
    expect(errorCode(stale)).toBe('CONFLICT');
    const other = await createTestTenant(api);
    expect(
      errorCode(
        await api.gql(
          `query($id: ID!) { appealCase(id: $id) { id } }`,
          { id: c.id },
          other.headers,
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(
      errorCode(
        await api.gql(`query($id: ID!) { appealCase(id: $id) { id } }`, { id: 'nope' }, t.headers),
      ),
    ).toBe('BAD_USER_INPUT');
    const denial = expectOk(
      await api.gql<{ appealCase: { denial: { id: string } } }>(
        `query($id: ID!) { appealCase(id: $id) { denial { id } } }`,
        { id: c.id },
        t.headers,
      ),
    );
    const d = expectOk(
      await api.gql<{ updateDenial: { regime: string; receivedDate: string } }>(
        `mutation($i: UpdateDenialInput!) { updateDenial(input: $i) { regime receivedDate } }`,
        {
          i: {
            id: denial.appealCase.denial.id,
            regime: 'medicare_advantage',
            receivedDate: '2025-03-20',
          },
        },
        t.headers,
      ),
    );
    expect(d.updateDenial).toEqual({ regime: 'medicare_advantage', receivedDate: '2025-03-20' });
    expect(
      expectOk(
        await api.gql<{ deleteAppealCase: boolean }>(
          `mutation($id: ID!) { deleteAppealCase(id: $id) }`,
          { id: c.id },
          t.headers,
        ),
      ).deleteAppealCase,
    ).toBe(true);
    expect(
      errorCode(
        await api.gql(`query($id: ID!) { appealCase(id: $id) { id } }`, { id: c.id }, t.headers),
      ),
    ).toBe('NOT_FOUND');
  });
});
