import type { DeadlineRule } from './deadline-rule.types';

// Medicaid managed care (MCO/PIHP/PAHP) appeals, 42 CFR 438 subpart F as rewritten by the 2016
// managed care rule (81 FR 27498), applicable to contracts from 2017-07-01. Before that states set
// 30–90 days; cases that old are not modelled. States may give enrollees more time.

const VERIFIED = '2026-11-23';
const BASE = {
  version: '2017-07',
  effectiveFrom: null,
  effectiveUntil: null,
  lastVerified: VERIFIED,
  regime: 'medicaid_managed_care',
} as const;

const RESOLUTION_EXTENSION = {
  amount: 14,
  unit: 'calendar_days',
  citation: '42 CFR 438.408(c)(1)',
  condition:
    'the enrollee asks for it, or the plan shows the State it needs more information and the delay is in the enrollee’s interest; the plan must give written notice of the reason',
} as const;

export const MEDICAID_MANAGED_CARE_RULES: readonly DeadlineRule[] = [
  {
    ...BASE,
    id: 'medicaid_managed_care.member_appeal_filing',
    kind: 'member_appeal_filing',
    party: 'member',
    amount: 60,
    unit: 'calendar_days',
    anchor: 'notice_date',
    citation: '42 CFR 438.402(c)(2)(ii)',
    label: 'Appeal to the plan (60 days from the date on the notice)',
    notes: '"60 calendar days from the date on the adverse benefit determination notice".',
  },
  {
    ...BASE,
    id: 'medicaid_managed_care.payer_appeal_decision.standard',
    kind: 'payer_appeal_decision',
    party: 'payer',
    when: { serviceTypes: ['pre_service', 'post_service'] },
    amount: 30,
    unit: 'calendar_days',
    anchor: 'appeal_submitted',
    extension: RESOLUTION_EXTENSION,
    citation: '42 CFR 438.408(b)(2)',
    label: 'Plan resolves the appeal (30 days)',
    notes:
      'Counts from the day the plan receives the appeal. A plan that misses it is deemed to have exhausted its process, and the enrollee may go to a State fair hearing ((c)(3)).',
  },
  {
    ...BASE,
    id: 'medicaid_managed_care.payer_appeal_decision.expedited',
    kind: 'payer_appeal_decision',
    party: 'payer',
    when: { serviceTypes: ['urgent'] },
    amount: 72,
    unit: 'hours',
    anchor: 'appeal_submitted',
    extension: RESOLUTION_EXTENSION,
    citation: '42 CFR 438.408(b)(3)',
    label: 'Plan resolves the expedited appeal (72 hours)',
    notes: 'Counts from the plan’s receipt. Deemed exhaustion as for standard appeals ((c)(3)).',
  },
  {
    ...BASE,
    id: 'medicaid_managed_care.state_fair_hearing_request',
    kind: 'state_fair_hearing_request',
    party: 'member',
    amount: 120,
    unit: 'calendar_days',
    anchor: 'appeal_resolution_notice',
    citation: '42 CFR 438.408(f)(2)',
    label: 'Request a State fair hearing (120 days from the plan’s resolution notice)',
    notes: '"no later than 120 calendar days from the date of the MCO’s … notice of resolution".',
  },
];
