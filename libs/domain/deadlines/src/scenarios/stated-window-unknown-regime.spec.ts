import { describe, expect, it } from 'vitest';
import { computeDeadlines } from '../compute-deadlines';
import { deadline } from './scenario.test-helper';

describe('Plan type unknown, the letter states its window', () => {
  it('calendars the letter’s longer window and keeps the 60-day placeholder as a warning', () => {
    const result = computeDeadlines({
      regime: 'unknown',
      noticeDate: '2025-03-14',
      statedWindow: { days: 180, anchor: 'notice' },
    });
    const filing = deadline(result, 'member_appeal_filing');
    expect(filing.due).toBe('2025-09-10');
    expect(filing.amount).toBe(180);
    expect(filing.citation).toBe('window stated in the letter');
    expect(filing.regulatory).toEqual({ due: '2025-05-13', days: 60 });
    expect(filing.assumptions.join(' ')).toMatch(
      /allows only 60 days from the notice \(until 2025-05-13\)/,
    );
    expect(result.findings).toEqual([]);
  });

  it('still calendars the 60-day placeholder when the letter states nothing', () => {
    const filing = deadline(
      computeDeadlines({ regime: 'unknown', noticeDate: '2025-03-14' }),
      'member_appeal_filing',
    );
    expect(filing.due).toBe('2025-05-13');
    expect(filing.citation).toMatch(/438\.402/);
  });

  it('a shorter stated window is calendared and flagged, as for any regime', () => {
    const result = computeDeadlines({
      regime: 'unknown',
      noticeDate: '2025-03-14',
      statedWindow: { days: 30, anchor: 'notice' },
    });
    expect(deadline(result, 'member_appeal_filing').due).toBe('2025-04-13');
    expect(result.findings.map((f) => f.kind)).toContain('stated_window_shorter_than_regulation');
  });
});
