import { describe, expect, it } from 'vitest';
import { offeredActions } from './offered-actions';

describe('offeredActions', () => {
  it('offers records and submission before submission, never a decision', () => {
    expect(offeredActions('intake', [])).toEqual([
      'requestRecords',
      'markRecordsReceived',
      'markCriteriaReceived',
      'submitAppeal',
      'closeCase',
    ]);
  });

  it('does not offer a second records request while the first is outstanding', () => {
    const a = offeredActions('records_requested', ['case_opened', 'recordsRequested']);
    expect(a).not.toContain('requestRecords');
    expect(a).toContain('markRecordsReceived');
  });

  it('drops what already arrived, and forgets it after an escalation', () => {
    const kinds = ['recordsRequested', 'recordsReceived', 'criteriaReceived'];
    expect(offeredActions('drafting', kinds)).toEqual([
      'requestRecords',
      'submitAppeal',
      'closeCase',
    ]);
    expect(offeredActions('next_level', [...kinds, 'levelEscalated'])).toContain(
      'markRecordsReceived',
    );
  });

  it('after submission offers the decision (and escalation when the payer is late)', () => {
    expect(offeredActions('submitted', [])).toEqual(['recordDecision', 'closeCase']);
    expect(offeredActions('awaiting_decision', [])).toEqual([
      'recordDecision',
      'escalateLevel',
      'closeCase',
    ]);
    expect(offeredActions('upheld', [])).toEqual(['escalateLevel', 'closeCase']);
    expect(offeredActions('overturned', [])).toEqual(['closeCase']);
  });

  it('offers nothing on a closed case', () => {
    expect(offeredActions('closed', [])).toEqual([]);
  });
});
