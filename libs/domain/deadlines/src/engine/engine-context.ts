import type { ServiceType } from '@claimlane/shared-contracts';
import type { DeadlineFacts, DeadlineFinding, PendingDeadline } from '../deadline.types';
import type { CaseDates } from './case-dates';

/** Facts after validation, with the defaults the rules are selected on. */
export interface EngineContext {
  facts: DeadlineFacts;
  dates: CaseDates;
  /** Service type used to pick rules; `serviceAssumption` says when it was defaulted. */
  service: ServiceType;
  serviceAssumption: string | null;
  internalAppealLevels: 1 | 2;
  levelsKnown: boolean;
  /** Findings collect here as rules are applied. */
  findings: DeadlineFinding[];
  /** Deadlines that apply but have no anchor date yet. */
  pending: PendingDeadline[];
}

export function buildContext(
  facts: DeadlineFacts,
  dates: CaseDates,
  findings: DeadlineFinding[],
): EngineContext {
  let service: ServiceType;
  let serviceAssumption: string | null = null;
  switch (facts.serviceType) {
    case undefined:
      // The longest payer clock: a "payer is late" flag raised on it is never early.
      service = 'post_service';
      serviceAssumption =
        'Service type unknown: treated as post-service (not urgent), the longest decision clock, so no one is called late too early.';
      break;
    case 'concurrent':
      service = 'pre_service';
      serviceAssumption =
        'Concurrent care treated as a pre-service request; if waiting would be urgent, the urgent (72-hour) clocks apply instead.';
      break;
    default:
      service = facts.serviceType;
  }
  const explicitLevels = facts.internalAppealLevels;
  const internalAppealLevels = explicitLevels ?? ((facts.level ?? 1) >= 2 ? 2 : 1);
  return {
    facts,
    dates,
    service,
    serviceAssumption,
    internalAppealLevels,
    levelsKnown: explicitLevels !== undefined || facts.level !== undefined,
    findings,
    pending: [],
  };
}
