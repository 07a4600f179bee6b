import type { Regime } from '@claimlane/shared-contracts';

/** What a document attached to a case is; drives exhibit titles and evidence tasks. */
export const CASE_DOCUMENT_KINDS = [
  'denial_letter',
  'eob',
  'chart_notes',
  'imaging_report',
  'pt_notes',
  'medication_history',
  'medical_policy',
  'claim_file',
  'call_record',
  'other',
] as const;
export type CaseDocumentKind = (typeof CASE_DOCUMENT_KINDS)[number];

export const CASE_DOCUMENT_KIND_LABELS: Record<CaseDocumentKind, string> = {
  denial_letter: 'Denial letter',
  eob: 'Explanation of benefits',
  chart_notes: 'Chart notes',
  imaging_report: 'Imaging report',
  pt_notes: 'Physical therapy notes',
  medication_history: 'Medication history',
  medical_policy: 'Medical policy',
  claim_file: 'Claim file from the payer',
  call_record: 'Call record',
  other: 'Other document',
};

export const LETTER_KINDS = [
  'claim_file_request',
  'protective_appeal',
  'level1_appeal',
  'provider_medical_necessity',
  'level2_appeal',
  'external_review_request',
  'regulator_complaint',
  'payer_late',
] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

export const CONTACT_CHANNELS = ['phone', 'fax', 'portal', 'mail', 'email', 'in_person'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

/** How a criterion's children combine (InterQual/MCG subsets are `at_least`). */
export type CriterionGroup = 'all' | 'any' | 'at_least';

/** One criterion as split from policy text: `ref` is its outline number ("2", "2.b", "2.b.ii"). */
export interface CriterionDraft {
  ref: string;
  parentRef: string | null;
  depth: number;
  text: string;
  /** How this criterion's children combine; null for a leaf. */
  group: CriterionGroup | null;
  /** For `at_least`: how many children must be met. */
  groupMin: number | null;
}

export interface ExhibitRef {
  label: string;
  title: string;
  pageCount: number;
}

export interface EvidenceCite {
  exhibitLabel: string;
  /** Pages within the exhibit (1-based). */
  pageFrom: number;
  pageTo: number;
  quote: string;
}

export interface LetterCriterion {
  id: string;
  ref: string;
  parentRef: string | null;
  text: string;
  group: CriterionGroup | null;
  groupMin: number | null;
  evidence: EvidenceCite[];
  /** A written explanation instead of evidence (e.g. "not applicable: no prior surgery"). */
  explanation: string | null;
  /** The clinician's answer (provider letter of medical necessity). */
  clinicianAnswer: string | null;
}

/** Everything a letter may say about a case; nothing here is typed by a template. */
export interface LetterFacts {
  regime: Regime;
  behavioralHealth: boolean;
  payerName: string | null;
  memberName: string | null;
  memberId: string | null;
  claimNumber: string | null;
  serviceDescription: string | null;
  serviceDate: string | null;
  denialDate: string | null;
  /** Stated reasons, one heading each, in the denial's order. */
  denialReasons: string[];
  criteriaReceived: boolean;
  policyRef: string | null;
  criteria: LetterCriterion[];
  exhibits: ExhibitRef[];
  /** Record Check's next written questions, for the claim-file request. */
  nextQuestions: string[];
  memberAppealDue: string | null;
  appealSubmittedOn: string | null;
  payerDecisionDue: string | null;
  level: number;
}
