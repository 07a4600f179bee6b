import type { DeadlineRule } from './deadline-rule.types';

// Medicare Advantage (Part C) organization determinations and reconsiderations, 42 CFR 422 subpart M.
//
// 422.582(b), 60 → 65 days. CMS’s Parts C & D appeals guidance (updated 2024-11-20) says it
// incorporates "the regulatory change in the timeframe to submit an appeal from 60 calendar days to
// 65 calendar days from the date of the notice", effective 2025-01-01. We read the amendment as part
// of the CY2025 Part C/D rule (CMS-4205-F, 89 FR 30448, Apr. 23, 2024; provisions applicable to
// coverage from 2025-01-01) but have not seen the Federal Register text offline. Some secondary
// sources describe the new text as "60 days from receipt, receipt presumed 5 days after the notice
// date", which gives the same date from the notice date. Which version applies is decided by the
// notice (organization determination) date: dated on or before 2024-12-31 → 60 days. For a notice
// dated late 2024 the 60-day date is also the earlier, safe one.

const VERIFIED = '2026-11-23';

const SUBPART_M = {
  effectiveFrom: null,
  effectiveUntil: null,
  lastVerified: VERIFIED,
  regime: 'medicare_advantage',
} as const;

const RECON_EXTENSION = {
  amount: 14,
  unit: 'calendar_days',
  citation: '42 CFR 422.590(f)',
  condition:
    'the enrollee asks for it, or the plan justifies a need for more information and the delay is in the enrollee’s interest; written notice required; never for Part B drugs',
} as const;

export const MEDICARE_ADVANTAGE_RULES: readonly DeadlineRule[] = [
  {
    ...SUBPART_M,
    id: 'medicare_advantage.member_appeal_filing',
    version: '2025-01',
    effectiveFrom: '2025-01-01',
    kind: 'member_appeal_filing',
    party: 'member',
    amount: 65,
    unit: 'calendar_days',
    anchor: 'notice_date',
    citation: '42 CFR 422.582(b)',
    label: 'Request reconsideration from the plan (65 days from the notice date)',
    notes:
      'Notices dated 2025-01-01 or later. Amended text not seen offline (see the file header); CMS guidance states 65 calendar days from the date of the notice. Good cause can extend ((c)).',
  },
  {
    ...SUBPART_M,
    id: 'medicare_advantage.member_appeal_filing',
    version: '1998-07',
    effectiveUntil: '2024-12-31',
    kind: 'member_appeal_filing',
    party: 'member',
    amount: 60,
    unit: 'calendar_days',
    anchor: 'notice_date',
    citation: '42 CFR 422.582(b) (before the 2025 amendment)',
    label: 'Request reconsideration from the plan (60 days from the notice date)',
    notes:
      'Prior version: "within 60 calendar days from the date of the notice of the organization determination", for notices dated through 2024-12-31. Start date approximate (Medicare+Choice rules, 1998).',
  },
  {
    ...SUBPART_M,
    id: 'medicare_advantage.payer_appeal_decision.pre_service',
    version: '2020-01',
    kind: 'payer_appeal_decision',
    party: 'payer',
    when: { serviceTypes: ['pre_service'] },
    amount: 30,
    unit: 'calendar_days',
    anchor: 'appeal_submitted',
    extension: RECON_EXTENSION,
    citation: '42 CFR 422.590(a)',
    label: 'Plan decides the standard pre-service reconsideration (30 days)',
    notes:
      'Counts from the plan’s receipt. An affirmed denial goes to the IRE automatically by the same date.',
  },
  {
    ...SUBPART_M,
    id: 'medicare_advantage.payer_appeal_decision.payment',
    version: '2020-01',
    kind: 'payer_appeal_decision',
    party: 'payer',
    when: { serviceTypes: ['post_service'] },
    amount: 60,
    unit: 'calendar_days',
    anchor: 'appeal_submitted',
    citation: '42 CFR 422.590(b)',
    label: 'Plan decides the payment reconsideration (60 days)',
    notes: 'Counts from the plan’s receipt. No extension is modelled for payment requests.',
  },
  {
    ...SUBPART_M,
    id: 'medicare_advantage.payer_appeal_decision.part_b_drug',
    version: '2020-01',
    kind: 'payer_appeal_decision',
    party: 'payer',
    when: { serviceTypes: ['pre_service'], partBDrug: true },
    amount: 7,
    unit: 'calendar_days',
    anchor: 'appeal_submitted',
    citation: '42 CFR 422.590(c)',
    label: 'Plan decides the Part B drug reconsideration (7 days)',
    notes: 'Added for 2020 (CMS-4180-F). No extension for Part B drugs ((f)).',
  },
  {
    ...SUBPART_M,
    id: 'medicare_advantage.payer_appeal_decision.expedited',
    version: '2020-01',
    kind: 'payer_appeal_decision',
    party: 'payer',
    when: { serviceTypes: ['urgent'] },
    amount: 72,
    unit: 'hours',
    anchor: 'appeal_submitted',
    extension: RECON_EXTENSION,
    citation: '42 CFR 422.590(e)',
    label: 'Plan decides the expedited reconsideration (72 hours)',
    notes:
      'Counts from the plan’s receipt. Lettered (d) before the 2020 Part B drug paragraph was inserted.',
  },
  {
    ...SUBPART_M,
    id: 'medicare_advantage.payer_appeal_decision.expedited_part_b_drug',
    version: '2020-01',
    kind: 'payer_appeal_decision',
    party: 'payer',
    when: { serviceTypes: ['urgent'], partBDrug: true },
    amount: 72,
    unit: 'hours',
    anchor: 'appeal_submitted',
    citation: '42 CFR 422.590(e)',
    label: 'Plan decides the expedited Part B drug reconsideration (72 hours)',
    notes: 'As the expedited rule, without the 14-day extension ((f) excludes Part B drugs).',
  },
];
