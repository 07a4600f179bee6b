import { describe, expect, it } from 'vitest';
import { computeDeadlines } from '../compute-deadlines';
import { deadline } from './scenario.test-helper';

describe('Medicaid sample letters’ stated windows', () => {
  it('c05 (notice 2025-01-10, "60 calendar days from the date"): matches the regulation', () => {
    const result = computeDeadlines({
      regime: 'medicaid_managed_care',
      noticeDate: '2025-01-10',
      statedWindow: { days: 60, anchor: 'notice' },
    });
    const filing = deadline(result, 'member_appeal_filing');
    expect(filing).toMatchObject({ due: '2025-03-11', citation: '42 CFR 438.402(c)(2)(ii)' });
    expect(filing.stated?.due).toBe('2025-03-11');
    expect(result.findings).toEqual([]);
  });

  it('NY final adverse determination ("Fair Hearing by [Date+120]") applies to the hearing', () => {
    const result = computeDeadlines({
      regime: 'medicaid_managed_care',
      appealResolutionNoticeDate: '2025-02-14',
      statedWindow: { days: 120, anchor: 'notice', appliesTo: 'state_fair_hearing_request' },
    });
    const hearing = deadline(result, 'state_fair_hearing_request');
    expect(hearing.due).toBe('2025-06-14');
    expect(hearing.stated?.due).toBe('2025-06-14');
    expect(result.findings).toEqual([]);
    // The first-level filing is behind this case: no asOf fallback, no missing-date finding.
    expect(result.deadlines.map((d) => d.kind)).toEqual(['state_fair_hearing_request']);
  });
});
