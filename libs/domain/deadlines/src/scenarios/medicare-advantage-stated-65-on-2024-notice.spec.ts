import { describe, expect, it } from 'vitest';
import { computeDeadlines } from '../compute-deadlines';
import { deadline } from './scenario.test-helper';

// c03_medicare_advantage_ndmc_inpatient_rehab.txt: dated September 5, 2024, says "within 65 days".
describe('2024 Medicare Advantage notice that already states 65 days', () => {
  it('calendars the 60 days then in force and explains the longer promise', () => {
    const result = computeDeadlines({
      regime: 'medicare_advantage',
      serviceType: 'pre_service',
      noticeDate: '2024-09-05',
      statedWindow: { days: 65, anchor: 'notice' },
    });
    const filing = deadline(result, 'member_appeal_filing');
    expect(filing.due).toBe('2024-11-04');
    expect(filing.stated?.due).toBe('2024-11-09');
    expect(filing.regulatory).toEqual({ due: '2024-11-04', days: 60 });
    expect(result.findings).toEqual([]);
  });

  it('flags a 2025 notice that still says 60 days', () => {
    const result = computeDeadlines({
      regime: 'medicare_advantage',
      noticeDate: '2025-03-03',
      statedWindow: { days: 60, anchor: 'notice' },
    });
    expect(deadline(result, 'member_appeal_filing').due).toBe('2025-05-02');
    expect(result.findings[0]).toMatchObject({
      kind: 'stated_window_shorter_than_regulation',
      severity: 'high',
      citation: '42 CFR 422.582(b)',
    });
  });
});
