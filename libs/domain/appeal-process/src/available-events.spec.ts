import { describe, expect, it } from 'vitest';
import { availableEventTypes } from './available-events';
import type { CaseProgress } from './stage-transitions';

const base: CaseProgress = {
  stage: 'intake',
  level: 1,
  levelKind: 'internal_first',
  recordsRequested: false,
  recordsReceived: false,
  criteriaReceived: false,
};

describe('availableEventTypes', () => {
  it('offers the gathering steps, submission and closing at intake', () => {
    expect(availableEventTypes(base)).toEqual([
      'recordsRequested',
      'recordsReceived',
      'criteriaReceived',
      'appealSubmitted',
      'deadlineExtended',
      'caseClosed',
    ]);
  });

  it('drops what already happened: records requested and not in yet, criteria in', () => {
    const p = { ...base, stage: 'records_requested' as const, recordsRequested: true };
    expect(availableEventTypes(p)).not.toContain('recordsRequested');
    expect(availableEventTypes({ ...p, criteriaReceived: true })).not.toContain('criteriaReceived');
    expect(availableEventTypes({ ...p, recordsReceived: true })).toContain('recordsRequested');
  });

  it('waits for a decision after submission, then allows escalation after an adverse one', () => {
    expect(availableEventTypes({ ...base, stage: 'awaiting_decision' })).toEqual([
      'decisionReceived',
      'deadlineExtended',
      'levelEscalated',
      'caseClosed',
    ]);
    expect(availableEventTypes({ ...base, stage: 'upheld' })).toEqual([
      'deadlineExtended',
      'levelEscalated',
      'caseClosed',
    ]);
    expect(availableEventTypes({ ...base, stage: 'overturned' })).toEqual([
      'deadlineExtended',
      'caseClosed',
    ]);
  });

  it('offers nothing on a closed case', () => {
    expect(availableEventTypes({ ...base, stage: 'closed' })).toEqual([]);
  });
});
