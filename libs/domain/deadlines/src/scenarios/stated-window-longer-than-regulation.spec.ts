import { describe, expect, it } from 'vitest';
import { computeDeadlines } from '../compute-deadlines';
import { deadline } from './scenario.test-helper';

describe('Letter promising more time than the regulation requires', () => {
  it('calendars the regulatory date, records the promise, raises no finding', () => {
    const result = computeDeadlines({
      regime: 'erisa_group_health',
      noticeDate: '2025-03-14',
      statedWindow: { days: 365, anchor: 'notice' },
    });
    const filing = deadline(result, 'member_appeal_filing');
    expect(filing.due).toBe('2025-09-10');
    expect(filing.stated).toEqual({ due: '2026-03-14', days: 365, anchor: 'notice' });
    expect(filing.regulatory).toEqual({ due: '2025-09-10', days: 180 });
    expect(filing.assumptions.join(' ')).toMatch(
      /The plan is bound by its longer promise, but 2025-09-10 is calendared/,
    );
    expect(result.findings).toEqual([]);
  });
});
