import type { Cue } from '../../classify/cue.types';

/** Nothing votes for "unknown": it is what remains when no regime's cues decide. */
export const CUES: readonly Cue<'unknown'>[] = [];
