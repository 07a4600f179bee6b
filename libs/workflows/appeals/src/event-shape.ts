import {
  DECISION_OUTCOMES,
  LEVEL_KINDS,
  SUBMISSION_CHANNELS,
  type AppealEvent,
} from '@claimlane/shared-contracts';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const CHANNELS: readonly string[] = SUBMISSION_CHANNELS;
const OUTCOMES: readonly string[] = DECISION_OUTCOMES;
const KNOWN_LEVELS: readonly string[] = LEVEL_KINDS;

function isInstant(v: unknown): boolean {
  return typeof v === 'string' && ISO_INSTANT.test(v) && !Number.isNaN(new Date(v).getTime());
}

/**
 * Signals come from outside (integrations, old clients): a malformed payload is reported, never
 * thrown, so the workflow cannot be failed by input. Returns the problem, or null when well-formed.
 */
export function validateEvent(e: unknown): string | null {
  if (!e || typeof e !== 'object') return 'event must be an object';
  const ev = e as Record<string, unknown>;
  switch (ev['type'] as AppealEvent['type']) {
    case 'recordsRequested':
    case 'recordsReceived':
    case 'criteriaReceived':
      return isInstant(ev['at']) ? null : 'at must be an ISO date-time';
    case 'appealSubmitted':
      if (!isInstant(ev['at'])) return 'at must be an ISO date-time';
      return CHANNELS.includes(String(ev['channel']))
        ? null
        : `channel must be one of ${CHANNELS.join(', ')}`;
    case 'decisionReceived':
      if (!OUTCOMES.includes(String(ev['outcome'])))
        return `outcome must be one of ${OUTCOMES.join(', ')}`;
      return isInstant(ev['decidedOn']) ? null : 'decidedOn must be an ISO date';
    case 'deadlineExtended':
      if (typeof ev['deadlineId'] !== 'string') return 'deadlineId is required';
      if (!isInstant(ev['newDueAt'])) return 'newDueAt must be an ISO date-time';
      return typeof ev['reason'] === 'string' && ev['reason'].length > 0
        ? null
        : 'reason is required';
    case 'levelEscalated':
      if (!isInstant(ev['at'])) return 'at must be an ISO date-time';
      return KNOWN_LEVELS.includes(String(ev['levelKind']))
        ? null
        : 'levelKind is not a known level';
    case 'caseClosed':
      return isInstant(ev['at']) ? null : 'at must be an ISO date-time';
    default:
      return 'unknown event type';
  }
}
