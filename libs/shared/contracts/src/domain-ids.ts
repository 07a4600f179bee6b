// Fixed ids from docs/architecture.md §5/§6. They appear in JSON output, GraphQL enums, the database and tests:
// rename only with a migration and a contract note.

export const DENIAL_CATEGORIES = [
  'medical_necessity',
  'prior_authorization',
  'out_of_network',
  'experimental_investigational',
  'coding_billing',
  'timely_filing',
  'eligibility_coverage',
  'coordination_of_benefits',
  'duplicate',
  'missing_information',
  'other',
] as const;
export type DenialCategory = (typeof DENIAL_CATEGORIES)[number];

export const REGIMES = [
  'erisa_group_health',
  'aca_individual',
  'medicare_ffs',
  'medicare_advantage',
  'medicaid_managed_care',
  'unknown',
] as const;
export type Regime = (typeof REGIMES)[number];

export const DISCLOSURE_ELEMENTS = [
  'specific_reason',
  'plan_provision',
  'additional_information_needed',
  'appeal_procedures_and_time_limits',
  'right_to_sue_502a',
  'criteria_or_guideline',
  'clinical_rationale',
  'expedited_process',
  'claim_identification',
  'diagnosis_treatment_codes_available',
  'denial_code_meaning',
  'external_review_info',
  'consumer_assistance_contact',
] as const;
export type DisclosureElement = (typeof DISCLOSURE_ELEMENTS)[number];

export const DISCLOSURE_STATUSES = ['present', 'vague', 'missing', 'not_applicable'] as const;
export type DisclosureStatus = (typeof DISCLOSURE_STATUSES)[number];

export const SERVICE_TYPES = ['urgent', 'pre_service', 'post_service', 'concurrent'] as const;
export type ServiceType = (typeof SERVICE_TYPES)[number];

export const DAY_TYPES = ['calendar', 'business', 'hours'] as const;
export type DayType = (typeof DAY_TYPES)[number];

export const APPEAL_STAGES = [
  'intake',
  'records_requested',
  'evidence',
  'drafting',
  'submitted',
  'awaiting_decision',
  'overturned',
  'partially_overturned',
  'upheld',
  'next_level',
  'closed',
] as const;
export type AppealStage = (typeof APPEAL_STAGES)[number];

export const APPEAL_OUTCOMES = [
  'overturned',
  'partially_overturned',
  'upheld',
  'withdrawn',
] as const;
export type AppealOutcome = (typeof APPEAL_OUTCOMES)[number];

export const TENANT_KINDS = ['CLINIC', 'BILLING_OFFICE'] as const;
export type TenantKind = (typeof TENANT_KINDS)[number];

export const ROLES = ['OWNER', 'ADMIN', 'BILLER', 'CLINICIAN', 'VIEWER'] as const;
export type Role = (typeof ROLES)[number];

export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'SEAT_LIMIT_REACHED',
  'CONFLICT',
  'RATE_LIMITED',
  'PAYLOAD_TOO_LARGE',
  'SERVICE_UNAVAILABLE',
  /** The appeal process engine did not answer in time; nothing was lost: retry. */
  'WORKFLOW_UNAVAILABLE',
  /** A billing-plan cap (Record Calls, OCR pages, storage) is used up for this period. */
  'ENTITLEMENT_EXCEEDED',
  /** The workspace is read-only (unpaid past the grace period, or the subscription ended). */
  'WORKSPACE_READ_ONLY',
  /** The workspace was deleted (its data is kept until the purge, then erased); nothing works in it. */
  'TENANT_DELETED',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
