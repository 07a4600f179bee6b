import type { DeadlineRule } from './deadline-rule.types';

// Original Medicare (Parts A and B) claim appeals, 42 CFR 405 subpart I (70 FR 11420, Mar. 8, 2005).

const VERIFIED = '2026-11-23';
const BASE = {
  version: '2005-05',
  effectiveFrom: null,
  effectiveUntil: null,
  lastVerified: VERIFIED,
  regime: 'medicare_ffs',
} as const;

export const MEDICARE_FFS_RULES: readonly DeadlineRule[] = [
  {
    ...BASE,
    id: 'medicare_ffs.member_appeal_filing',
    kind: 'member_appeal_filing',
    party: 'member',
    amount: 120,
    unit: 'calendar_days',
    anchor: 'receipt',
    presumedReceiptDays: 5,
    presumptionCitation: '42 CFR 405.942(a)(1)',
    citation: '42 CFR 405.942(a)',
    label: 'Request redetermination from the Medicare contractor (120 days after receipt)',
    notes:
      'Receipt of the initial determination is presumed 5 calendar days after the notice date unless there is evidence to the contrary ((a)(1)); the request counts as filed when the contractor receives it ((a)(2)). Good cause can extend the time ((b)).',
  },
  {
    ...BASE,
    id: 'medicare_ffs.payer_appeal_decision',
    kind: 'payer_appeal_decision',
    party: 'payer',
    amount: 60,
    unit: 'calendar_days',
    anchor: 'appeal_submitted',
    citation: '42 CFR 405.950(a)',
    label: 'Contractor decides the redetermination (60 days)',
    notes:
      'Counts from the contractor’s receipt of the request. Evidence added after filing extends the period by up to 14 days (405.946(b); letter not re-checked).',
  },
  {
    ...BASE,
    id: 'medicare_ffs.medicare_reconsideration_request',
    kind: 'medicare_reconsideration_request',
    party: 'member',
    amount: 180,
    unit: 'calendar_days',
    anchor: 'appeal_resolution_notice',
    countsFromReceipt: true,
    presumedReceiptDays: 5,
    presumptionCitation: '42 CFR 405.962(a)(1)',
    citation: '42 CFR 405.962(a)',
    label: 'Request QIC reconsideration (180 days after receiving the redetermination)',
    notes:
      'Receipt of the redetermination notice is presumed 5 calendar days after its date ((a)(1)); filed when the QIC receives it ((a)(2)).',
  },
];
