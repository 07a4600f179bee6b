import type { DisclosureElement } from '@claimlane/shared-contracts';
import type { ElementRule } from '../regime-pack.types';

const MCD = '42 CFR 438.404(b)';
export const DISCLOSURE_RULES: Record<DisclosureElement, ElementRule> = {
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
