import { describe, expect, it } from 'vitest';
import { computeDeadlines } from '../compute-deadlines';
import { deadline } from './scenario.test-helper';

describe('Medicare notice counting 120 days from its own date instead of from receipt', () => {
  it('calendars the letter’s date and raises a low-severity finding (anchor, not length)', () => {
    const result = computeDeadlines({
      regime: 'medicare_ffs',
      noticeDate: '2025-01-10',
      statedWindow: { days: 120, anchor: 'notice' },
    });
    const filing = deadline(result, 'member_appeal_filing');
    expect(filing.due).toBe('2025-05-10');
    expect(filing.regulatory?.due).toBe('2025-05-15');
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({
      kind: 'stated_window_shorter_than_regulation',
      severity: 'low',
      citation: '42 CFR 405.942(a)',
    });
  });
});
