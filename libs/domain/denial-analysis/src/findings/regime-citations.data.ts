import type { Regime } from '@claimlane/shared-contracts';
import { REGIME_PACKS } from '../regimes/regime-packs';
import type { RegimeCitations } from '../regimes/regime-pack.types';

export type { RegimeCitations } from '../regimes/regime-pack.types';

/** Citations the findings and the written questions rest on, from each regime's pack. */
export const REGIME_CITATIONS: Record<Regime, RegimeCitations> = Object.fromEntries(
  Object.values(REGIME_PACKS).map((p) => [p.regime, p.citations]),
) as Record<Regime, RegimeCitations>;
