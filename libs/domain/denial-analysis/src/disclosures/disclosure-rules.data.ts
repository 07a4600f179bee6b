import type { DenialCategory, DisclosureElement, Regime } from '@claimlane/shared-contracts';

/**
 * When an element must appear in the notice:
 * - `required`: always (missing = defect);
 * - `if_present`: the regime does not require it; reported when the letter has it, else not_applicable;
 * - `not_applicable`: the regime has no such element;
 * - `urgent_only` / `service_only`: required for urgent-care claims / for service (pre-service or
 *   concurrent) denials, otherwise `if_present`;
 * - `documentation_gap_only`: required when the denial turns on missing information or records.
 */
export type Requirement =
  | 'required'
  | 'if_present'
  | 'not_applicable'
  | 'urgent_only'
  | 'service_only'
  | 'documentation_gap_only';

export interface ElementRule {
  requirement: Requirement;
  citation: string;
}

export const RULES_VERSION = 'disclosure-rules@2025-06';

const ERISA_G = '29 CFR 2560.503-1(g)(1)';
const ACA_E = '29 CFR 2590.715-2719(b)(2)(ii)(E)';

const ERISA: Record<DisclosureElement, ElementRule> = {
  specific_reason: { requirement: 'required', citation: `${ERISA_G}(i)` },
  plan_provision: { requirement: 'required', citation: `${ERISA_G}(ii)` },
  additional_information_needed: {
    requirement: 'documentation_gap_only',
    citation: `${ERISA_G}(iii)`,
  },
  appeal_procedures_and_time_limits: {
    requirement: 'required',
    citation: `${ERISA_G}(iv); 2560.503-1(h)(3)(i)`,
  },
  right_to_sue_502a: {
    requirement: 'required',
    citation: `${ERISA_G}(iv); ERISA §502(a), 29 U.S.C. 1132(a)`,
  },
  criteria_or_guideline: { requirement: 'required', citation: `${ERISA_G}(v)(A)` },
  clinical_rationale: { requirement: 'required', citation: `${ERISA_G}(v)(B)` },
  expedited_process: { requirement: 'urgent_only', citation: `${ERISA_G}(vi)` },
  claim_identification: { requirement: 'required', citation: `${ACA_E}(1)` },
  diagnosis_treatment_codes_available: { requirement: 'required', citation: `${ACA_E}(1)` },
  denial_code_meaning: { requirement: 'required', citation: `${ACA_E}(2)` },
  external_review_info: { requirement: 'required', citation: `${ACA_E}(3); 2590.715-2719(d)` },
  consumer_assistance_contact: { requirement: 'required', citation: `${ACA_E}(4); PHS Act §2793` },
};

/** Individual-market issuers follow the same content rules through 45 CFR 147.136(b)(3). */
function individual(rule: ElementRule, element: DisclosureElement): ElementRule {
  if (element === 'right_to_sue_502a')
    return { requirement: 'not_applicable', citation: 'ERISA §502(a) applies only to ERISA plans' };
  const citation = rule.citation.startsWith('29 CFR 2590.715-2719')
    ? rule.citation
        .replace('29 CFR 2590.715-2719(b)(2)(ii)(E)', '45 CFR 147.136(b)(3)(ii)(E)')
        .replace('2590.715-2719(d)', '147.136(d)')
    : `${rule.citation.split(';')[0]} via 45 CFR 147.136(b)(3)(i)`;
  return { requirement: rule.requirement, citation };
}

function mapRules(
  f: (rule: ElementRule, element: DisclosureElement) => ElementRule,
): Record<DisclosureElement, ElementRule> {
  const out = {} as Record<DisclosureElement, ElementRule>;
  for (const [element, rule] of Object.entries(ERISA) as Array<[DisclosureElement, ElementRule]>)
    out[element] = f(rule, element);
  return out;
}

const ACA_INDIVIDUAL = mapRules(individual);

/** Regime unknown: the ACA content rules bind group and individual coverage alike; 502(a) cannot be asserted. */
const UNKNOWN = mapRules((rule, element) =>
  element === 'right_to_sue_502a'
    ? {
        requirement: 'not_applicable',
        citation: 'ERISA §502(a): applies only if the plan is an ERISA plan (regime unknown)',
      }
    : {
        requirement: rule.requirement,
        citation: `${rule.citation} (non-ERISA coverage: 45 CFR 147.136(b))`,
      },
);

const MA = '42 CFR 422.568(e)';
const MEDICARE_ADVANTAGE: Record<DisclosureElement, ElementRule> = {
  specific_reason: { requirement: 'required', citation: `${MA}(2)` },
  plan_provision: {
    requirement: 'if_present',
    citation: `${MA}(2) (specific reasons; no plan-section citation required)`,
  },
  additional_information_needed: { requirement: 'if_present', citation: `${MA}` },
  appeal_procedures_and_time_limits: {
    requirement: 'required',
    citation: `${MA}(3)-(4); 42 CFR 422.582`,
  },
  right_to_sue_502a: {
    requirement: 'not_applicable',
    citation: 'ERISA §502(a) does not apply to Medicare Advantage',
  },
  criteria_or_guideline: { requirement: 'required', citation: `${MA}(2); 42 CFR 422.101(b)(6)` },
  clinical_rationale: { requirement: 'if_present', citation: `${MA}(2); 42 CFR 422.566(d)` },
  expedited_process: { requirement: 'service_only', citation: `${MA}(4)(i); 42 CFR 422.584` },
  claim_identification: {
    requirement: 'required',
    citation: `${MA}(1) (CMS-approved notice identifying the items or services denied)`,
  },
  diagnosis_treatment_codes_available: {
    requirement: 'if_present',
    citation: 'not required in MA notices (29 CFR 2590.715-2719 does not apply)',
  },
  denial_code_meaning: {
    requirement: 'if_present',
    citation: 'not required in MA notices (29 CFR 2590.715-2719 does not apply)',
  },
  external_review_info: {
    requirement: 'required',
    citation: `${MA}(4); 42 CFR 422.592 (Independent Review Entity)`,
  },
  consumer_assistance_contact: {
    requirement: 'required',
    citation: `${MA}(1), (5) (CMS notice text: 1-800-MEDICARE, SHIP)`,
  },
};

const FFS = '42 CFR 405.921(a)(2)';
const MEDICARE_FFS: Record<DisclosureElement, ElementRule> = {
  specific_reason: { requirement: 'required', citation: `${FFS}(i)` },
  plan_provision: { requirement: 'required', citation: `${FFS}(ii)` },
  additional_information_needed: { requirement: 'if_present', citation: `${FFS}(ii)` },
  appeal_procedures_and_time_limits: {
    requirement: 'required',
    citation: `${FFS}(iii); 42 CFR 405.942`,
  },
  right_to_sue_502a: {
    requirement: 'not_applicable',
    citation: 'ERISA §502(a) does not apply to Medicare',
  },
  criteria_or_guideline: { requirement: 'required', citation: `${FFS}(i) (LCD/NCD applied)` },
  clinical_rationale: { requirement: 'if_present', citation: `${FFS}(i)` },
  expedited_process: {
    requirement: 'if_present',
    citation: 'not required: claim redeterminations are not expedited (42 CFR 405.940 ff.)',
  },
  claim_identification: { requirement: 'required', citation: '42 CFR 405.921(a)' },
  diagnosis_treatment_codes_available: {
    requirement: 'if_present',
    citation: 'not required in Medicare notices',
  },
  denial_code_meaning: { requirement: 'if_present', citation: '42 CFR 405.921(a)(2)(i)' },
  external_review_info: {
    requirement: 'if_present',
    citation: '42 CFR 405.960 (QIC reconsideration)',
  },
  consumer_assistance_contact: {
    requirement: 'if_present',
    citation: '42 CFR 405.921(a) (MSN help lines)',
  },
};

const MCD = '42 CFR 438.404(b)';
const MEDICAID: Record<DisclosureElement, ElementRule> = {
  specific_reason: { requirement: 'required', citation: `${MCD}(2)` },
  plan_provision: { requirement: 'required', citation: `${MCD}(2)` },
  additional_information_needed: { requirement: 'if_present', citation: `${MCD}(2)` },
  appeal_procedures_and_time_limits: {
    requirement: 'required',
    citation: `${MCD}(3)-(4); 42 CFR 438.402(c)(2)(ii)`,
  },
  right_to_sue_502a: {
    requirement: 'not_applicable',
    citation: 'ERISA §502(a) does not apply to Medicaid',
  },
  criteria_or_guideline: {
    requirement: 'required',
    citation: `${MCD}(2) (medical necessity criteria free of charge on request)`,
  },
  clinical_rationale: { requirement: 'required', citation: `${MCD}(2); 42 CFR 438.210(b)(3)` },
  expedited_process: { requirement: 'required', citation: `${MCD}(5)` },
  claim_identification: { requirement: 'required', citation: `${MCD}(1)` },
  diagnosis_treatment_codes_available: {
    requirement: 'required',
    citation: `${MCD}(2) (records relevant to the determination, free of charge)`,
  },
  denial_code_meaning: { requirement: 'if_present', citation: `${MCD}(1)` },
  external_review_info: {
    requirement: 'required',
    citation: `${MCD}(3); 42 CFR 438.402(c) (State fair hearing)`,
  },
  consumer_assistance_contact: {
    requirement: 'required',
    citation: '42 CFR 438.71 (beneficiary support system); 438.10',
  },
};

export const DISCLOSURE_RULES: Record<Regime, Record<DisclosureElement, ElementRule>> = {
  erisa_group_health: ERISA,
  aca_individual: ACA_INDIVIDUAL,
  medicare_ffs: MEDICARE_FFS,
  medicare_advantage: MEDICARE_ADVANTAGE,
  medicaid_managed_care: MEDICAID,
  unknown: UNKNOWN,
};

/**
 * Categories for which an element has nothing to disclose. Criteria and clinical rationale exist
 * only when a clinical or coverage rule was applied; an administrative denial (bundling edit,
 * duplicate, late filing, other payer primary) has none. For eligibility, prior authorization and
 * network denials they apply only when the stated reason rests on clinical facts (a diagnosis-based
 * coverage rule, for example): see `clinicalBasis` in assess-disclosures.ts.
 */
export const NOT_APPLICABLE_BY_CATEGORY: Partial<
  Record<
    DisclosureElement,
    { always: readonly DenialCategory[]; unlessClinical: readonly DenialCategory[]; why: string }
  >
> = {
  criteria_or_guideline: {
    always: [
      'coding_billing',
      'duplicate',
      'timely_filing',
      'coordination_of_benefits',
      'missing_information',
    ],
    unlessClinical: ['eligibility_coverage', 'prior_authorization'],
    why: 'no clinical rule, guideline or protocol is involved in this kind of denial',
  },
  clinical_rationale: {
    always: [
      'coding_billing',
      'duplicate',
      'timely_filing',
      'coordination_of_benefits',
      'missing_information',
    ],
    unlessClinical: ['eligibility_coverage', 'prior_authorization', 'out_of_network'],
    why: 'the denial does not turn on medical judgment',
  },
  // No exemption for diagnosis/treatment codes: 2590.715-2719(b)(2)(ii)(E)(1) requires the
  // statement on every adverse benefit determination, duplicates included.
};
