import type { CategoryModel } from './classify/category-model';
import type {
  DenialCategory,
  DisclosureElement,
  DisclosureStatus,
  Regime,
  ServiceType,
} from '@claimlane/shared-contracts';
import type { ComputedDeadline, PendingDeadline } from '@claimlane/domain-deadlines';

/** Character offsets into the text passed to `analyzeDenial`: `text.slice(start, end)`. */
export type Span = [number, number];

/**
 * One extracted value. `span` points at the source text; for text values the value is that slice
 * with whitespace collapsed (and surrounding punctuation/markdown trimmed).
 */
export interface Field<T> {
  value: T;
  span: Span;
  /** 0..1: 0.9 for a labelled value, ~0.6 for a positional guess, ~0.5 for a derived value. */
  confidence: number;
  /** Array fields: the span of every occurrence (the first one is `span`). */
  spans?: Span[];
  /**
   * A value wrapped inside a table cell, other columns' words between its lines: the span of each
   * piece in order (joined they give the value); `span` then runs from the first to the last.
   */
  pieces?: Span[];
  /** Set when the value was computed rather than read (e.g. paid = billed − denied). */
  derived?: string;
}

/** Facts the user knows better than the letter. Each one overrides what the engine reads. */
export interface KnownFacts {
  regime?: Regime;
  /** ISO `YYYY-MM-DD`. */
  noticeDate?: string;
  /** ISO date the member received the notice. */
  receivedDate?: string;
  /** ISO date(s) of service. */
  serviceDate?: string;
  serviceDates?: string[];
  payer?: string;
  serviceType?: ServiceType;
  /** Two-letter state code. */
  state?: string;
}

export interface AnalyzeOptions {
  /**
   * The category word model used when the cues abstain: the committed one by default, `null` for
   * none, or another (the accuracy bench retrains it without the family it scores).
   */
  categoryModel?: CategoryModel | null;
  facts?: KnownFacts;
  /**
   * ISO date of the analysis ("now", injectable for tests). It flags dates after it and picks the
   * rule version in force; no deadline is ever counted from it.
   */
  asOf?: string;
  /** Decision thresholds; defaults are the tuned values (the accuracy bench tunes them per family left out). */
  tuning?: Partial<Tuning>;
  /** Who sends the request letter; without it the letter carries fill-in placeholders. */
  sender?: LetterSender;
}

export interface LetterSender {
  name: string;
  role?: 'member' | 'provider' | 'authorized_representative';
}

export interface Tuning {
  /** Minimum category score (one strong cue, or two supporting ones). */
  categoryMinScore: number;
  /** Minimum regime score. */
  regimeMinScore: number;
  /** The regime's lead over the runner-up needed to decide it. */
  regimeMinMargin: number;
}

export interface CriteriaReference {
  /** The citation as written, e.g. `Keystone Medical Policy RAD-204`. */
  text: string;
  /** Title when given (`Advanced Imaging of the Spine`). */
  name: string | null;
  /** Policy / guideline number (`RAD-204`, `L33718`, `NCD 220.2`). */
  id: string | null;
  /** InterQual, MCG, eviCore, Milliman, Carelon/AIM, Hayes, CMS NCD/LCD/manual; null for the payer's own. */
  vendor: string | null;
}

export interface Reviewer {
  name: string | null;
  credentials: string | null;
}

export interface AppealInstructions {
  address: string | null;
  fax: string | null;
  phone: string | null;
  portal: string | null;
}

export interface StatedDeadline {
  days: number;
  anchor: 'notice' | 'receipt';
  /** `calendar` unless the letter says business days. */
  dayType: 'calendar' | 'business';
  /** What the window is for: the member's filing to the plan, or a state fair hearing after a final decision. */
  purpose: 'plan_appeal' | 'state_fair_hearing' | 'external_review';
  text: string;
}

export type PlanTypeHint =
  | 'employer_sponsored'
  | 'self_funded_erisa'
  | 'fully_insured'
  | 'individual'
  | 'medicare'
  | 'medicare_advantage'
  | 'medicaid';

export interface PlanHint {
  hint: PlanTypeHint;
  cue: string;
  span: Span;
}

export interface Amounts {
  billed: number | null;
  allowed: number | null;
  paid: number | null;
  denied: number | null;
  patientResponsibility: number | null;
}

export interface ServiceLine {
  date: string | null;
  /** The last day, when the row prints a range ("Mar 23 - Apr 9, 2025": a stay). */
  dateTo: string | null;
  code: string | null;
  modifiers: string[];
  units: number | null;
  amounts: Partial<Record<'billed' | 'allowed' | 'paid' | 'patientResponsibility', number>>;
  adjustmentCodes: string[];
  /** The row refused the line (a denial code, a "Denied"/"NO" cell, or nothing allowed). */
  refused: boolean;
  /** The claim number printed over the row's claim block, on a statement of several claims. */
  claimNumber: string | null;
  span: Span;
}

export interface RecordFields {
  // Output contract (keep these keys).
  payer: Field<string> | null;
  memberId: Field<string> | null;
  groupNumber: Field<string> | null;
  claimNumber: Field<string> | null;
  patient: Field<string> | null;
  provider: Field<string> | null;
  serviceDates: Field<string[]> | null;
  noticeDate: Field<string> | null;
  cptHcpcs: Field<string[]> | null;
  icd10: Field<string[]> | null;
  billedAmount: Field<number> | null;
  deniedAmount: Field<number> | null;
  paidAmount: Field<number> | null;
  statedReason: Field<string> | null;
  planProvision: Field<string> | null;
  criteria: Field<CriteriaReference> | null;
  // Beyond the contract.
  planName: Field<string> | null;
  memberName: Field<string> | null;
  receivedDate: Field<string> | null;
  claimReceivedDate: Field<string> | null;
  relatedClaimNumber: Field<string> | null;
  modifiers: Field<string[]> | null;
  allowedAmount: Field<number> | null;
  patientResponsibility: Field<number> | null;
  reviewer: Field<Reviewer> | null;
  appealInstructions: Field<AppealInstructions> | null;
  statedDeadline: Field<StatedDeadline> | null;
  planTypeHints: PlanHint[];
  serviceLines: ServiceLine[];
  state: Field<string> | null;
}

/** What a text is, before anything else is read from it (issue 9). */
export type DocumentKind =
  'denial' | 'partial_denial' | 'approval' | 'payment_notice' | 'request_for_information';

/** Where a conclusion comes from, strongest first. */
export type EvidenceKind =
  'supplied_fact' | 'labelled_field' | 'code' | 'table_cell' | 'sentence' | 'inferred';

export interface DocumentKindVerdict {
  value: DocumentKind;
  score: number;
  /** 0..1; below 0.6 the verdict is a guess and `decidingQuestion` asks. */
  confidence: number;
  evidenceKind: EvidenceKind;
  reason: string;
  cues: CueHit[];
  decidingQuestion: string | null;
}

/** One question to the user whose answer decides a conclusion the engine would otherwise guess. */
export interface UserQuestion {
  /** What the answer decides: `document_kind`, `category`, `regime`, `notice_date`. */
  decides: 'document_kind' | 'category' | 'regime' | 'notice_date';
  text: string;
}

export interface CueHit {
  cue: string;
  /** Category or regime the cue votes for. */
  target: string;
  weight: number;
  span: Span | null;
  why: string;
}

export interface CategoryEvidence {
  /** `model`: the cues abstained and the corpus-trained word model named it (classify/category-model.ts). */
  decidedBy: 'cues' | 'model' | 'default';
  score: number;
  runnerUp: { category: DenialCategory; score: number } | null;
  reason: string;
  /** Category the narrative alone points to (without CARCs); compared with the CARCs for contradictions. */
  narrativeCategory: DenialCategory | null;
  cues: CueHit[];
  /** 0..1, calibrated by the accuracy bench; below the abstention threshold the category is `other`. */
  confidence?: number;
  evidenceKind?: EvidenceKind;
  /** For `other` on weak or tied evidence: the question that decides it. */
  decidingQuestion?: string | null;
}

export interface RegimeEvidence {
  decidedBy: 'facts' | 'cues' | 'default';
  score: number;
  runnerUp: { regime: Regime; score: number } | null;
  reason: string;
  cues: CueHit[];
  /** For `unknown`: the fact that would decide it, as a question for the user. */
  decidingQuestion: string | null;
  /** 0..1, calibrated by the accuracy bench. */
  confidence?: number;
  evidenceKind?: EvidenceKind;
}

export interface ServiceTypeEvidence {
  value: ServiceType | null;
  decidedBy: 'facts' | 'cues' | 'default';
  cues: CueHit[];
}

export interface DisclosureAssessment {
  element: DisclosureElement;
  status: DisclosureStatus;
  /** Where the disclosure (or its empty template field) appears; null when missing or not applicable. */
  span: Span | null;
  citation: string;
  /** Why this status: what was found, or why the element does not apply here. */
  explanation: string;
}

export type FindingKind =
  | 'missing_disclosure'
  | 'vague_disclosure'
  | 'stated_window_shorter_than_regulation'
  | 'missing_anchor_date'
  | 'inconsistent_dates'
  | 'carc_contradicts_narrative'
  | 'criteria_not_provided'
  | 'reviewer_credentials_missing'
  | 'records_reviewed_not_identified'
  | 'documentation_gap'
  | 'criteria_mismatch'
  | 'parity_question'
  | 'urgent_without_expedited_process'
  | 'template_placeholder_unfilled'
  | 'fast_track_qio_appeal'
  | 'improvement_standard'
  | 'coverage_limit_standards'
  | 'epsdt_under_21';

export interface Finding {
  id: string;
  kind: FindingKind;
  severity: 'high' | 'medium' | 'low';
  citation: string;
  explanation: string;
  span?: Span;
  element?: DisclosureElement;
  /**
   * How well the finding is supported: what it rests on and a 0..1 score. Weak findings (a blank
   * template, an undecided regime or category) are shown but never chosen as the strongest ground.
   */
  evidence?: { kind: EvidenceKind; score: number };
}

export interface NextQuestion {
  id: string;
  /** One request, ready to paste into a letter. */
  text: string;
  /** Citation that entitles the member to the answer. */
  basis: string;
  /** 1 = ask first. */
  priority: number;
}

export type Ground = 'criteria_mismatch' | 'incomplete_record' | 'disclosure_defect';

export interface StrongestGround {
  ground: Ground;
  reason: string;
  /** Finding ids the choice rests on. */
  basedOn: string[];
}

export interface CodeDetail {
  /** As written: `CO-97`, `27`. */
  code: string;
  group: string | null;
  description: string;
  category: DenialCategory | null;
  denial: boolean;
  known: boolean;
  span: Span;
}

export interface RecordCheckResult {
  version: { engine: string; rules: string };
  /**
   * Whether the text is an adverse determination at all. For an approval, a payment notice or a
   * request for information the engine reports no deadlines, findings or questions to the payer.
   */
  documentKind: DocumentKindVerdict;
  category: DenialCategory;
  categoryEvidence: CategoryEvidence;
  regime: Regime;
  regimeEvidence: RegimeEvidence;
  serviceType: ServiceTypeEvidence;
  /** `final_internal` for a decision on an appeal (the next step is external review or a hearing). */
  determinationLevel: 'initial' | 'final_internal';
  fields: RecordFields;
  carc: string[];
  rarc: string[];
  carcDetails: CodeDetail[];
  rarcDetails: CodeDetail[];
  disclosures: DisclosureAssessment[];
  deadlines: ComputedDeadline[];
  /**
   * Deadlines that apply but cannot be timed because the letter gives no notice or receipt date
   * (status `needs_date`): shown with their rule and citation, never calendared; the next
   * questions ask for the date.
   */
  pendingDeadlines: PendingDeadline[];
  findings: Finding[];
  nextQuestions: NextQuestion[];
  /** The next questions combined into one request, ready to paste. */
  letter: string;
  /** Questions for the user whose answers decide what the letter leaves open (abstentions). */
  questionsForUser: UserQuestion[];
  strongestGround: StrongestGround | null;
  input: {
    length: number;
    /** Offset where analysis stopped (an `[EXCERPT ENDS HERE …]` marker is cut off). */
    analyzedLength: number;
    excerptMarkerRemoved: boolean;
    placeholderCount: number;
    /** True when the text reads as a blank form (many placeholders or a model-notice heading). */
    looksLikeTemplate: boolean;
  };
}
