import { describe, expect, it } from 'vitest';
import { computeDeadlines } from '../compute-deadlines';
import { deadline } from './scenario.test-helper';

// c01_erisa_med_necessity_mri.txt: notice dated 2025-03-14, "180 days", post-service MRI denial.
describe('ERISA post-service denial: member filing window', () => {
  it('counts 180 days from the receipt date when it is known', () => {
    const result = computeDeadlines({
      regime: 'erisa_group_health',
      serviceType: 'post_service',
      noticeDate: '2025-03-14',
      receivedDate: '2025-03-19',
    });
    const filing = deadline(result, 'member_appeal_filing');
    expect(filing).toMatchObject({
      due: '2025-09-15',
      anchor: { event: 'receipt', date: '2025-03-19' },
      dayType: 'calendar',
      amount: 180,
      party: 'member',
      rule: 'erisa.member_appeal_filing@2002-07',
      citation: '29 CFR 2560.503-1(h)(3)(i)',
    });
    expect(filing.assumptions).toEqual([]);
    expect(result.findings).toEqual([]);
  });

  it('counts from the notice date, and says why that is safe, when receipt is unknown', () => {
    const filing = deadline(
      computeDeadlines({ regime: 'erisa_group_health', noticeDate: '2025-03-14' }),
      'member_appeal_filing',
    );
    expect(filing.due).toBe('2025-09-10');
    expect(filing.anchor).toEqual({ event: 'notice_date', date: '2025-03-14' });
    expect(filing.assumptions).toContain(
      'Receipt date unknown: counted from the notice date, the earliest possible receipt, so the date is safe.',
    );
  });

  it('starts the plan’s 60-day post-service clock once the appeal is submitted', () => {
    const result = computeDeadlines({
      regime: 'erisa_group_health',
      serviceType: 'post_service',
      noticeDate: '2025-03-14',
      appealSubmittedAt: '2025-04-01',
    });
    const decision = deadline(result, 'payer_appeal_decision');
    expect(decision).toMatchObject({
      due: '2025-05-31',
      party: 'payer',
      anchor: { event: 'appeal_submitted', date: '2025-04-01' },
      citation: '29 CFR 2560.503-1(i)(2)(iii)(A)',
      rule: 'erisa.payer_appeal_decision.post_service@2002-07',
    });
    expect(decision.assumptions.join(' ')).toMatch(/one level of internal appeal/);
  });
});
