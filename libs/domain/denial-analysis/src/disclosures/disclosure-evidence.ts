import type { DisclosureElement } from '@claimlane/shared-contracts';
import {
  additionalInformation,
  clinicalRationale,
  criteria,
  planProvision,
  specificReason,
} from './basis-evidence';
import type { Evidence, EvidenceContext } from './evidence.helpers';
import {
  appealProcedures,
  claimIdentification,
  consumerAssistance,
  denialCode,
  diagnosisCodes,
  expedited,
  externalReview,
  rightToSue,
} from './notice-evidence';

export type { Evidence, EvidenceContext } from './evidence.helpers';

/** One detector per element, in DISCLOSURE_ELEMENTS order. */
export const EVIDENCE: Record<DisclosureElement, (ctx: EvidenceContext) => Evidence> = {
  specific_reason: specificReason,
  plan_provision: planProvision,
  additional_information_needed: additionalInformation,
  appeal_procedures_and_time_limits: appealProcedures,
  right_to_sue_502a: rightToSue,
  criteria_or_guideline: criteria,
  clinical_rationale: clinicalRationale,
  expedited_process: expedited,
  claim_identification: claimIdentification,
  diagnosis_treatment_codes_available: diagnosisCodes,
  denial_code_meaning: denialCode,
  external_review_info: externalReview,
  consumer_assistance_contact: consumerAssistance,
};
