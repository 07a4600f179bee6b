/**
 * A phrase that votes for a category or regime. `hint` is a lower-case literal that must occur in
 * the text before the regex runs (a cheap `includes` that skips most cues on most letters).
 * Each cue counts once per letter, however often it repeats: repetition is style, not evidence.
 */
export interface Cue<T extends string> {
  id: string;
  target: T;
  weight: number;
  hint: string;
  re: RegExp;
  why: string;
}
