import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addMember,
  bearer,
  createTestTenant,
  errorCode,
  expectEventually,
  expectOk,
  clinicDay,
} from '@claimlane/testing';
import { appealWorkflowId } from '@claimlane/shared-contracts';
import { CASE_FIELDS, processFixture, type ProcessFixture } from './process-fixture';

interface CaseView {
  id: string;
  stage: string;
  level: number;
  levelKind: string;
  outcome: string | null;
  deadlines: Array<{
    id: string;
    kind: string;
    status: string;
    due: string;
    rule: string | null;
    citation: string | null;
  }>;
  timeline: Array<{ kind: string; stage: string | null; summary: string }>;
}

describe('appeal process through GraphQL and a real Temporal worker', () => {
  let f: ProcessFixture;
  beforeAll(async () => {
    f = await processFixture();
    await f.startWorker();
  });
  afterAll(async () => f?.close());

  const mutate = async (name: string, input: Record<string, unknown>) => {
    const res = await f.api.gql<Record<string, CaseView>>(
      `mutation($i: ${inputType(name)}!) { ${name}(input: $i) { ${CASE_FIELDS} } }`,
      { i: input },
      f.tenant.headers,
    );
    return res;
  };
  const get = async (id: string) =>
    expectOk(
      await f.api.gql<{ appealCase: CaseView }>(
        `query($id: ID!) { appealCase(id: $id) { ${CASE_FIELDS} } }`,
        { id },
        f.tenant.headers,
      ),
    ).appealCase;

  it('starts a workflow per case and runs the happy path to overturned, writing every step to Postgres', async () => {
    const c = await f.createCase();
    const handle = f.api.runtime.workflows!.raw.workflow.getHandle(
      appealWorkflowId(f.tenant.id, c.id),
    );
    await expectEventually(async () => expect(await handle.query('stage')).toBe('intake'));
    const start = await get(c.id);
    const filing = start.deadlines.find((d) => d.kind === 'member_appeal_filing');
    expect(filing).toMatchObject({
      status: 'open',
      rule: expect.stringContaining('erisa.member_appeal_filing'),
    });
    expect(filing?.citation).toContain('2560.503-1(h)(3)(i)');

    expect(expectOk(await mutate('requestRecords', { caseId: c.id })).requestRecords!.stage).toBe(
      'records_requested',
    );
    expect(
      expectOk(await mutate('markRecordsReceived', { caseId: c.id })).markRecordsReceived!.stage,
    ).toBe('evidence');
    expect(
      expectOk(await mutate('markCriteriaReceived', { caseId: c.id })).markCriteriaReceived!.stage,
    ).toBe('drafting');
    const submitted = expectOk(
      await mutate('submitAppeal', {
        caseId: c.id,
        channel: 'fax',
        proof: 'fax confirmation 7731',
      }),
    ).submitAppeal!;
    expect(submitted.stage).toBe('awaiting_decision');
    expect(submitted.deadlines.find((d) => d.kind === 'member_appeal_filing')?.status).toBe('met');
    const payerClock = submitted.deadlines.find((d) => d.kind === 'payer_appeal_decision');
    expect(payerClock).toMatchObject({ status: 'open' });
    expect(payerClock?.citation).toContain('2560.503-1(i)');
    const decided = expectOk(
      await mutate('recordDecision', {
        caseId: c.id,
        outcome: 'overturned',
        decidedOn: clinicDay(),
      }),
    ).recordDecision!;
    expect(decided).toMatchObject({ stage: 'overturned', outcome: 'overturned' });
    expect(decided.deadlines.find((d) => d.kind === 'payer_appeal_decision')?.status).toBe('met');
    const closed = expectOk(
      await mutate('closeCase', { caseId: c.id, reason: 'paid after overturn' }),
    ).closeCase!;
    expect(closed.stage).toBe('closed');
    expect(closed.timeline.map((t) => t.kind)).toEqual(
      expect.arrayContaining([
        'recordsRequested',
        'recordsReceived',
        'criteriaReceived',
        'appealSubmitted',
        'decisionReceived',
        'caseClosed',
      ]),
    );
    await expect(handle.result()).resolves.toEqual({ stage: 'closed' });
    // A second close does not fit: CONFLICT, nothing changes.
    const again = await mutate('closeCase', { caseId: c.id, reason: 'again' });
    expect(errorCode(again)).toBe('CONFLICT');
    expect((await get(c.id)).timeline.filter((t) => t.kind === 'caseClosed')).toHaveLength(1);
  });

  it('upheld → next-level deadline with its citation → escalated to external review → submitted again', async () => {
    // A decision date may not precede the denial (DATE_BEFORE_DENIAL): the notice is from October.
    const c = await f.createCase({ noticeDate: '2026-10-01' });
    expectOk(await mutate('submitAppeal', { caseId: c.id, channel: 'portal' }));
    const upheld = expectOk(
      await mutate('recordDecision', { caseId: c.id, outcome: 'upheld', decidedOn: '2026-10-31' }),
    ).recordDecision!;
    expect(upheld.stage).toBe('upheld');
    const ext = upheld.deadlines.find((d) => d.kind === 'external_review_request');
    // Four months after Oct 31 has no corresponding date: the rule says the first day of the fifth month.
    expect(ext).toMatchObject({ status: 'open', due: '2027-03-01' });
    expect(ext?.citation).toContain('2590.715-2719');
    const escalated = expectOk(
      await mutate('escalateLevel', { caseId: c.id, levelKind: 'external_review' }),
    ).escalateLevel!;
    expect(escalated).toMatchObject({
      stage: 'next_level',
      level: 2,
      levelKind: 'external_review',
      outcome: null,
    });
    const resubmitted = expectOk(
      await mutate('submitAppeal', { caseId: c.id, channel: 'mail' }),
    ).submitAppeal!;
    expect(resubmitted.stage).toBe('awaiting_decision');
    expect(resubmitted.deadlines.find((d) => d.kind === 'external_review_request')?.status).toBe(
      'met',
    );
  });

  it('events that do not fit the stage answer CONFLICT and change nothing; malformed signals never fail the workflow', async () => {
    const c = await f.createCase();
    const before = await get(c.id);
    const impossible = await mutate('recordDecision', {
      caseId: c.id,
      outcome: 'upheld',
      decidedOn: '2026-02-30',
    });
    expect(errorCode(impossible)).toBe('BAD_USER_INPUT');
    const early = await mutate('recordDecision', {
      caseId: c.id,
      outcome: 'upheld',
      decidedOn: '2026-01-01',
    });
    expect(errorCode(early)).toBe('CONFLICT');
    expect(early.errors?.[0]?.message).toMatch(/after submission/);
    expect(
      errorCode(await mutate('escalateLevel', { caseId: c.id, levelKind: 'external_review' })),
    ).toBe('CONFLICT');
    expect(errorCode(await mutate('markRecordsReceived', { caseId: 'not-a-uuid' }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      errorCode(
        await mutate('extendDeadline', {
          caseId: c.id,
          deadlineId: '00000000-0000-4000-8000-000000000000',
          newDueAt: new Date().toISOString(),
          reason: 'x',
        }),
      ),
    ).toBe('NOT_FOUND');
    const after = await get(c.id);
    expect(after.stage).toBe(before.stage);
    expect(after.timeline).toEqual(before.timeline);

    // Straight to the workflow, bypassing the API: garbage and out-of-order events are recorded and ignored.
    const client = f.api.runtime.workflows!;
    const handle = client.raw.workflow.getHandle(appealWorkflowId(f.tenant.id, c.id));
    await handle.signal('decisionReceived', { outcome: 'nonsense', decidedOn: 'yesterday' });
    await handle.signal('decisionReceived', { outcome: 'upheld', decidedOn: '2026-01-01' });
    await handle.signal('caseClosed', {});
    await expectEventually(async () =>
      expect((await get(c.id)).timeline.filter((t) => t.kind === 'event_ignored')).toHaveLength(3),
    );
    expect(await handle.query('stage')).toBe('intake');
    expect((await handle.describe()).status.name).toBe('RUNNING');
    // And the case still works.
    expect(expectOk(await mutate('requestRecords', { caseId: c.id })).requestRecords!.stage).toBe(
      'records_requested',
    );
  });

  it('other tenants cannot move a case (NOT_FOUND), and VIEWERs may not (FORBIDDEN)', async () => {
    const c = await f.createCase();
    const other = await createTestTenant(f.api);
    const res = await f.api.gql(
      `mutation($i: CaseEventInput!) { requestRecords(input: $i) { id } }`,
      { i: { caseId: c.id } },
      other.headers,
    );
    expect(errorCode(res)).toBe('NOT_FOUND');
    const viewer = await addMember(f.api, f.tenant, 'VIEWER');
    const v = await f.api.gql(
      `mutation($i: CaseEventInput!) { requestRecords(input: $i) { id } }`,
      { i: { caseId: c.id } },
      bearer(viewer, f.tenant.id),
    );
    expect(errorCode(v)).toBe('FORBIDDEN');
  });
});

function inputType(mutation: string): string {
  return (
    {
      requestRecords: 'CaseEventInput',
      markRecordsReceived: 'CaseEventInput',
      markCriteriaReceived: 'CaseEventInput',
      submitAppeal: 'SubmitAppealInput',
      recordDecision: 'RecordDecisionInput',
      extendDeadline: 'ExtendDeadlineInput',
      escalateLevel: 'EscalateLevelInput',
      closeCase: 'CloseCaseInput',
    } as Record<string, string>
  )[mutation]!;
}
