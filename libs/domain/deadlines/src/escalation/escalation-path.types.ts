import type { LevelKind, Regime } from '@claimlane/shared-contracts';

/**
 * What must be true before a case may move to the next level. A step lists the conditions any one
 * of which opens it (`all` lists those that must hold together with it).
 */
export type EscalationCondition =
  /** The payer decided the current level against the member (upheld, or partly). */
  | 'decision_upheld'
  /** The payer's own decision clock ran out without a decision (deemed exhaustion). */
  | 'payer_clock_expired'
  /** The amount in controversy meets the yearly threshold (Medicare ALJ level). */
  | 'amount_in_controversy_met';

export interface EscalationStep {
  from: LevelKind;
  to: LevelKind;
  /** Any one of these opens the step. */
  anyOf: readonly EscalationCondition[];
  /** And all of these must hold too. */
  all?: readonly EscalationCondition[];
  /** The payer forwards the case itself (MA: the plan sends an upheld reconsideration to the IRE). */
  automatic?: boolean;
  description: string;
  citation: string;
  lastVerified: string;
}

export interface RegimeEscalation {
  regime: Regime;
  /** The level a first appeal starts at. */
  firstLevel: LevelKind;
  steps: readonly EscalationStep[];
  /** For a regime without a path (unknown): what decides it. */
  undecided?: string;
}

/** Facts about the case that open steps. */
export interface EscalationFacts {
  decisionUpheld?: boolean;
  payerClockExpired?: boolean;
  amountInControversyMet?: boolean;
}
