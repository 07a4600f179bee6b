import type { DisclosureElement } from '@claimlane/shared-contracts';
import type { ElementRule } from '../regime-pack.types';

const ERISA_G = '29 CFR 2560.503-1(g)(1)';
const ACA_E = '29 CFR 2590.715-2719(b)(2)(ii)(E)';

export const DISCLOSURE_RULES: Record<DisclosureElement, ElementRule> = {
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
