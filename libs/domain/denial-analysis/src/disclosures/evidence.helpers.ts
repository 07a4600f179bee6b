import type { Regime } from '@claimlane/shared-contracts';
import type { Extraction } from '../extract/extract-fields';
import type { Span } from '../record-check.types';
import { sentenceEnd, sentenceStart } from '../text/paragraphs';
import { matchOutside } from '../classify/score-cues';
import { execFrom, positionsOf } from '../text/anchored-search';
import { type PreparedText, hasAny } from '../text/prepare-text';

/** What the letter itself shows for one element, before the regime decides whether it matters. */
export interface Evidence {
  found: 'present' | 'vague' | 'missing';
  span: Span | null;
  explanation: string;
}

export interface EvidenceContext {
  p: PreparedText;
  x: Extraction;
  regime: Regime;
  documentationGap: boolean;
}

export const present = (span: Span | null, explanation: string): Evidence => ({
  found: 'present',
  span,
  explanation,
});
export const vague = (span: Span | null, explanation: string): Evidence => ({
  found: 'vague',
  span,
  explanation,
});
export const missing = (explanation: string): Evidence => ({
  found: 'missing',
  span: null,
  explanation,
});

/** First match of `re`, run only when the text has one of `words` (see hasAny). */
export function firstMatch(p: PreparedText, re: RegExp, words: readonly string[]): Span | null {
  if (!hasAny(p, words)) return null;
  return matchAcrossLines(p, re);
}

/**
 * First match of `re` in the letter; failing that, in its whitespace-collapsed view, so a phrase
 * the letter wraps onto the next line ("She can also send\nus proof of") is still found. The view
 * is the cues' own (boilerplate blanked): a second view cost more than it found.
 */
export function matchAcrossLines(p: PreparedText, re: RegExp): Span | null {
  const m = execFrom(re, p.masked, positionsOf(p, p.masked));
  if (m) return [m.index, m.index + m[0].length];
  return p.masked.includes('\n') ? matchOutside(p, re, []) : null;
}

export function sentenceAround(p: PreparedText, span: Span): Span {
  return [sentenceStart(p, span[0]), sentenceEnd(p, span[1])];
}
