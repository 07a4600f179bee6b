import type { Regime } from '@claimlane/shared-contracts';
import { PACK as ERISA_GROUP_HEALTH } from './erisa-group-health/pack';
import { PACK as ACA_INDIVIDUAL } from './aca-individual/pack';
import { PACK as MEDICARE_FFS } from './medicare-ffs/pack';
import { PACK as MEDICARE_ADVANTAGE } from './medicare-advantage/pack';
import { PACK as MEDICAID_MANAGED_CARE } from './medicaid-managed-care/pack';
import { PACK as UNKNOWN } from './unknown/pack';
import type { RegimePack } from './regime-pack.types';

/** One pack per regime (src/regimes/<regime>/): adding a regime is adding a folder here. */
export const REGIME_PACKS: Record<Regime, RegimePack> = {
  erisa_group_health: ERISA_GROUP_HEALTH,
  aca_individual: ACA_INDIVIDUAL,
  medicare_ffs: MEDICARE_FFS,
  medicare_advantage: MEDICARE_ADVANTAGE,
  medicaid_managed_care: MEDICAID_MANAGED_CARE,
  unknown: UNKNOWN,
};
