import { describe, expect, it } from 'vitest';
import type { AppealTiming, AppealWorkflowState } from '@claimlane/shared-contracts';
import { plan } from './appeal-timers';

const timing: AppealTiming = {
  reminderOffsetsMs: [],
  recordsFollowUpMs: 60_000,
  protectiveLeadMs: 0,
  continueAsNewAfterEvents: 2000,
};

function state(dueAt: number, stage: AppealWorkflowState['stage'] = 'intake'): AppealWorkflowState {
  return {
    stage,
    level: 1,
    levelKind: 'internal_first',
    regime: 'erisa_group_health',
    deadlines: [
      {
        id: 'd1',
        kind: 'member_appeal_filing',
        party: 'member',
        dueAt: new Date(dueAt).toISOString(),
        status: 'open',
        label: null,
        citation: null,
      },
    ],
    remindersSent: [],
    recordsRequestedAt: null,
    recordsReceivedAt: null,
    criteriaReceivedAt: null,
    followUpSent: false,
    protectiveSuggested: true,
    payerLateNotified: [],
    recentTimeline: [],
    transitionSeq: 0,
  };
}

describe('timer plan: a filing deadline is declared missed only after the grace', () => {
  const due = Date.UTC(2026, 8, 15, 3, 59, 59);
  it('without a grace, at the deadline', () => {
    expect(plan(state(due), timing, due).due.map((a) => a.kind)).toEqual([
      'member_deadline_passed',
    ]);
  });
  it('with a day of grace, not at the deadline but a day later, and the timer waits for it', () => {
    const t = { ...timing, missedGraceMs: 86_400_000 };
    const at = plan(state(due), t, due + 1000);
    expect(at.due).toEqual([]);
    expect(at.nextAt).toBe(due + 86_400_000);
    expect(plan(state(due), t, due + 86_400_000).due.map((a) => a.kind)).toEqual([
      'member_deadline_passed',
    ]);
  });
  it('never after submission', () => {
    const t = { ...timing, missedGraceMs: 1000 };
    expect(plan(state(due, 'awaiting_decision'), t, due + 5000).due).toEqual([]);
  });
});

describe('timer plan: a deadline waiting for its date (needs_date) is never timed', () => {
  it('plans no reminder, no missed deadline and no protective appeal for it, whatever its dueAt', () => {
    const s = state(0);
    // A row without a due time: if one ever reached the workflow, its dueAt would read as 1970.
    s.deadlines[0]!.status = 'needs_date' as AppealWorkflowState['deadlines'][number]['status'];
    const t = {
      ...timing,
      reminderOffsetsMs: [7 * 86_400_000, 86_400_000],
      protectiveLeadMs: 1000,
    };
    s.protectiveSuggested = false;
    const at = plan(s, t, Date.UTC(2026, 8, 15));
    expect(at).toEqual({ due: [], nextAt: null });
  });
});
