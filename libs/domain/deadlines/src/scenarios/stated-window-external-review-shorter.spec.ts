import { describe, expect, it } from 'vitest';
import { computeDeadlines } from '../compute-deadlines';
import { deadline } from './scenario.test-helper';

describe('Final denial that gives 60 days to ask for external review', () => {
  it('calendars the letter’s date and flags it against the four-month rule', () => {
    const result = computeDeadlines({
      regime: 'erisa_group_health',
      finalInternalDenialDate: '2025-03-14',
      statedWindow: { days: 60, anchor: 'notice', appliesTo: 'external_review_request' },
    });
    const request = deadline(result, 'external_review_request');
    expect(request.due).toBe('2025-05-13');
    expect(request.regulatory).toEqual({ due: '2025-07-14', days: 122 });
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({
      severity: 'high',
      deadlineKind: 'external_review_request',
    });
    expect(result.findings[0]?.explanation).toMatch(/allows 4 months \(until 2025-07-14\)/);
  });

  it('ignores a "window" aimed at a payer clock (a promise, not the member’s time)', () => {
    const result = computeDeadlines({
      regime: 'erisa_group_health',
      appealSubmittedAt: '2025-04-01',
      statedWindow: { days: 10, anchor: 'notice', appliesTo: 'payer_appeal_decision' },
    });
    expect(deadline(result, 'payer_appeal_decision').stated).toBeUndefined();
    expect(result.findings).toEqual([]);
  });
});
