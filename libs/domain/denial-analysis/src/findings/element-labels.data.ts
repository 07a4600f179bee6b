import type { DisclosureElement } from '@claimlane/shared-contracts';

export const ELEMENT_LABELS: Record<DisclosureElement, string> = {
  specific_reason: 'Specific reason for the denial',
  plan_provision: 'Plan provision relied on',
  additional_information_needed: 'Information needed to perfect the claim',
  appeal_procedures_and_time_limits: 'Appeal procedures and time limits',
  right_to_sue_502a: 'Right to sue under ERISA §502(a)',
  criteria_or_guideline: 'Criteria or guideline relied on (or free copy on request)',
  clinical_rationale: 'Clinical rationale (or free on request)',
  expedited_process: 'Expedited review process',
  claim_identification: 'Claim identification (date of service, provider, amount)',
  diagnosis_treatment_codes_available: 'Diagnosis/treatment codes available on request',
  denial_code_meaning: 'Denial code and its meaning',
  external_review_info: 'External review / hearing information',
  consumer_assistance_contact: 'Consumer assistance / ombudsman contact',
};

/** How much a defect in each element costs the member. */
export const ELEMENT_SEVERITY: Record<DisclosureElement, 'high' | 'medium' | 'low'> = {
  specific_reason: 'high',
  plan_provision: 'high',
  additional_information_needed: 'medium',
  appeal_procedures_and_time_limits: 'high',
  right_to_sue_502a: 'medium',
  criteria_or_guideline: 'high',
  clinical_rationale: 'high',
  expedited_process: 'high',
  claim_identification: 'medium',
  diagnosis_treatment_codes_available: 'low',
  denial_code_meaning: 'low',
  external_review_info: 'medium',
  consumer_assistance_contact: 'low',
};

/**
 * Elements about the basis of the decision (2560.503-1(g)(1)(i), (ii), (v)): without them the
 * member cannot answer the denial, so their absence is a ground in itself.
 */
export const BASIS_ELEMENTS: ReadonlySet<DisclosureElement> = new Set([
  'specific_reason',
  'plan_provision',
  'criteria_or_guideline',
  'clinical_rationale',
]);

/** Elements about how to appeal: defects that protect the member's rights but do not undo the decision. */
export const PROCESS_ELEMENTS: ReadonlySet<DisclosureElement> = new Set([
  'appeal_procedures_and_time_limits',
  'expedited_process',
]);
