import { describe, expect, it } from 'vitest';
import { computeDeadlines } from '../compute-deadlines';
import { deadline } from './scenario.test-helper';

describe('Medicare FFS redetermination: receipt presumed notice + 5 days', () => {
  it('counts 120 days from the presumed receipt, not from the notice date', () => {
    const filing = deadline(
      computeDeadlines({ regime: 'medicare_ffs', noticeDate: '2025-01-10' }),
      'member_appeal_filing',
    );
    expect(filing).toMatchObject({
      due: '2025-05-15', // 120 days from the notice date would wrongly give 2025-05-10
      anchor: { event: 'presumed_receipt', date: '2025-01-15' },
      rule: 'medicare_ffs.member_appeal_filing@2005-05',
      citation: '42 CFR 405.942(a)',
    });
    expect(filing.assumptions[0]).toBe(
      'Receipt presumed 5 days after the notice date (2025-01-10 + 5 = 2025-01-15), as 42 CFR 405.942(a)(1) provides unless there is evidence to the contrary.',
    );
  });

  it('uses an actual receipt earlier than the presumption (the safe date)', () => {
    const filing = deadline(
      computeDeadlines({
        regime: 'medicare_ffs',
        noticeDate: '2025-01-10',
        receivedDate: '2025-01-13',
      }),
      'member_appeal_filing',
    );
    expect(filing.due).toBe('2025-05-13');
    expect(filing.anchor).toEqual({ event: 'receipt', date: '2025-01-13' });
  });

  it('keeps the presumption when receipt was later (that needs evidence)', () => {
    const filing = deadline(
      computeDeadlines({
        regime: 'medicare_ffs',
        noticeDate: '2025-01-10',
        receivedDate: '2025-01-25',
      }),
      'member_appeal_filing',
    );
    expect(filing.due).toBe('2025-05-15');
    expect(filing.assumptions.join(' ')).toMatch(/received on 2025-01-25, after the presumed date/);
  });

  it('gives the QIC reconsideration 180 days from presumed receipt of the redetermination', () => {
    const result = computeDeadlines({
      regime: 'medicare_ffs',
      noticeDate: '2025-01-10',
      appealSubmittedAt: '2025-02-03',
      appealResolutionNoticeDate: '2025-06-02',
    });
    expect(deadline(result, 'payer_appeal_decision')).toMatchObject({
      due: '2025-04-04',
      citation: '42 CFR 405.950(a)',
    });
    expect(deadline(result, 'medicare_reconsideration_request')).toMatchObject({
      due: '2025-12-04',
      anchor: { event: 'presumed_receipt', date: '2025-06-07' },
      citation: '42 CFR 405.962(a)',
    });
  });
});
