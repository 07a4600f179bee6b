import { describe, expect, it } from 'vitest';
import { computeDeadlines } from '../compute-deadlines';
import { deadline } from './scenario.test-helper';

describe('Dates that contradict each other', () => {
  it('flags receipt before the notice and counts from the earlier date', () => {
    const result = computeDeadlines({
      regime: 'medicaid_managed_care',
      noticeDate: '2025-03-10',
      receivedDate: '2025-03-05',
    });
    expect(result.findings).toEqual([
      expect.objectContaining({ kind: 'inconsistent_dates', severity: 'medium' }),
    ]);
    expect(result.findings[0]?.explanation).toMatch(
      /received date \(2025-03-05\) is before the notice date \(2025-03-10\)/,
    );
    expect(deadline(result, 'member_appeal_filing').due).toBe('2025-05-04');
  });

  it('flags an appeal submitted before the notice', () => {
    const result = computeDeadlines({
      regime: 'erisa_group_health',
      noticeDate: '2025-03-10',
      appealSubmittedAt: '2025-03-01',
    });
    expect(result.findings.map((f) => f.kind)).toEqual(['inconsistent_dates']);
    expect(result.findings[0]?.explanation).toMatch(/appeal submission \(2025-03-01\)/);
  });

  it('ignores an impossible date with a finding instead of throwing', () => {
    const result = computeDeadlines({
      regime: 'erisa_group_health',
      noticeDate: '2025-02-30',
      asOf: '2025-03-05',
    });
    expect(result.findings.map((f) => f.kind)).toEqual([
      'inconsistent_dates',
      'missing_anchor_date',
    ]);
    // The impossible date is dropped and nothing else anchors the filing: it needs a date.
    expect(result.deadlines.some((d) => d.kind === 'member_appeal_filing')).toBe(false);
    expect(result.pending.map((p) => p.kind)).toEqual(['member_appeal_filing']);
  });

  it('flags dates after the analysis date', () => {
    const result = computeDeadlines({
      regime: 'erisa_group_health',
      noticeDate: '2025-06-01',
      asOf: '2025-05-01',
    });
    expect(result.findings[0]?.explanation).toMatch(/after the analysis date/);
  });
});
