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
  | 'records_requested';

/** Known dates of a case; all ISO `YYYY-MM-DD` (or full ISO date-time for hour-based clocks). */
export interface DeadlineFacts {
  regime: Regime;
  /** Today's date for the analysis, used when the letter gives no anchor date (then an assumption says so). */
  asOf?: string;
  serviceType?: ServiceType;
  noticeDate?: string;
  receivedDate?: string;
  appealSubmittedAt?: string;
  finalInternalDenialDate?: string;
  appealResolutionNoticeDate?: string;
  recordsRequestedAt?: string;
  /** Window the letter itself states, when it states one. */
  statedWindow?: { days: number; anchor: 'notice' | 'receipt'; span?: [number, number] };
  /** Two-letter state code when known: state rules may lengthen windows. */
  state?: string;
  /** Appeal level (1 = first internal) for multi-level plans. */
  level?: number;
}

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
}

export interface DeadlineFinding {
  kind: 'stated_window_shorter_than_regulation' | 'missing_anchor_date' | 'inconsistent_dates';
  severity: 'high' | 'medium' | 'low';
  citation: string;
  explanation: string;
  span?: [number, number];
}

export interface DeadlineResult {
  deadlines: ComputedDeadline[];
  findings: DeadlineFinding[];
}
