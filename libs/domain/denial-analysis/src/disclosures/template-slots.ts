import type { DisclosureElement } from '@claimlane/shared-contracts';
import type { Span } from '../record-check.types';
import type { PreparedText } from '../text/prepare-text';

/**
 * What a blank form's placeholder asks for, per element ("[State Consumer Assistance Program /
 * Department of Insurance name]", "<Cite the contract, state Medicaid rule, or plan policy>"): the
 * form has a place for the element, to be filled in.
 */
const SLOT: Partial<Record<DisclosureElement, RegExp>> = {
  plan_provision:
    /\bprovision\b|\b(?:policy|plan|SPD) (?:section|part|title)\b|\bsection (?:number|and title)\b|\b(?:admin(?:istrative|\.)? code|contract|member handbook|state (?:medicaid )?rule|SPD)\b/i,
  criteria_or_guideline: /\bguideline\b|\bcriteria\b|\b(?:clinical|medical) policy\b/i,
  // "{Insert an explanation: what was reviewed, which criteria were not met, what facts in the
  // record led to this decision}" and "[Say what information was reviewed and what did not meet
  // the criteria]" ask for the reviewer's reasoning.
  clinical_rationale:
    /\brationale\b|\b(?:clinical|scientific) (?:reasons?|basis|judgment|explanation)\b|\bexplanation\b[\s\S]{0,160}\b(?:criteria|facts)\b|\b(?:what|which) (?:information|records) (?:was|were) reviewed\b/i,
  claim_identification: /\bclaim (?:number|no\.?|#)|\bdate\(?s\)? of service\b/i,
  // "Meaning: [Insert plain-language meaning of each code shown]".
  denial_code_meaning: /\bmeanings?\b|\bcodes?\b[\s\S]{0,20}\b(?:means|explanation)\b/i,
  consumer_assistance_contact:
    /\bconsumer assistance\b|\bombudsman\b|\bdepartment of insurance\b|\blegal aid\b|\bSHIP\b/i,
};

/** The first placeholder of a blank form that asks for `element`, if any. */
export function templateSlotFor(p: PreparedText, element: DisclosureElement): Span | null {
  const slot = SLOT[element];
  if (!slot || !p.looksLikeTemplate) return null;
  return p.placeholders.find(([s, e]) => slot.test(p.original.slice(s, e))) ?? null;
}
