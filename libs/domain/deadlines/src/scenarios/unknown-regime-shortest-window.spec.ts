import { describe, expect, it } from 'vitest';
import { memberFilingDue } from '../deadline.helpers';

describe('Regime unknown', () => {
  it('calendars the shortest federal window (60 days from the notice) and says what decides it', () => {
    const d = memberFilingDue({ regime: 'unknown', noticeDate: '2025-02-03' });
    expect(d).toMatchObject({ due: '2025-04-04', rule: 'unknown.member_appeal_filing@2017-07' });
    expect(d?.label).toMatch(/regime unknown/);
  });
});
