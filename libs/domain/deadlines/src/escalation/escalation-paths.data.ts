import type { Regime } from '@claimlane/shared-contracts';
import type { RegimeEscalation } from './escalation-path.types';

// Next levels per regime, with what opens each one. Paragraph letters checked against the eCFR
// text on the date in `lastVerified`; the Medicare ALJ amount in controversy changes every year
// (42 CFR 405.1006(b)), so the condition is a fact the case supplies, not a number here.
const VERIFIED = '2026-12-01';

const ERISA: RegimeEscalation = {
  regime: 'erisa_group_health',
  firstLevel: 'internal_first',
  steps: [
    {
      from: 'internal_first',
      to: 'internal_second',
      anyOf: ['decision_upheld'],
      description: 'Second internal appeal, only when the plan document provides two levels',
      citation: '29 CFR 2560.503-1(c)(3), (i)(2)',
      lastVerified: VERIFIED,
    },
    {
      from: 'internal_first',
      to: 'external_review',
      anyOf: ['decision_upheld', 'payer_clock_expired'],
      description:
        'External review by an independent review organization (final internal denial, or deemed exhaustion when the plan missed its clock)',
      citation: '29 CFR 2590.715-2719(b)(2)(ii)(F), (d)',
      lastVerified: VERIFIED,
    },
    {
      from: 'internal_second',
      to: 'external_review',
      anyOf: ['decision_upheld', 'payer_clock_expired'],
      description: 'External review after the second internal level',
      citation: '29 CFR 2590.715-2719(b)(2)(ii)(F), (d)',
      lastVerified: VERIFIED,
    },
    {
      from: 'internal_first',
      to: 'other',
      anyOf: ['decision_upheld', 'payer_clock_expired'],
      description: 'Civil action under ERISA §502(a) once the internal process is exhausted',
      citation: '29 U.S.C. 1132(a); 29 CFR 2560.503-1(l)',
      lastVerified: VERIFIED,
    },
    {
      from: 'external_review',
      to: 'other',
      anyOf: ['decision_upheld'],
      description: 'Civil action under ERISA §502(a) after an adverse external review decision',
      citation: '29 U.S.C. 1132(a); 29 CFR 2590.715-2719(d)(2)',
      lastVerified: VERIFIED,
    },
  ],
};

const ACA_INDIVIDUAL: RegimeEscalation = {
  regime: 'aca_individual',
  firstLevel: 'internal_first',
  steps: [
    {
      from: 'internal_first',
      to: 'external_review',
      anyOf: ['decision_upheld', 'payer_clock_expired'],
      description:
        'External review (state or federal process); an individual-market issuer has one internal level',
      citation: '45 CFR 147.136(b)(3)(ii)(F), (c), (d)',
      lastVerified: VERIFIED,
    },
  ],
};

const MEDICARE_FFS: RegimeEscalation = {
  regime: 'medicare_ffs',
  firstLevel: 'internal_first',
  steps: [
    {
      from: 'internal_first',
      to: 'medicare_reconsideration',
      anyOf: ['decision_upheld'],
      description: 'Reconsideration by the Qualified Independent Contractor within 180 days',
      citation: '42 CFR 405.960, 405.962',
      lastVerified: VERIFIED,
    },
    {
      from: 'medicare_reconsideration',
      to: 'alj',
      anyOf: ['decision_upheld', 'payer_clock_expired'],
      all: ['amount_in_controversy_met'],
      description:
        'ALJ hearing (or escalation when the QIC missed its 60-day clock) when the amount in controversy is met',
      citation: '42 CFR 405.1002, 405.970, 405.1006',
      lastVerified: VERIFIED,
    },
  ],
};

const MEDICARE_ADVANTAGE: RegimeEscalation = {
  regime: 'medicare_advantage',
  firstLevel: 'internal_first',
  steps: [
    {
      from: 'internal_first',
      to: 'external_review',
      anyOf: ['decision_upheld', 'payer_clock_expired'],
      automatic: true,
      description:
        'The plan must forward an upheld (or late) reconsideration to the Independent Review Entity itself',
      citation: '42 CFR 422.590, 422.592',
      lastVerified: VERIFIED,
    },
    {
      from: 'external_review',
      to: 'alj',
      anyOf: ['decision_upheld'],
      all: ['amount_in_controversy_met'],
      description: 'ALJ hearing after the IRE, when the amount in controversy is met',
      citation: '42 CFR 422.600',
      lastVerified: VERIFIED,
    },
  ],
};

const MEDICAID: RegimeEscalation = {
  regime: 'medicaid_managed_care',
  firstLevel: 'internal_first',
  steps: [
    {
      from: 'internal_first',
      to: 'state_fair_hearing',
      anyOf: ['decision_upheld', 'payer_clock_expired'],
      description:
        'State fair hearing within 120 days of the appeal resolution (or at once when the plan missed its clock: deemed exhaustion)',
      citation: '42 CFR 438.408(c)(3), (f); 438.402(c)(1)(i)(A)',
      lastVerified: VERIFIED,
    },
  ],
};

const UNKNOWN: RegimeEscalation = {
  regime: 'unknown',
  firstLevel: 'internal_first',
  steps: [],
  undecided:
    'The next level depends on the plan type: find out whether the coverage is an employer plan (ERISA), individual coverage, Original Medicare, Medicare Advantage or Medicaid managed care before escalating.',
};

export const ESCALATION_PATHS: Record<Regime, RegimeEscalation> = {
  erisa_group_health: ERISA,
  aca_individual: ACA_INDIVIDUAL,
  medicare_ffs: MEDICARE_FFS,
  medicare_advantage: MEDICARE_ADVANTAGE,
  medicaid_managed_care: MEDICAID,
  unknown: UNKNOWN,
};
