import type { Regime } from '@claimlane/shared-contracts';
import { REGIME_PACKS } from '../regimes/regime-packs';
import type { Cue } from './cue.types';

type DecidedRegime = Exclude<Regime, 'unknown'>;

/** Every regime's cues, from the packs (src/regimes/<regime>/cues.data.ts). */
export const REGIME_CUES: readonly Cue<DecidedRegime>[] = Object.values(REGIME_PACKS).flatMap(
  (p) => p.cues as readonly Cue<DecidedRegime>[],
);
