import type { DayType, Regime, ServiceType } from '@claimlane/shared-contracts';

/** What a deadline is for. `member_appeal_filing` is fixed by the Record Check output contract. */
export type DeadlineKind =
  | 'member_appeal_filing'
  | 'payer_initial_decision'
  | 'payer_appeal_decision'
  | 'second_level_appeal_filing'
  | 'external_review_request'
  | 'external_review_decision'
  | 'medicare_reconsideration_request'
  | 'state_fair_hearing_request'
  | 'records_request_response';

/** The event a deadline counts from. */
export type AnchorEvent =
  | 'notice_date'
  | 'receipt'
  | 'presumed_receipt'
  | 'appeal_submitted'
  | 'final_internal_denial'
  | 'appeal_resolution_notice'
  | 'records_requested'
  // Added with the engine: initial-decision clocks (2560.503-1(f)(2)) and external review decisions.
  | 'claim_submitted'
  | 'external_review_requested';

/** Known dates of a case; all ISO `YYYY-MM-DD` (or full ISO date-time for hour-based clocks). */
export interface DeadlineFacts {
  regime: Regime;
  /**
   * Today's date for the analysis. It only picks which rule version is in force; no deadline is
   * ever counted from it (a missing anchor makes the deadline `needs_date`, see PendingDeadline).
   */
  asOf?: string;
  serviceType?: ServiceType;
  noticeDate?: string;
  receivedDate?: string;
  appealSubmittedAt?: string;
  finalInternalDenialDate?: string;
  appealResolutionNoticeDate?: string;
  recordsRequestedAt?: string;
  /** Window the letter itself states, when it states one. */
  statedWindow?: {
    days: number;
    anchor: 'notice' | 'receipt';
    span?: [number, number];
    /** Which step the window is for; default `member_appeal_filing`. */
    appliesTo?: DeadlineKind;
  };
  /** Two-letter state code when known: state rules may lengthen windows. */
  state?: string;
  /** Appeal level (1 = first internal) for multi-level plans. */
  level?: number;
  /** Levels of internal appeal the plan has (ERISA allows two; payer clocks halve per level). */
  internalAppealLevels?: 1 | 2;
  /** When the claim (or pre-service request) reached the payer: starts initial-decision clocks. */
  claimSubmittedAt?: string;
  /** When the external reviewer (IRO) received the request: starts its decision clock. */
  externalReviewRequestedAt?: string;
  /** Medicare Advantage: the request is for a Part B drug (7-day reconsideration clock). */
  partBDrug?: boolean;
  /** The payer gave notice that it takes the extension its rule allows (e.g. +14 days, Medicaid). */
  payerExtensionTaken?: boolean;
}

/** Whose clock a deadline is: the member's (or provider's) filing, the payer's, or a reviewer's. */
export type DeadlineParty = 'member' | 'payer' | 'reviewer';

export type DeadlineUnit = 'calendar_days' | 'business_days' | 'hours' | 'months';

export interface ComputedDeadline {
  kind: DeadlineKind;
  /** ISO date (calendar/business days) or ISO date-time (hour clocks). */
  due: string;
  anchor: { event: AnchorEvent; date: string };
  dayType: DayType;
  amount: number;
  /** Human-readable presumptions, e.g. "receipt presumed 5 days after the notice date". */
  assumptions: string[];
  /** Versioned rule id, e.g. `erisa.member_appeal_filing@2024-01`. */
  rule: string;
  citation: string;
  label: string;
  /** When the letter states its own window: both dates are shown and the earlier is `due`. */
  stated?: { due: string; days: number; anchor: 'notice' | 'receipt' };
  regulatory?: { due: string; days: number };
  /** Unit of `amount` (`dayType` alone cannot say "4 months"). */
  unit?: DeadlineUnit;
  party?: DeadlineParty;
  /** The extension the payer may take; `applied` when facts.payerExtensionTaken moved `due`. */
  extension?: {
    amount: number;
    due: string;
    citation: string;
    condition: string;
    applied: boolean;
  };
  /** Set when a weekend/holiday roll-forward moved `due` later; filing by this date is always safe. */
  unextendedDue?: string;
}

export interface DeadlineFinding {
  kind: 'stated_window_shorter_than_regulation' | 'missing_anchor_date' | 'inconsistent_dates';
  severity: 'high' | 'medium' | 'low';
  citation: string;
  explanation: string;
  span?: [number, number];
  /** The deadline the finding is about, when there is one. */
  deadlineKind?: DeadlineKind;
  rule?: string;
}

/**
 * A deadline that applies but cannot be timed: the date its clock counts from is unknown. Shown
 * to the user (rule, citation, length) with the question that gets the date; never calendared.
 */
export interface PendingDeadline {
  kind: DeadlineKind;
  status: 'needs_date';
  /** The event whose date would start the clock. */
  anchorEvent: AnchorEvent;
  amount: number;
  unit: DeadlineUnit;
  dayType: DayType;
  party: DeadlineParty;
  rule: string;
  citation: string;
  label: string;
  /** The one question whose answer times this deadline. */
  question: string;
  /** The window the letter states for this step, when it states one. */
  stated?: { days: number; anchor: 'notice' | 'receipt' };
}

export interface DeadlineResult {
  deadlines: ComputedDeadline[];
  /** Deadlines that apply but whose anchor date is unknown (status `needs_date`). */
  pending: PendingDeadline[];
  findings: DeadlineFinding[];
}
