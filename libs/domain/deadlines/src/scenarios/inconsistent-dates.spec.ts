import { describe, expect, it } from 'vitest';
import { computeDeadlines } from '../compute-deadlines';
import { deadline } from './scenario.test-helper';

/** The filing deadline is not timed: it waits for a date (needs_date). */
function expectFilingNeedsDate(result: ReturnType<typeof computeDeadlines>): void {
  expect(result.deadlines.some((d) => d.kind === 'member_appeal_filing')).toBe(false);
  expect(result.pending.map((p) => p.kind)).toEqual(['member_appeal_filing']);
}

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
    expectFilingNeedsDate(result);
  });

  it('never counts from a notice dated after the analysis date: the deadline needs the date', () => {
    const result = computeDeadlines({
      regime: 'erisa_group_health',
      noticeDate: '2025-06-01',
      asOf: '2025-05-01',
    });
    expect(result.findings[0]?.explanation).toMatch(
      /notice date \(2025-06-01\) is after the analysis date \(2025-05-01\); it was not used/,
    );
    expectFilingNeedsDate(result);
  });

  it('counts from the notice when only the receipt is in the future', () => {
    const result = computeDeadlines({
      regime: 'erisa_group_health',
      noticeDate: '2025-04-01',
      receivedDate: '2025-06-01',
      asOf: '2025-05-01',
    });
    expect(result.findings.map((f) => f.explanation).join(' ')).toMatch(
      /received date \(2025-06-01\) is after the analysis date/,
    );
    expect(deadline(result, 'member_appeal_filing').due).toBe('2025-09-28');
  });

  it('still flags other dates after the analysis date without dropping them', () => {
    const result = computeDeadlines({
      regime: 'erisa_group_health',
      noticeDate: '2025-04-01',
      appealSubmittedAt: '2025-06-01',
      asOf: '2025-05-01',
    });
    expect(result.findings.map((f) => f.explanation).join(' ')).toMatch(
      /appeal submission \(2025-06-01\) is after the analysis date/,
    );
  });
});
