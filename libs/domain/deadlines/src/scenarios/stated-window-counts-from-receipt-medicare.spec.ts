import { describe, expect, it } from 'vitest';
import { computeDeadlines } from '../compute-deadlines';
import { deadline } from './scenario.test-helper';

describe('Medicare notice counting 120 days from receipt, receipt date unknown', () => {
  it('calendars the notice date plus 120 (the safe date) without blaming the letter', () => {
    const result = computeDeadlines({
      regime: 'medicare_ffs',
      noticeDate: '2025-01-10',
      statedWindow: { days: 120, anchor: 'receipt' },
    });
    const filing = deadline(result, 'member_appeal_filing');
    expect(filing.due).toBe('2025-05-10');
    expect(filing.regulatory?.due).toBe('2025-05-15');
    expect(filing.assumptions.join(' ')).toMatch(/earliest possible receipt/);
    expect(result.findings.map((f) => f.kind)).not.toContain(
      'stated_window_shorter_than_regulation',
    );
  });

  it('still flags a receipt-anchored window shorter than the regulation', () => {
    const result = computeDeadlines({
      regime: 'medicare_ffs',
      noticeDate: '2025-01-10',
      statedWindow: { days: 60, anchor: 'receipt' },
    });
    expect(result.findings).toContainEqual(
      expect.objectContaining({ kind: 'stated_window_shorter_than_regulation', severity: 'high' }),
    );
  });
});
