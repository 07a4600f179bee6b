import { describe, expect, it } from 'vitest';
import { computeDeadlines } from '../compute-deadlines';
import { deadline } from './scenario.test-helper';

describe('ERISA denial that states a 60-day appeal window', () => {
  const result = computeDeadlines({
    regime: 'erisa_group_health',
    noticeDate: '2025-03-14',
    receivedDate: '2025-03-19',
    statedWindow: { days: 60, anchor: 'notice', span: [812, 871] },
  });
  const filing = deadline(result, 'member_appeal_filing');

  it('calendars the letter’s earlier date and shows both', () => {
    expect(filing.due).toBe('2025-05-13');
    expect(filing.stated).toEqual({ due: '2025-05-13', days: 60, anchor: 'notice' });
    expect(filing.regulatory).toEqual({ due: '2025-09-15', days: 180 });
    expect(filing.assumptions.join(' ')).toMatch(/2025-05-13 is calendared, the safe date/);
  });

  it('raises a high-severity finding citing the regulation, with the letter’s span', () => {
    expect(result.findings).toEqual([
      expect.objectContaining({
        kind: 'stated_window_shorter_than_regulation',
        severity: 'high',
        citation: '29 CFR 2560.503-1(h)(3)(i)',
        span: [812, 871],
        deadlineKind: 'member_appeal_filing',
        rule: 'erisa.member_appeal_filing@2002-07',
      }),
    ]);
    expect(result.findings[0]?.explanation).toMatch(
      /allows 60 days from the notice date; .* allows 180 days/,
    );
  });
});
