import { describe, expect, it } from 'vitest';
import type { AppealEvent } from '@claimlane/shared-contracts';
import { checkTransition, type CaseProgress } from './stage-transitions';

const base: CaseProgress = {
  stage: 'intake',
  level: 1,
  levelKind: 'internal_first',
  recordsRequested: false,
  recordsReceived: false,
  criteriaReceived: false,
};
const at = '2026-01-01T00:00:00Z';

describe('appeal stage machine', () => {
  it('walks the happy path intake → records → evidence → drafting → awaiting decision → overturned', () => {
    let p = { ...base };
    const step = (e: AppealEvent) => {
      const r = checkTransition(p, e);
      if (!r.ok) throw new Error(r.reason);
      p = {
        ...p,
        stage: r.toStage,
        recordsRequested: p.recordsRequested || e.type === 'recordsRequested',
        recordsReceived: p.recordsReceived || e.type === 'recordsReceived',
        criteriaReceived: p.criteriaReceived || e.type === 'criteriaReceived',
      };
      return p.stage;
    };
    expect(step({ type: 'recordsRequested', at })).toBe('records_requested');
    expect(step({ type: 'recordsReceived', at })).toBe('evidence');
    expect(step({ type: 'criteriaReceived', at })).toBe('drafting');
    expect(step({ type: 'appealSubmitted', at, channel: 'fax' })).toBe('awaiting_decision');
    expect(step({ type: 'decisionReceived', outcome: 'overturned', decidedOn: '2026-02-01' })).toBe(
      'overturned',
    );
    expect(step({ type: 'caseClosed', at, reason: 'won' })).toBe('closed');
  });

  it('refuses events that do not fit the stage', () => {
    expect(
      checkTransition(base, {
        type: 'decisionReceived',
        outcome: 'upheld',
        decidedOn: '2026-01-01',
      }),
    ).toMatchObject({ ok: false });
    expect(
      checkTransition({ ...base, stage: 'closed' }, { type: 'caseClosed', at, reason: 'again' }),
    ).toMatchObject({ ok: false, reason: 'The case is closed' });
    expect(
      checkTransition(
        { ...base, stage: 'awaiting_decision' },
        { type: 'appealSubmitted', at, channel: 'mail' },
      ),
    ).toMatchObject({ ok: false });
    expect(
      checkTransition(base, { type: 'levelEscalated', levelKind: 'external_review', at }),
    ).toMatchObject({ ok: false });
    expect(
      checkTransition(
        { ...base, stage: 'records_requested', recordsRequested: true },
        { type: 'recordsRequested', at },
      ),
    ).toMatchObject({ ok: false });
    expect(
      checkTransition(
        { ...base, recordsReceived: true, stage: 'evidence' },
        { type: 'recordsReceived', at },
      ),
    ).toMatchObject({ ok: false });
  });

  it('escalates after upheld or a late payer and counts the level', () => {
    const up = checkTransition(
      { ...base, stage: 'upheld' },
      { type: 'levelEscalated', levelKind: 'external_review', at },
    );
    expect(up).toEqual({ ok: true, toStage: 'next_level', level: 2, levelKind: 'external_review' });
    const late = checkTransition(
      { ...base, stage: 'awaiting_decision' },
      { type: 'levelEscalated', levelKind: 'external_review', at },
    );
    expect(late).toMatchObject({ ok: true, level: 2 });
    expect(
      checkTransition(
        { ...base, stage: 'next_level', level: 2 },
        { type: 'appealSubmitted', at, channel: 'portal' },
      ),
    ).toMatchObject({ ok: true, toStage: 'awaiting_decision' });
  });

  it('allows a protective appeal before the claim file arrives', () => {
    expect(
      checkTransition(
        { ...base, stage: 'records_requested', recordsRequested: true },
        { type: 'appealSubmitted', at, channel: 'fax' },
      ),
    ).toMatchObject({
      ok: true,
      toStage: 'awaiting_decision',
    });
  });
});
