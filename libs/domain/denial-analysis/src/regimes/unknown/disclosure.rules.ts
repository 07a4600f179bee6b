import { mapRules } from '../aca-individual/disclosure.rules';

/** Regime unknown: the ACA content rules bind group and individual coverage alike; 502(a) cannot be asserted. */
export const DISCLOSURE_RULES = mapRules((rule, element) =>
  element === 'right_to_sue_502a'
    ? {
        requirement: 'not_applicable',
        citation: 'ERISA §502(a): applies only if the plan is an ERISA plan (regime unknown)',
      }
    : {
        requirement: rule.requirement,
        citation: `${rule.citation} (non-ERISA coverage: 45 CFR 147.136(b))`,
      },
);
