import type { Span } from '../record-check.types';
import { findPlaceholders, maskRanges } from './placeholders';

/** The sample corpus marks where a stored copy was cut: everything from that line on is not the letter. */
const EXCERPT_MARKER = /^[ \t]*\[EXCERPT ENDS HERE/m;
const WORD = /[a-z0-9]+/g;
const TEMPLATE_HEADING = /\bModel Notice\b|\bTemplate begins\b|\bMODEL [A-Z/]+ (?:FINAL )?ADVERSE/;

export interface PreparedText {
  /** The caller's text: every span points into it. */
  original: string;
  /** Placeholders and anything after the excerpt marker blanked to spaces; same length as `original`. */
  masked: string;
  /** `masked` lower-cased (for `includes` checks; offsets are not used). */
  lower: string;
  /**
   * Every lower-case alphanumeric word of the text. Regexes are guarded by `hasAny(p, words)`: a
   * Set lookup is ~50× cheaper than scanning the text, and most patterns have a word that any
   * match must contain, so most of them never run on a given letter.
   */
  words: ReadonlySet<string>;
  placeholders: Span[];
  lineStarts: number[];
  analyzedLength: number;
  excerptMarkerRemoved: boolean;
  looksLikeTemplate: boolean;
}

export function prepareText(original: string): PreparedText {
  const marker = EXCERPT_MARKER.exec(original);
  const analyzedLength = marker ? marker.index : original.length;
  const body = original.slice(0, analyzedLength);
  const placeholders = findPlaceholders(body);
  // Blank the cut-off tail too, so offsets past it stay valid but nothing there is read.
  const masked = maskRanges(body, placeholders) + ' '.repeat(original.length - analyzedLength);
  const lineStarts = [0];
  for (let i = masked.indexOf('\n'); i !== -1; i = masked.indexOf('\n', i + 1))
    lineStarts.push(i + 1);
  const lower = masked.toLowerCase();
  return {
    original,
    masked,
    lower,
    words: new Set(lower.match(WORD) ?? []),
    placeholders,
    lineStarts,
    analyzedLength,
    excerptMarkerRemoved: marker !== null,
    looksLikeTemplate: placeholders.length >= 3 || TEMPLATE_HEADING.test(body.slice(0, 2000)),
  };
}

/** Index of the line holding `offset`. */
export function lineIndexAt(p: PreparedText, offset: number): number {
  const starts = p.lineStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** [start, end) of line `i`, end excluding the newline. */
export function lineBounds(p: PreparedText, i: number): Span {
  const start = p.lineStarts[i] ?? p.masked.length;
  const next = p.lineStarts[i + 1];
  return [start, next === undefined ? p.masked.length : next - 1];
}

export function isInsidePlaceholder(p: PreparedText, offset: number): boolean {
  for (const [s, e] of p.placeholders) {
    if (s > offset) return false;
    if (offset < e) return true;
  }
  return false;
}

/** True when the text holds at least one of `words` (lower-case, alphanumeric). Empty list: true. */
export function hasAny(p: Pick<PreparedText, 'words'>, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  for (const w of words) if (p.words.has(w)) return true;
  return false;
}
