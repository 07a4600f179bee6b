import type { DisclosureElement } from '@claimlane/shared-contracts';
import type { ElementRule } from '../regime-pack.types';

const FFS = '42 CFR 405.921(a)(2)';
export const DISCLOSURE_RULES: Record<DisclosureElement, ElementRule> = {
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
    citation:
      'not required in Medicare notices: 42 CFR 405.921(a)(2) lists the contents, without codes on request',
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
