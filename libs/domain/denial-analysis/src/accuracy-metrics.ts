// Scoring helpers for the accuracy bench (and its spec): how an extracted value is compared with
// the hand label of a sample letter.

const STOPWORDS = new Set([
  'the',
  'and',
  'of',
  'for',
  'to',
  'a',
  'an',
  'in',
  'on',
  'by',
  'with',
  'or',
  'at',
  'no',
  'is',
  'be',
  'this',
  'that',
  'your',
  'our',
  'we',
  'you',
  'it',
  'as',
  'from',
]);

/** Lower-case content words; a trailing plural "s" is dropped so "CGMs" meets "CGM". */
export function contentWords(s: string): string[] {
  return (s.toLowerCase().match(/[a-z0-9]+/g) ?? [])
    .filter((w) => w.length >= 2 && !STOPWORDS.has(w))
    .map((w) => (w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w));
}

/**
 * Text fields match when at least half of the label's content words appear in the extracted value
 * (labels paraphrase), or at least 80% of the extracted value's words appear in the label (labels
 * add context in parentheses, e.g. "Keystone … (claims administrator for …)").
 */
export function textMatches(label: string, extracted: string | null): boolean {
  if (extracted === null) return false;
  const l = contentWords(label);
  const e = contentWords(extracted);
  if (l.length === 0 || e.length === 0) return false;
  const eSet = new Set(e);
  const lSet = new Set(l);
  const recall = l.filter((w) => eSet.has(w)).length / l.length;
  const precision = e.filter((w) => lSet.has(w)).length / e.length;
  return recall >= 0.5 || precision >= 0.8;
}

/** Identifiers compare on letters and digits only; a label note in parentheses is ignored. */
export function idMatches(label: string, extracted: string | null): boolean {
  const norm = (s: string): string =>
    s
      .replace(/\s*\([^)]*\)\s*$/, '')
      .replace(/[^A-Za-z0-9]/g, '')
      .toUpperCase();
  return extracted !== null && norm(label) === norm(extracted);
}

export function setMatches(label: readonly string[], extracted: readonly string[] | null): boolean {
  const a = [...new Set(label)].sort();
  const b = [...new Set(extracted ?? [])].sort();
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

export function amountMatches(label: number, extracted: number | null): boolean {
  return extracted !== null && Math.abs(label - extracted) < 0.005;
}
