import { describe, expect, it } from 'vitest';
import { computeDeadlines } from '../compute-deadlines';
import { deadline } from './scenario.test-helper';

describe('External reviewer decision clocks', () => {
  it('standard review: 45 days after the IRO receives the request', () => {
    const d = deadline(
      computeDeadlines({
        regime: 'erisa_group_health',
        serviceType: 'post_service',
        finalInternalDenialDate: '2025-04-20',
        externalReviewRequestedAt: '2025-05-05',
      }),
      'external_review_decision',
    );
    expect(d).toMatchObject({ due: '2025-06-19', party: 'reviewer', dayType: 'calendar' });
    expect(d.anchor.event).toBe('external_review_requested');
  });

  it('expedited review: 72 hours after receipt, as a date-time', () => {
    const d = deadline(
      computeDeadlines({
        regime: 'aca_individual',
        serviceType: 'urgent',
        externalReviewRequestedAt: '2025-05-05T15:45:00-04:00',
      }),
      'external_review_decision',
    );
    expect(d).toMatchObject({
      due: '2025-05-08T15:45:00-04:00',
      dayType: 'hours',
      citation: '45 CFR 147.136(d)(3)(iv)',
    });
  });
});
