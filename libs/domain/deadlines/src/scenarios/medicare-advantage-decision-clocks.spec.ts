import { describe, expect, it } from 'vitest';
import { payerDecisionDue } from '../deadline.helpers';

describe('Medicare Advantage plan reconsideration clocks (422.590)', () => {
  const base = { regime: 'medicare_advantage', appealSubmittedAt: '2025-04-01' } as const;

  it('pre-service 30 days (+14 extension), payment 60, Part B drug 7', () => {
    expect(payerDecisionDue({ ...base, serviceType: 'pre_service' })).toMatchObject({
      due: '2025-05-01',
      citation: '42 CFR 422.590(a)',
      extension: { due: '2025-05-15', citation: '42 CFR 422.590(f)' },
    });
    const payment = payerDecisionDue({ ...base, serviceType: 'post_service' });
    expect(payment).toMatchObject({ due: '2025-05-31', citation: '42 CFR 422.590(b)' });
    expect(payment?.extension).toBeUndefined();
    const drug = payerDecisionDue({ ...base, serviceType: 'pre_service', partBDrug: true });
    expect(drug).toMatchObject({ due: '2025-04-08', citation: '42 CFR 422.590(c)' });
    expect(drug?.extension).toBeUndefined();
  });

  it('expedited: 72 hours from the request, extension stays a date-time', () => {
    const d = payerDecisionDue({
      ...base,
      serviceType: 'urgent',
      appealSubmittedAt: '2025-04-01T11:00:00-05:00',
    });
    expect(d).toMatchObject({
      due: '2025-04-04T11:00:00-05:00',
      dayType: 'hours',
      citation: '42 CFR 422.590(e)',
      extension: { due: '2025-04-18T11:00:00-05:00', applied: false },
    });
  });
});
