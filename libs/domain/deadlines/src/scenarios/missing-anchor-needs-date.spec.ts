import { describe, expect, it } from 'vitest';
import { computeDeadlines } from '../compute-deadlines';
import { deadline } from './scenario.test-helper';

describe('No date on the letter: the deadline needs a date, it is never counted from asOf', () => {
  it('reports the member filing as needs_date with its rule and the question, and times nothing', () => {
    const result = computeDeadlines({ regime: 'erisa_group_health', asOf: '2025-05-01' });
    expect(result.deadlines.some((d) => d.kind === 'member_appeal_filing')).toBe(false);
    expect(JSON.stringify(result.deadlines)).not.toContain('2025-05-01');
    expect(result.pending).toEqual([
      expect.objectContaining({
        kind: 'member_appeal_filing',
        status: 'needs_date',
        amount: 180,
        citation: '29 CFR 2560.503-1(h)(3)(i)',
        question: expect.stringMatching(/receive the notice/),
      }),
    ]);
    expect(result.findings).toEqual([
      expect.objectContaining({
        kind: 'missing_anchor_date',
        severity: 'high',
        citation: '29 CFR 2560.503-1(h)(3)(i)',
        deadlineKind: 'member_appeal_filing',
        explanation: expect.stringMatching(/needs_date/),
      }),
    ]);
  });

  it('says the same without any date at all', () => {
    const result = computeDeadlines({ regime: 'medicare_advantage' });
    expect(result.deadlines).toEqual([]);
    expect(result.pending.map((p) => p.kind)).toEqual(['member_appeal_filing']);
    expect(result.findings).toEqual([
      expect.objectContaining({ kind: 'missing_anchor_date', severity: 'high' }),
    ]);
  });

  it('carries the window the letter states onto the pending deadline', () => {
    const result = computeDeadlines({
      regime: 'medicaid_managed_care',
      asOf: '2025-06-01',
      statedWindow: { days: 60, anchor: 'notice' },
    });
    expect(result.pending[0]).toMatchObject({ stated: { days: 60, anchor: 'notice' } });
  });

  it('uses the receipt date for a notice-dated rule, with a medium finding', () => {
    const result = computeDeadlines({
      regime: 'medicaid_managed_care',
      receivedDate: '2025-02-03',
    });
    expect(deadline(result, 'member_appeal_filing').due).toBe('2025-04-04');
    expect(result.pending).toEqual([]);
    expect(result.findings[0]).toMatchObject({ kind: 'missing_anchor_date', severity: 'medium' });
  });
});
