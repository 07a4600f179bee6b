import type { Field, Span } from '../record-check.types';

const WS = /\s+/g;
const EDGE_JUNK = /[\s*_"'“”‘’,;:|]/;
const TRAILING_JUNK = /[\s*_"'“”‘’,;:|.]/;

/**
 * Same-length copy of `s` with every character but line breaks turned into a space (what
 * `s.replace(/[^\n]/g, ' ')` gives, without a regex match per character).
 */
export function blankKeepingNewlines(s: string): string {
  if (!s.includes('\n')) return ' '.repeat(s.length);
  return s
    .split('\n')
    .map((line) => ' '.repeat(line.length))
    .join('\n');
}

export function collapse(s: string): string {
  return s.replace(WS, ' ').trim();
}

/** Shrinks a span past whitespace, markdown emphasis, quotes and list punctuation at its edges. */
export function tightenSpan(
  text: string,
  start: number,
  end: number,
  keepFinalPeriod = false,
): Span {
  let s = start;
  let e = end;
  while (s < e && EDGE_JUNK.test(text[s] as string)) s++;
  const trailing = keepFinalPeriod ? EDGE_JUNK : TRAILING_JUNK;
  while (e > s && trailing.test(text[e - 1] as string)) {
    const ch = text[e - 1] as string;
    // A closing quote that closes one opened inside the span belongs to the value.
    if (
      (ch === '"' && text.slice(s, e - 1).includes('"')) ||
      (ch === '”' && text.slice(s, e - 1).includes('“'))
    )
      break;
    e--;
  }
  // Do not leave a dangling "Dr" / initials: keep the period of a trailing abbreviation like "Inc."
  if (
    !keepFinalPeriod &&
    text[e] === '.' &&
    /\b(?:Inc|Co|Corp|Ltd|Jr|Sr|LLC|[A-Z])$/.test(text.slice(Math.max(s, e - 5), e))
  )
    e++;
  return [s, e];
}

export function textField(
  text: string,
  start: number,
  end: number,
  confidence: number,
  keepFinalPeriod = false,
): Field<string> | null {
  const span = tightenSpan(text, start, end, keepFinalPeriod);
  const value = collapse(text.slice(span[0], span[1]));
  if (value === '') return null;
  return { value, span, confidence };
}

export function valueField<T>(value: T, span: Span, confidence: number): Field<T> {
  return { value, span, confidence };
}

/** Array field from (value, span) occurrences; duplicates keep their first span in `span`, all in `spans`. */
export function listField(
  items: ReadonlyArray<{ value: string; span: Span }>,
  confidence: number,
): Field<string[]> | null {
  if (items.length === 0) return null;
  const values: string[] = [];
  const spans: Span[] = [];
  for (const it of items) {
    if (!values.includes(it.value)) values.push(it.value);
    spans.push(it.span);
  }
  return { value: values, span: spans[0] as Span, confidence, spans };
}

export function overlaps(a: Span, b: Span): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

export function contains(outer: Span, offset: number): boolean {
  return offset >= outer[0] && offset < outer[1];
}

/** Words of two letters or more: how much text a reason or legend entry holds. */
export function wordCount(s: string): number {
  return (s.match(/[A-Za-z]{2,}/g) ?? []).length;
}
