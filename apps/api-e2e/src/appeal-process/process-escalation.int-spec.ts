import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, expectOk, type GqlResponse, clinicDay } from '@claimlane/testing';
import { processFixture, type ProcessFixture } from './process-fixture';

/** escalateLevel follows the regime's path and its preconditions (issue 9). */
describe('escalation follows the regime path', () => {
  let f: ProcessFixture;
  beforeAll(async () => {
    f = await processFixture();
    await f.startWorker();
  });
  afterAll(async () => f?.close());

  const run = (name: string, type: string, input: Record<string, unknown>) =>
    f.api.gql<Record<string, { stage: string; level: number; levelKind: string }>>(
      `mutation($i: ${type}!) { ${name}(input: $i) { stage level levelKind } }`,
      { i: input },
      f.tenant.headers,
    );
  const escalate = (caseId: string, levelKind: string, extra: Record<string, unknown> = {}) =>
    run('escalateLevel', 'EscalateLevelInput', { caseId, levelKind, ...extra });
  const ext = (res: GqlResponse<unknown>) => res.errors?.[0]?.extensions ?? {};
  const today = () => clinicDay();

  it('an MA case cannot go to the ALJ right after submission, nor to the IRE before a decision', async () => {
    const c = await f.createCase({ regime: 'medicare_advantage' });
    expectOk(await run('submitAppeal', 'SubmitAppealInput', { caseId: c.id, channel: 'portal' }));
    const alj = await escalate(c.id, 'alj');
    expect(errorCode(alj)).toBe('CONFLICT');
    expect(ext(alj)['reason']).toBe('NOT_NEXT_LEVEL');
    expect(ext(alj)['allowedNextLevels']).toEqual([]);
    const ire = await escalate(c.id, 'external_review');
    expect(errorCode(ire)).toBe('CONFLICT');
    expect(ext(ire)['reason']).toBe('ESCALATION_PRECONDITION');
    expect(alj.errors?.[0]?.message).toMatch(/not a next level/);
  });

  it('an upheld ERISA case goes to external review, never to a state fair hearing', async () => {
    const c = await f.createCase();
    expectOk(await run('submitAppeal', 'SubmitAppealInput', { caseId: c.id, channel: 'fax' }));
    expectOk(
      await run('recordDecision', 'RecordDecisionInput', {
        caseId: c.id,
        outcome: 'upheld',
        decidedOn: today(),
      }),
    );
    const sfh = await escalate(c.id, 'state_fair_hearing');
    expect(errorCode(sfh)).toBe('CONFLICT');
    expect(ext(sfh)['allowedNextLevels']).toEqual(
      expect.arrayContaining(['internal_second', 'external_review']),
    );
    const up = expectOk(await escalate(c.id, 'external_review')).escalateLevel!;
    expect(up).toMatchObject({ stage: 'next_level', level: 2, levelKind: 'external_review' });
    // Only the chosen path's window stays open; any other next-level window is cancelled, on record.
    const open = await f.sql<{ kind: string }>(
      `select kind from deadlines where case_id = $1 and status = 'open' and party = 'member'`,
      [c.id],
    );
    expect(open.map((d) => d.kind)).toEqual(['external_review_request']);
    const cancelled = await f.sql<{ kind: string }>(
      `select d.kind from deadlines d where d.case_id = $1 and d.status = 'cancelled'`,
      [c.id],
    );
    const notes = await f.sql<{ summary: string }>(
      `select summary from timeline_events where case_id = $1 and kind = 'deadline_cancelled'`,
      [c.id],
    );
    expect(notes).toHaveLength(cancelled.length);
  });

  it('a Medicare ALJ step needs the amount in controversy', async () => {
    const c = await f.createCase({ regime: 'medicare_advantage' });
    expectOk(await run('submitAppeal', 'SubmitAppealInput', { caseId: c.id, channel: 'mail' }));
    expectOk(
      await run('recordDecision', 'RecordDecisionInput', {
        caseId: c.id,
        outcome: 'upheld',
        decidedOn: today(),
      }),
    );
    expectOk(await escalate(c.id, 'external_review'));
    expectOk(await run('submitAppeal', 'SubmitAppealInput', { caseId: c.id, channel: 'mail' }));
    expectOk(
      await run('recordDecision', 'RecordDecisionInput', {
        caseId: c.id,
        outcome: 'upheld',
        decidedOn: today(),
      }),
    );
    const without = await escalate(c.id, 'alj');
    expect(ext(without)['reason']).toBe('ESCALATION_PRECONDITION');
    expect(without.errors?.[0]?.message).toMatch(/amount in controversy/);
    expect(
      expectOk(await escalate(c.id, 'alj', { amountInControversyMet: true })).escalateLevel,
    ).toMatchObject({
      levelKind: 'alj',
      level: 3,
    });
  });
});
