import type { LevelKind, Regime } from '@claimlane/shared-contracts';
import { ESCALATION_PATHS } from './escalation-paths.data';
import type { EscalationCondition, EscalationFacts, EscalationStep } from './escalation-path.types';

const HOLDS: Record<EscalationCondition, (f: EscalationFacts) => boolean> = {
  decision_upheld: (f) => f.decisionUpheld === true,
  payer_clock_expired: (f) => f.payerClockExpired === true,
  amount_in_controversy_met: (f) => f.amountInControversyMet === true,
};

export interface EscalationOption {
  step: EscalationStep;
  allowed: boolean;
  /** Conditions still unmet when `allowed` is false. */
  missing: EscalationCondition[];
}

/** Every level the regime's path offers after `from`, each with whether the case may take it now. */
export function escalationOptions(
  regime: Regime,
  from: LevelKind,
  facts: EscalationFacts,
): EscalationOption[] {
  return ESCALATION_PATHS[regime].steps
    .filter((s) => s.from === from)
    .map((step) => {
      const anyMet = step.anyOf.some((c) => HOLDS[c](facts));
      const allMissing = (step.all ?? []).filter((c) => !HOLDS[c](facts));
      const missing = [...(anyMet ? [] : step.anyOf), ...allMissing];
      return { step, allowed: missing.length === 0, missing };
    });
}

/**
 * May a case of `regime` at level `from` move to `to` now? Refused when the regime's path has no
 * such step (an ERISA case to a state fair hearing) or its conditions do not hold yet (an MA case
 * to an ALJ seconds after submission).
 */
export function canEscalate(
  regime: Regime,
  from: LevelKind,
  to: LevelKind,
  facts: EscalationFacts,
): { allowed: boolean; reason: string; citation: string | null } {
  const option = escalationOptions(regime, from, facts).find((o) => o.step.to === to);
  if (!option)
    return {
      allowed: false,
      reason:
        ESCALATION_PATHS[regime].undecided ?? `${to} does not follow ${from} under ${regime} rules`,
      citation: null,
    };
  return option.allowed
    ? { allowed: true, reason: option.step.description, citation: option.step.citation }
    : {
        allowed: false,
        reason: `${option.step.description}: needs ${option.missing.join(' and ')}`,
        citation: option.step.citation,
      };
}
