import { ACA_INDIVIDUAL_RULES } from './aca-individual.rules';
import type { DeadlineRule } from './deadline-rule.types';
import { ERISA_RULES } from './erisa.rules';
import { MEDICAID_MANAGED_CARE_RULES } from './medicaid-managed-care.rules';
import { MEDICARE_ADVANTAGE_RULES } from './medicare-advantage.rules';
import { MEDICARE_FFS_RULES } from './medicare-ffs.rules';
import { UNKNOWN_REGIME_RULES } from './unknown-regime.rules';

/** Every versioned rule. State rules that lengthen windows belong here too, tagged by state. */
export const DEADLINE_RULES: readonly DeadlineRule[] = [
  ...ERISA_RULES,
  ...ACA_INDIVIDUAL_RULES,
  ...MEDICARE_FFS_RULES,
  ...MEDICARE_ADVANTAGE_RULES,
  ...MEDICAID_MANAGED_CARE_RULES,
  ...UNKNOWN_REGIME_RULES,
];

export function ruleKey(rule: DeadlineRule): string {
  return `${rule.id}@${rule.version}`;
}
