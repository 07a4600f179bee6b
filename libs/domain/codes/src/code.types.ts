import type { DenialCategory } from '@claimlane/shared-contracts';

/** Claim adjustment group codes (X12 CAS01). CR exists only in 004010 remittances. */
export type AdjustmentGroupCode = 'CO' | 'PR' | 'OA' | 'PI' | 'CR';

export interface CarcInfo {
  /** Normalised code ("97", "B7"), or the trimmed input when it is not code-shaped. */
  code: string;
  /** Reference text, or "unknown code". */
  description: string;
  category: DenialCategory | null;
  /** True when the code refuses payment for a reason (as opposed to a routine adjustment). */
  denial: boolean;
  /** True when the code is in the reference table or the retired-code supplement. */
  known: boolean;
  /** True for codes X12 has deactivated that still appear on older remittances (A2, A7, 42…). */
  retired: boolean;
  /** One-line reason for the category/denial call; null when the code is not classified. */
  categoryReason: string | null;
}

export interface RarcInfo {
  code: string;
  description: string;
  known: boolean;
}

export interface CodeReference {
  group: AdjustmentGroupCode | null;
  carc: string;
}

export interface AdjustmentDescription {
  group: AdjustmentGroupCode | null;
  /** Group name, or "unknown group code". */
  groupMeaning: string;
  /** Whether the group lets the provider bill the patient for the amount; null for unknown groups. */
  patientMayBeBilled: boolean | null;
  carc: CarcInfo;
  /** One line for people: `CO-97 (Contractual Obligations): The benefit for this service…`. */
  text: string;
}
