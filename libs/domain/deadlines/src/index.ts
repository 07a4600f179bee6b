export type {
  AnchorEvent,
  ComputedDeadline,
  DeadlineFacts,
  DeadlineFinding,
  DeadlineKind,
  DeadlineParty,
  DeadlineResult,
  DeadlineUnit,
  PendingDeadline,
} from './deadline.types';
export { computeDeadlines } from './compute-deadlines';
export {
  deadlineOf,
  externalReviewRequestDue,
  memberFilingDue,
  payerDecisionDue,
} from './deadline.helpers';
export type { DeadlineRule, RuleExtension, RuleSelector } from './rules/deadline-rule.types';
export { DEADLINE_RULES, ruleKey } from './rules/deadline.rules';
export { addBusinessDays, isBusinessDay, nextBusinessDay } from './calendar/business-days';
export { federalHolidayOn, federalHolidays, type HolidayDate } from './calendar/federal-holidays';
export { FEDERAL_HOLIDAYS, type FederalHoliday } from './calendar/federal-holidays.data';
export { addHours } from './calendar/iso-date-time';
export { addCalendarDays, daysBetween, isIsoDate } from './calendar/iso-date';
export { addMonthsNoCorrespondingDate } from './calendar/months';
export { ESCALATION_PATHS } from './escalation/escalation-paths.data';
export type {
  EscalationCondition,
  EscalationFacts,
  EscalationStep,
  RegimeEscalation,
} from './escalation/escalation-path.types';
export { canEscalate, escalationOptions, type EscalationOption } from './escalation/escalation';
