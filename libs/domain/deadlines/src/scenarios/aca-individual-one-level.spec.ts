import { describe, expect, it } from 'vitest';
import { computeDeadlines } from '../compute-deadlines';
import { deadline } from './scenario.test-helper';

describe('ACA individual market (non-ERISA insured)', () => {
  it('180-day filing window and one level of appeal even if two are claimed', () => {
    const result = computeDeadlines({
      regime: 'aca_individual',
      serviceType: 'post_service',
      receivedDate: '2025-03-19',
      appealSubmittedAt: '2025-04-01',
      internalAppealLevels: 2,
    });
    expect(deadline(result, 'member_appeal_filing')).toMatchObject({
      due: '2025-09-15',
      citation: '45 CFR 147.136(b)(3)(i); 29 CFR 2560.503-1(h)(3)(i)',
    });
    expect(deadline(result, 'payer_appeal_decision')).toMatchObject({
      due: '2025-05-31',
      rule: 'aca_individual.payer_appeal_decision.post_service@2017-01',
    });
  });
});
