/**
 * A phrase that votes for a category or regime. `hints` are lower-case words at least one of which
 * any match contains: the regex only runs when the letter has one of them (see `hasAny`). Empty:
 * always run. Each cue counts once per letter, however often it repeats: repetition is style, not
 * evidence.
 */
export interface Cue<T extends string> {
  id: string;
  target: T;
  weight: number;
  hints: readonly string[];
  re: RegExp;
  why: string;
}

/** Zones a family of cues must not read (see text/zones.ts). */
export type { ZoneKind } from '../text/zones';
