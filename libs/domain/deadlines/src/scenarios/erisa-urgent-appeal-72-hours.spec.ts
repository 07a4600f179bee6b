import { describe, expect, it } from 'vitest';
import { payerDecisionDue } from '../deadline.helpers';

describe('ERISA urgent care appeal: 72-hour clock', () => {
  it('is 72 elapsed hours across the DST change, in the offset given', () => {
    const d = payerDecisionDue({
      regime: 'erisa_group_health',
      serviceType: 'urgent',
      appealSubmittedAt: '2025-03-07T16:30:00-05:00',
    });
    expect(d).toMatchObject({
      due: '2025-03-10T16:30:00-05:00',
      dayType: 'hours',
      amount: 72,
      anchor: { event: 'appeal_submitted', date: '2025-03-07T16:30:00-05:00' },
      citation: '29 CFR 2560.503-1(i)(2)(i)',
    });
  });

  it('counts from 00:00 UTC, and says so, when only the date is known', () => {
    const d = payerDecisionDue({
      regime: 'erisa_group_health',
      serviceType: 'urgent',
      appealSubmittedAt: '2025-03-07',
    });
    expect(d?.due).toBe('2025-03-10T00:00:00Z');
    expect(d?.assumptions.join(' ')).toMatch(/Time of day unknown/);
  });
});
