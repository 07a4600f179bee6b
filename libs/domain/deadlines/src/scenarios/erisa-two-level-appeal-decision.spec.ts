import { describe, expect, it } from 'vitest';
import { computeDeadlines } from '../compute-deadlines';
import { deadline } from './scenario.test-helper';

describe('ERISA plan with two levels of internal appeal', () => {
  it('gives the plan 15 days per level for a pre-service appeal', () => {
    const d = deadline(
      computeDeadlines({
        regime: 'erisa_group_health',
        serviceType: 'pre_service',
        internalAppealLevels: 2,
        noticeDate: '2025-03-10',
        appealSubmittedAt: '2025-04-01',
      }),
      'payer_appeal_decision',
    );
    expect(d).toMatchObject({
      due: '2025-04-16',
      amount: 15,
      rule: 'erisa.payer_appeal_decision.pre_service.two_levels@2002-07',
      citation: '29 CFR 2560.503-1(i)(2)(ii)',
    });
  });

  it('gives 30 days per level for a post-service appeal, read from `level: 2`', () => {
    const result = computeDeadlines({
      regime: 'erisa_group_health',
      serviceType: 'post_service',
      level: 2,
      noticeDate: '2025-03-10',
      appealSubmittedAt: '2025-04-01',
    });
    expect(deadline(result, 'payer_appeal_decision')).toMatchObject({
      due: '2025-05-01',
      citation: '29 CFR 2560.503-1(i)(2)(iii)(B)',
    });
    // No federal number for filing the second level: nothing is invented.
    expect(result.deadlines.some((d) => d.kind === 'member_appeal_filing')).toBe(false);
  });

  it('uses 30 days for a one-level pre-service plan (the halving does not apply)', () => {
    const d = deadline(
      computeDeadlines({
        regime: 'erisa_group_health',
        serviceType: 'pre_service',
        internalAppealLevels: 1,
        appealSubmittedAt: '2025-04-01',
      }),
      'payer_appeal_decision',
    );
    expect(d.due).toBe('2025-05-01');
    expect(d.assumptions.join(' ')).not.toMatch(/one level of internal appeal/);
  });
});
