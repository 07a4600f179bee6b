import { describe, expect, it } from 'vitest';
import { memberFilingDue } from '../deadline.helpers';

describe('Medicare Advantage reconsideration request: 60 days before 2025, 65 after', () => {
  it.each([
    ['2024-12-20', '2025-02-18', 60, 'medicare_advantage.member_appeal_filing@1998-07'],
    ['2024-12-31', '2025-03-01', 60, 'medicare_advantage.member_appeal_filing@1998-07'],
    ['2025-01-01', '2025-03-07', 65, 'medicare_advantage.member_appeal_filing@2025-01'],
    ['2025-01-02', '2025-03-08', 65, 'medicare_advantage.member_appeal_filing@2025-01'],
  ])('notice dated %s → due %s (%i days)', (noticeDate, due, amount, rule) => {
    const d = memberFilingDue({ regime: 'medicare_advantage', noticeDate });
    expect(d).toMatchObject({
      due,
      amount,
      rule,
      anchor: { event: 'notice_date', date: noticeDate },
    });
    expect(d?.citation).toMatch(/^42 CFR 422\.582\(b\)/);
  });

  it('picks the version by the notice date even when the letter arrives in the new year', () => {
    const d = memberFilingDue({
      regime: 'medicare_advantage',
      noticeDate: '2024-12-30',
      receivedDate: '2025-01-06',
    });
    expect(d).toMatchObject({ due: '2025-02-28', amount: 60 });
  });
});
