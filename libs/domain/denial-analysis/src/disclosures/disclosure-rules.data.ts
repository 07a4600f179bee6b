import type { DenialCategory, DisclosureElement, Regime } from '@claimlane/shared-contracts';
import { REGIME_PACKS } from '../regimes/regime-packs';
import type { ElementRule } from '../regimes/regime-pack.types';

export type { ElementRule, Requirement } from '../regimes/regime-pack.types';

export const RULES_VERSION = 'disclosure-rules@2025-06';

/** Each regime's notice-content rules, from its pack (src/regimes/<regime>/disclosure.rules.ts). */
export const DISCLOSURE_RULES: Record<
  Regime,
  Record<DisclosureElement, ElementRule>
> = Object.fromEntries(
  Object.values(REGIME_PACKS).map((p) => [p.regime, p.disclosureRules]),
) as Record<Regime, Record<DisclosureElement, ElementRule>>;

/**
 * Categories for which an element has nothing to disclose. Criteria and clinical rationale exist
 * only when a clinical or coverage rule was applied; an administrative denial (bundling edit,
 * duplicate, late filing, other payer primary) has none. For eligibility, prior authorization and
 * network denials they apply only when the stated reason rests on clinical facts (a diagnosis-based
 * coverage rule, for example): see `clinicalBasis` in assess-disclosures.ts.
 */
export const NOT_APPLICABLE_BY_CATEGORY: Partial<
  Record<
    DisclosureElement,
    { always: readonly DenialCategory[]; unlessClinical: readonly DenialCategory[]; why: string }
  >
> = {
  criteria_or_guideline: {
    always: [
      'coding_billing',
      'duplicate',
      'timely_filing',
      'coordination_of_benefits',
      'missing_information',
    ],
    unlessClinical: ['eligibility_coverage', 'prior_authorization'],
    why: 'no clinical rule, guideline or protocol is involved in this kind of denial',
  },
  clinical_rationale: {
    always: [
      'coding_billing',
      'duplicate',
      'timely_filing',
      'coordination_of_benefits',
      'missing_information',
    ],
    unlessClinical: ['eligibility_coverage', 'prior_authorization', 'out_of_network'],
    why: 'the denial does not turn on medical judgment',
  },
  // No exemption for diagnosis/treatment codes: 2590.715-2719(b)(2)(ii)(E)(1) requires the
  // statement on every adverse benefit determination, duplicates included.
};
