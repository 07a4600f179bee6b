import { describe, expect, it } from 'vitest';
import { computeDeadlines } from '../compute-deadlines';
import { deadline } from './scenario.test-helper';

describe('ERISA initial claim decision clocks (f)(2)', () => {
  it('pre-service: 15 days, with the one 15-day extension shown', () => {
    const d = deadline(
      computeDeadlines({
        regime: 'erisa_group_health',
        serviceType: 'pre_service',
        claimSubmittedAt: '2025-06-02',
      }),
      'payer_initial_decision',
    );
    expect(d).toMatchObject({
      due: '2025-06-17',
      anchor: { event: 'claim_submitted', date: '2025-06-02' },
      citation: '29 CFR 2560.503-1(f)(2)(iii)(A)',
      extension: { amount: 15, due: '2025-07-02', applied: false },
    });
  });

  it('post-service: 30 days, moved to 45 when the plan took its extension', () => {
    const d = deadline(
      computeDeadlines({
        regime: 'erisa_group_health',
        serviceType: 'post_service',
        claimSubmittedAt: '2025-06-02',
        payerExtensionTaken: true,
      }),
      'payer_initial_decision',
    );
    expect(d.due).toBe('2025-07-17');
    expect(d.extension).toMatchObject({ due: '2025-07-17', applied: true });
    expect(d.citation).toBe('29 CFR 2560.503-1(f)(2)(iii)(B)');
  });

  it('urgent: 72 hours from the claim, as a date-time', () => {
    const d = deadline(
      computeDeadlines({
        regime: 'erisa_group_health',
        serviceType: 'urgent',
        claimSubmittedAt: '2025-06-02T09:00:00-07:00',
      }),
      'payer_initial_decision',
    );
    expect(d).toMatchObject({ due: '2025-06-05T09:00:00-07:00', dayType: 'hours', amount: 72 });
    expect(d.extension).toBeUndefined();
  });
});
