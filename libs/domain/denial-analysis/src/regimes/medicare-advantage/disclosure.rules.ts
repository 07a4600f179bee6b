import type { DisclosureElement } from '@claimlane/shared-contracts';
import type { ElementRule } from '../regime-pack.types';

const MA = '42 CFR 422.568(e)';
export const DISCLOSURE_RULES: Record<DisclosureElement, ElementRule> = {
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
