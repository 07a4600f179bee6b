import type { DisclosureElement, Regime } from '@claimlane/shared-contracts';
import type { DeadlineRule, RegimeEscalation } from '@claimlane/domain-deadlines';
import type { Cue } from '../classify/cue.types';

/**
 * When an element must appear in the notice:
 * - `required`: always (missing = defect);
 * - `if_present`: the regime does not require it; reported when the letter has it, else not_applicable;
 * - `not_applicable`: the regime has no such element;
 * - `urgent_only` / `service_only`: required for urgent-care claims / for service (pre-service or
 *   concurrent) denials, otherwise `if_present`;
 * - `documentation_gap_only`: required when the denial turns on missing information or records.
 */
export type Requirement =
  | 'required'
  | 'if_present'
  | 'not_applicable'
  | 'urgent_only'
  | 'service_only'
  | 'documentation_gap_only';

export interface ElementRule {
  requirement: Requirement;
  citation: string;
}

/** Citations the findings and the written questions rest on, per regime. */
export interface RegimeCitations {
  /** The notice must be complete and understandable. */
  notice: string;
  /** The member's right to the claim file / relevant documents, free of charge. */
  claimFile: string;
  /** Who may decide a medical-judgment denial, and the right to know. */
  reviewer: string;
  /** Mental-health / substance-use parity, or null where MHPAEA does not reach. */
  parity: string | null;
  /** The right to the criteria themselves. */
  criteria: string;
  /** The right to the clinical rationale. */
  clinical: string;
  /** Codes and their meanings. */
  codes: string;
  /** External review / hearing. */
  externalReview: string;
}

/**
 * Everything one regime knows, in one folder (issue 7): the cues that recognise its notices, the
 * question that decides it, its notice-content rules and citations, its deadline rules and its
 * escalation path. Deadline rules and escalation paths live in @claimlane/domain-deadlines (the
 * workflow times them); the pack names them so a regime is complete in one place, and
 * regime-packs.spec.ts checks every regime provides every part.
 */
export interface RegimePack {
  regime: Regime;
  /** How the regime is described to a user ("a Medicare Advantage plan"). */
  label: string;
  /** The fact that identifies this regime, as a question a user can answer from the ID card or plan papers. */
  decidingQuestion: string;
  /** Empty only for `unknown` (nothing votes for "unknown"). */
  cues: readonly Cue<Regime>[];
  disclosureRules: Record<DisclosureElement, ElementRule>;
  citations: RegimeCitations;
  deadlineRules: readonly DeadlineRule[];
  escalation: RegimeEscalation;
}
