import type { DisclosureElement } from '@claimlane/shared-contracts';
import type { ElementRule } from '../regime-pack.types';

import { DISCLOSURE_RULES as ERISA } from '../erisa-group-health/disclosure.rules';

/** Individual-market issuers follow the same content rules through 45 CFR 147.136(b)(3). */
function individual(rule: ElementRule, element: DisclosureElement): ElementRule {
  if (element === 'right_to_sue_502a')
    return { requirement: 'not_applicable', citation: 'ERISA §502(a) applies only to ERISA plans' };
  const citation = rule.citation.startsWith('29 CFR 2590.715-2719')
    ? rule.citation
        .replace('29 CFR 2590.715-2719(b)(2)(ii)(E)', '45 CFR 147.136(b)(3)(ii)(E)')
        .replace('2590.715-2719(d)', '147.136(d)')
    : `${rule.citation.split(';')[0]} via 45 CFR 147.136(b)(3)(i)`;
  return { requirement: rule.requirement, citation };
}

/** ERISA's rules re-cited element by element (individual market, regime unknown). */
export function mapRules(
  f: (rule: ElementRule, element: DisclosureElement) => ElementRule,
): Record<DisclosureElement, ElementRule> {
  const out = {} as Record<DisclosureElement, ElementRule>;
  for (const [element, rule] of Object.entries(ERISA) as Array<[DisclosureElement, ElementRule]>)
    out[element] = f(rule, element);
  return out;
}

export const DISCLOSURE_RULES = mapRules(individual);
