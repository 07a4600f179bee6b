import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type {
  AppealEvent,
  AppealStage,
  TimelineEntry,
  TransitionResult,
  WorkflowDeadline,
} from '@claimlane/shared-contracts';

type Payload<T extends AppealEvent['type']> = Omit<Extract<AppealEvent, { type: T }>, 'type'>;

/** Fire-and-forget signals (integrations); events that do not fit the stage are recorded and ignored. */
export const recordsRequested = defineSignal<[Payload<'recordsRequested'>]>('recordsRequested');
export const recordsReceived = defineSignal<[Payload<'recordsReceived'>]>('recordsReceived');
export const criteriaReceived = defineSignal<[Payload<'criteriaReceived'>]>('criteriaReceived');
export const appealSubmitted = defineSignal<[Payload<'appealSubmitted'>]>('appealSubmitted');
export const decisionReceived = defineSignal<[Payload<'decisionReceived'>]>('decisionReceived');
export const deadlineExtended = defineSignal<[Payload<'deadlineExtended'>]>('deadlineExtended');
export const levelEscalated = defineSignal<[Payload<'levelEscalated'>]>('levelEscalated');
export const caseClosed = defineSignal<[Payload<'caseClosed'>]>('caseClosed');

export const SIGNALS = {
  recordsRequested,
  recordsReceived,
  criteriaReceived,
  appealSubmitted,
  decisionReceived,
  deadlineExtended,
  levelEscalated,
  caseClosed,
} as const;

/**
 * The case's deadlines were recomputed in Postgres (corrected denial, re-analysis): reload them and
 * re-plan the timers. Not a stage event: it never changes the stage.
 */
export const deadlinesChanged = defineSignal<[{ reason?: string }]>('deadlinesChanged');

/**
 * The same events as a validated update: the validator refuses events that do not fit the stage
 * (nothing enters history), and the caller waits until the change is written to Postgres.
 */
export const transition = defineUpdate<TransitionResult, [AppealEvent]>('transition');

export const stageQuery = defineQuery<AppealStage>('stage');
export const deadlinesQuery = defineQuery<WorkflowDeadline[]>('deadlines');
export const timelineQuery = defineQuery<TimelineEntry[]>('timeline');
