import type { AppealEvent, AppealEventType } from '@claimlane/shared-contracts';
import { checkTransition, type CaseProgress } from './stage-transitions';

const PROBE_AT = '1970-01-01T00:00:00Z';

/**
 * One event of each type with placeholder details. The stage machine decides on the event's type and
 * the case's progress; the details (outcome, level kind, dates) are validated by the operation itself,
 * so any valid value answers "may this kind of event happen now".
 */
const PROBES: Record<AppealEventType, AppealEvent> = {
  recordsRequested: { type: 'recordsRequested', at: PROBE_AT },
  recordsReceived: { type: 'recordsReceived', at: PROBE_AT },
  criteriaReceived: { type: 'criteriaReceived', at: PROBE_AT },
  appealSubmitted: { type: 'appealSubmitted', at: PROBE_AT, channel: 'fax' },
  decisionReceived: { type: 'decisionReceived', outcome: 'upheld', decidedOn: '1970-01-01' },
  deadlineExtended: { type: 'deadlineExtended', deadlineId: '', newDueAt: PROBE_AT, reason: '' },
  levelEscalated: { type: 'levelEscalated', levelKind: 'internal_second', at: PROBE_AT },
  caseClosed: { type: 'caseClosed', at: PROBE_AT, reason: '' },
};

/** The event types the stage machine accepts for a case in this state, in the machine's order. */
export function availableEventTypes(p: CaseProgress): AppealEventType[] {
  return (Object.keys(PROBES) as AppealEventType[]).filter((t) => checkTransition(p, PROBES[t]).ok);
}
