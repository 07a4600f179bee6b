import { describe, expect, it } from 'vitest';
import { computeDeadlines } from '../compute-deadlines';
import { deadline } from './scenario.test-helper';

describe('Medicaid managed care: plan resolution with the 14-day extension', () => {
  const facts = {
    regime: 'medicaid_managed_care',
    serviceType: 'pre_service',
    noticeDate: '2025-01-10',
    appealSubmittedAt: '2025-01-20',
  } as const;

  it('standard: 30 days, extension to 44 shown but not applied', () => {
    const d = deadline(computeDeadlines(facts), 'payer_appeal_decision');
    expect(d).toMatchObject({
      due: '2025-02-19',
      citation: '42 CFR 438.408(b)(2)',
      extension: {
        amount: 14,
        due: '2025-03-05',
        citation: '42 CFR 438.408(c)(1)',
        applied: false,
      },
    });
  });

  it('moves the due date when the plan gave notice of the extension', () => {
    const d = deadline(
      computeDeadlines({ ...facts, payerExtensionTaken: true }),
      'payer_appeal_decision',
    );
    expect(d.due).toBe('2025-03-05');
    expect(d.assumptions.join(' ')).toMatch(/due moves from 2025-02-19 to 2025-03-05/);
  });

  it('expedited: 72 hours, extension of 14 days on top', () => {
    const d = deadline(
      computeDeadlines({
        ...facts,
        serviceType: 'urgent',
        appealSubmittedAt: '2025-01-20T09:00:00-06:00',
      }),
      'payer_appeal_decision',
    );
    expect(d).toMatchObject({
      due: '2025-01-23T09:00:00-06:00',
      citation: '42 CFR 438.408(b)(3)',
      extension: { due: '2025-02-06T09:00:00-06:00' },
    });
  });

  it('State fair hearing: 120 days from the resolution notice', () => {
    const d = deadline(
      computeDeadlines({ ...facts, appealResolutionNoticeDate: '2025-02-14' }),
      'state_fair_hearing_request',
    );
    expect(d).toMatchObject({
      due: '2025-06-14',
      anchor: { event: 'appeal_resolution_notice', date: '2025-02-14' },
      citation: '42 CFR 438.408(f)(2)',
    });
  });
});
