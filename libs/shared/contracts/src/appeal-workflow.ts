import type { AppealStage, Regime } from './domain-ids';

/** Temporal task queue of the appeal workflows and their activities. */
export const APPEALS_TASK_QUEUE = 'appeals';

/** One workflow per AppealCase; the id makes starting it idempotent. */
export function appealWorkflowId(tenantId: string, caseId: string): string {
  return `appeal-${tenantId}-${caseId}`;
}

export const LEVEL_KINDS = [
  'internal_first',
  'internal_second',
  'external_review',
  'state_fair_hearing',
  'medicare_reconsideration',
  'alj',
  'other',
] as const;
export type LevelKind = (typeof LEVEL_KINDS)[number];

export const SUBMISSION_CHANNELS = ['fax', 'mail', 'portal', 'email', 'phone'] as const;
export type SubmissionChannel = (typeof SUBMISSION_CHANNELS)[number];

export const DECISION_OUTCOMES = ['overturned', 'partially_overturned', 'upheld'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

/** Every message a case can receive; the same shapes travel as signals and as validated updates. */
/** Activity failure type for data Postgres refuses: never retried (see the workflow's retry policy). */
export const BAD_CASE_DATA = 'BadCaseData';

/** Who asked for a transition: the activity that applies it writes the audit row with this actor. */
export interface EventActor {
  userId: string | null;
  apiKeyId: string | null;
  requestId: string | null;
  ip: string | null;
  /** The API operation that asked (submitAppeal, recordDecision, …). */
  action: string;
}

export type AppealEvent = (
  | { type: 'recordsRequested'; at: string; note?: string }
  | { type: 'recordsReceived'; at: string }
  | { type: 'criteriaReceived'; at: string }
  | { type: 'appealSubmitted'; at: string; channel: SubmissionChannel; proof?: string }
  | { type: 'decisionReceived'; outcome: DecisionOutcome; decidedOn: string }
  | { type: 'deadlineExtended'; deadlineId: string; newDueAt: string; reason: string }
  | { type: 'levelEscalated'; levelKind: LevelKind; at: string }
  | { type: 'caseClosed'; at: string; reason: string }
) & {
  actor?: EventActor;
  /** What the user wrote with the event (kept on its timeline row and returned). */
  note?: string;
};

export type AppealEventType = AppealEvent['type'];

/** Durations the workflow uses; production defaults are days, tests use seconds. */
export interface AppealTiming {
  /** Reminders before each open member deadline, e.g. 30, 14, 7, 2 days. */
  reminderOffsetsMs: number[];
  /** Follow up when the claim file has not arrived this long after it was requested. */
  recordsFollowUpMs: number;
  /** Suggest a protective appeal this long before the filing deadline if criteria have not arrived. */
  protectiveLeadMs: number;
  /** Start a new run (continue-as-new) after this many history events. */
  continueAsNewAfterEvents: number;
  /**
   * How long after a filing deadline it is declared missed: a fax sent on the last day is often
   * recorded the next morning, and a submission dated before the deadline is the truth.
   */
  missedGraceMs?: number;
}

export interface WorkflowDeadline {
  id: string;
  kind: string;
  party: 'member' | 'payer' | 'reviewer';
  dueAt: string;
  status: 'open' | 'met' | 'missed' | 'extended' | 'cancelled';
  label: string | null;
  citation: string | null;
}

export interface TimelineEntry {
  at: string;
  kind: string;
  stage: AppealStage;
  summary: string;
}

/** Carried across continue-as-new so a long case keeps its memory. */
export interface AppealWorkflowState {
  stage: AppealStage;
  level: number;
  levelKind: LevelKind;
  regime: Regime;
  deadlines: WorkflowDeadline[];
  /** `${deadlineId}:${offsetMs}` of reminders already sent. */
  remindersSent: string[];
  recordsRequestedAt: string | null;
  recordsReceivedAt: string | null;
  criteriaReceivedAt: string | null;
  followUpSent: boolean;
  protectiveSuggested: boolean;
  payerLateNotified: string[];
  recentTimeline: TimelineEntry[];
  /** Counts applied transitions; `t<n>` makes the persisting activity idempotent under retries. */
  transitionSeq: number;
}

export interface AppealWorkflowInput {
  tenantId: string;
  caseId: string;
  timing: AppealTiming;
  state?: AppealWorkflowState;
}

export interface TransitionResult {
  stage: AppealStage;
  deadlines: WorkflowDeadline[];
}

/** Activities the workflow calls; implemented in libs/workflows/activities (each runs in the case's tenant). */
export interface AppealActivities {
  loadCase(input: { tenantId: string; caseId: string }): Promise<{
    stage: AppealStage;
    level: number;
    levelKind: LevelKind;
    regime: Regime;
    deadlines: WorkflowDeadline[];
  } | null>;
  applyTransition(input: {
    tenantId: string;
    caseId: string;
    event: AppealEvent;
    fromStage: AppealStage;
    toStage: AppealStage;
    level: number;
    levelKind: LevelKind;
    transitionKey: string;
  }): Promise<TransitionResult>;
  markDeadline(input: {
    tenantId: string;
    caseId: string;
    deadlineId: string;
    status: WorkflowDeadline['status'];
    note: string;
  }): Promise<void>;
  notifyCase(input: {
    tenantId: string;
    caseId: string;
    kind: string;
    title: string;
    body: string;
    dedupeKey: string;
  }): Promise<{ recipients: number }>;
  markPayerLate(input: {
    tenantId: string;
    caseId: string;
    deadlineId: string;
    guidance: string;
  }): Promise<void>;
  recordTimeline(input: {
    tenantId: string;
    caseId: string;
    kind: string;
    stage: AppealStage;
    summary: string;
    dedupeKey?: string;
  }): Promise<void>;
}
