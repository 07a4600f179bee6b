import type { DeadlineRule } from './deadline-rule.types';

// With the regime unknown, the member still needs a date: use the shortest federal first-level
// window (60 days from the notice date: Medicaid managed care, and Medicare Advantage notices
// dated before 2025). What decides the regime: an employer plan (ERISA unless church/government),
// a Marketplace or other individual policy, Original Medicare (MAC/Medicare Summary Notice), a
// Medicare Advantage plan (organization determination), or a Medicaid managed care plan.

export const UNKNOWN_REGIME_RULES: readonly DeadlineRule[] = [
  {
    id: 'unknown.member_appeal_filing',
    version: '2017-07',
    effectiveFrom: null,
    effectiveUntil: null,
    lastVerified: '2026-11-23',
    regime: 'unknown',
    kind: 'member_appeal_filing',
    party: 'member',
    amount: 60,
    unit: 'calendar_days',
    anchor: 'notice_date',
    citation: '42 CFR 438.402(c)(2)(ii) (shortest federal window; regime unknown)',
    label: 'File the appeal (regime unknown: the shortest federal window, 60 days from the notice)',
    notes:
      'A safe placeholder, not the plan’s rule. Find out whether the plan is employer-sponsored (ERISA: 180 days from receipt), individual (180 days), Original Medicare (120 days from receipt), Medicare Advantage (65 days from the notice from 2025) or Medicaid managed care (60 days from the notice).',
  },
];
