import type { Span } from '../record-check.types';
import { findPlaceholders, maskRanges } from './placeholders';
import { findUntickedOptions } from './checkboxes';
import { type CueView, buildCueView } from './cue-view';
import { wrappedLabelCells } from './wrapped-cells';
import { blankKeepingNewlines } from './text-utils';
import { type Zone, type ZoneKind, segmentZones } from './zones';

/** The sample corpus marks where a stored copy was cut: everything from that line on is not the letter. */
const EXCERPT_MARKER = /^[ \t]*\[EXCERPT ENDS HERE/m;
const WORD = /[a-z0-9]+/g;
const TEMPLATE_HEADING = /\bModel Notice\b|\bTemplate begins\b|\bMODEL [A-Z/]+ (?:FINAL )?ADVERSE/;

/**
 * False when no line can be a tagline or page-furniture line (zones.ts BOILERPLATE_LINE): each of
 * its anchored alternatives starts with one of these words, and "language" is searched as a
 * substring because that alternative is not anchored.
 */
function mayHaveBoilerplateLines(words: ReadonlySet<string>, lower: string): boolean {
  return BOILERPLATE_LINE_WORDS.some((w) => words.has(w)) || lower.includes('language');
}
const BOILERPLATE_LINE_WORDS = [
  'attention',
  'atencion',
  'atenci', // ATENCIÓN: "ó" ends the word
  'chu',
  'ch', // CHÚ Ý
  'page',
  'discrimination',
  'privacy',
];

function templateHeading(head: string): boolean {
  return (
    (head.includes('Model Notice') ||
      head.includes('Template begins') ||
      head.includes('MODEL ')) &&
    TEMPLATE_HEADING.test(head)
  );
}

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
  /** The letter's zones (header, reason, table, appeal rights, boilerplate…), found once. */
  zones: Zone[];
  /** Cue views by excluded zone kinds, built on first use (see `cueView`). */
  views: Map<string, CueView>;
}

/**
 * Fax and scan OCR reads 0 as O and 1 as l inside numbers ("O5/22/2O25", "3l201"). Same-length
 * repair, so every offset still points into the caller's text: an `O` after a digit or before a
 * date separator or between a digit-hyphen and a digit ("8812-O4467"), and an `l` next to a
 * digit, become digits. Capital I is left alone (ICD-10 codes
 * start with it), and so is an `O` that opens a code (O80.1).
 */
// The character class comes first so the engine scans for O/l and only then looks around; a
// leading look-behind is tried at every offset (4x slower on the corpus).
const OCR_DIGIT = /[Ol](?:(?<=\d.)|(?=\d[/-])|(?<=\d-.)(?=\d))|l(?=\d)|O(?<=[A-Za-z0-9]O)(?=O*\d)/g;
// Money and dates read whole: "$348.OO", "$O.OO", "06/lO/2025".
const OCR_NUMBER_TOKEN =
  /\$[0-9Ol][0-9Ol,]*(?:\.[0-9Ol]{2})?|(?<![\w/])[0-9Ol]{1,2}\/[0-9Ol]{1,2}\/[0-9Ol]{2,4}(?![\w/])/g;
// The day of a date in words ("March lO, 2025") and an ICD-10 code ("ZOO.l29", "M2O.l2"): the
// letter opens the code, the rest is digits.
const OCR_MONTH_DAY =
  /(?<=\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ \t]{1,3})[0-9Ol]{1,2}(?=,?[ \t]{1,3}[0-9Ol]{4}\b)/g;
const OCR_ICD = /(?<=(?<![\w.])[A-TV-Z])[0-9Ol]{2}\.[0-9Ol]{1,4}(?![\w.])/g;
// Same-length word repairs for what OCR does to the words labels are made of.
const OCR_WORDS: ReadonlyArray<[RegExp, string]> = [
  [/\bJu[Il1]y\b/g, 'July'],
  [/\bApri[I1]\b/g, 'April'],
  [/\bl(?=D\b|n[a-z]{2})/g, 'I'],
];
// OCR reads "l" as "1" inside words ("C1aim", "p1an", "wi11", "1urnbar"): a 1 among lower-case
// letters is an l when the word has two lower-case letters or more ("A1c", "x1" stay).
const ONE_FOR_L = /\b[A-Za-z][a-z]*1[a-z1]*\b|\b1[a-z1]*[a-z][a-z1]*\b/g;
function oneForL(w: string): string {
  return (w.match(/[a-z]/g)?.length ?? 0) >= 2 ? w.replace(/1/g, 'l') : w;
}
// OCR reads "m" as "rn" ("frorn", "Mernber"). Only words letters are read by are repaired, each to
// the word plus trailing spaces (same length): a general rn→m rule would break "return", "corner".
const RN_WORDS = [
  'family',
  'emergency',
  'from',
  'must',
  'member',
  'members',
  'number',
  'claim',
  'claims',
  'remark',
  'medical',
  'medically',
  'summary',
  'information',
  'document',
  'documents',
  'documentation',
  'mean',
  'means',
  'terms',
  'form',
  'forms',
  'program',
  'community',
  'permission',
  'someone',
  'time',
  'times',
  'may',
  'immediately',
  'premium',
  'amount',
  'determination',
  'limit',
  'item',
  'items',
  'submit',
  'name',
  'minimum',
  'maximum',
  'management',
  'medicare',
  'medicaid',
  'committee',
  'treatment',
  'improvement',
];
// Each word's OCR spellings ("member" → "rnember", "mernber", "rnernber"), lower-cased.
const RN_SPELLINGS = new Map<string, string>();
for (const word of RN_WORDS) {
  const at = [...word.matchAll(/m/g)].map((m) => m.index);
  for (let mask = 1; mask < 1 << at.length; mask++) {
    let broken = '';
    for (let i = 0, k = 0; i < word.length; i++)
      broken += word[i] === 'm' && mask & (1 << k++) ? 'rn' : word[i];
    RN_SPELLINGS.set(broken, word);
  }
}
function isLetterAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i) | 0x20;
  return c >= 0x61 && c <= 0x7a;
}

/** Every known OCR spelling, found from the "rn"s of the text (most letters have a few dozen). */
function repairRnWords(s: string): string {
  const lower = s.toLowerCase();
  let out: string[] | null = null;
  let last = 0;
  for (let i = lower.indexOf('rn'); i !== -1; i = lower.indexOf('rn', i + 2)) {
    let a = i;
    while (a > 0 && isLetterAt(s, a - 1)) a--;
    if (a < last) continue;
    let b = i + 2;
    while (b < s.length && isLetterAt(s, b)) b++;
    const word = RN_SPELLINGS.get(lower.slice(a, b));
    if (!word) continue;
    const found = s.slice(a, b);
    const cased =
      found === found.toUpperCase()
        ? word.toUpperCase()
        : found[0] === found[0]?.toUpperCase()
          ? (word[0]?.toUpperCase() ?? '') + word.slice(1)
          : word;
    (out ??= []).push(s.slice(last, a), cased.padEnd(found.length, ' '));
    last = b;
  }
  return out ? out.join('') + s.slice(last) : s;
}

// Words that mix lower-case letters with a 0 or 1 ("appea1", "t0p", "0f"): three make a damaged scan.
const DAMAGED_WORD = /\b[a-z]*[a-z][01][a-z]*\b|\b[01][a-z]{1,}\b/g;
// OCR reads "o" as "0" in words ("t0p", "n0tice", "0f"): letters and zeros only, two letters or more.
const ZERO_FOR_O = /\b[A-Za-z]?[a-z0]*0[a-z0]*\b/g;
function zeroForO(w: string): string {
  return /[a-z]/.test(w) && w.length >= 2 ? w.replace(/0/g, 'o') : w;
}
// OCR reads "l" as "|" at the start of a word ("this |etter"); a table bar has a space after it.
const PIPE_FOR_L = /(?<=[\s(])\|(?=[a-z]{2,}\b)/g;
const swapOl = (t: string): string => t.replace(/[Ol]/g, (c) => (c === 'O' ? '0' : '1'));
export function normaliseOcrDigits(s: string): string {
  let out = s;
  if (/[Ol]/.test(s)) {
    // Repairs make neighbours digits ("7OO4" → "70O4" → "7004"): repeat until nothing changes.
    for (let i = 0; i < 4; i++) {
      const next = out.replace(OCR_DIGIT, (c) => (c === 'O' ? '0' : '1'));
      if (next === out) break;
      out = next;
    }
    if (/\$[\d,.]*[Ol]|\d\.[Ol]|[Ol]\/|\/[Ol]/.test(out))
      out = out.replace(OCR_NUMBER_TOKEN, swapOl);
    if (/[a-z][ \t]{1,3}[Ol]|[Ol][ \t]*,/.test(out)) out = out.replace(OCR_MONTH_DAY, swapOl);
    if (/[A-Z][0-9Ol]{2}\.[0-9Ol]/.test(out))
      out = out.replace(OCR_ICD, (t) => (/[Ol]/.test(t) ? swapOl(t) : t));
  }
  if (/[Il1]y|l[Dn]/.test(out)) for (const [re, to] of OCR_WORDS) out = out.replace(re, to);
  out = repairRnWords(out);
  // Only in a scan that shows other OCR damage: typed letters keep "A1c" and "x1" as they are.
  const damaged = out !== s || (out.match(DAMAGED_WORD)?.length ?? 0) >= 3;
  if (damaged && /[a-z]1|1[a-z]/.test(out)) out = out.replace(ONE_FOR_L, oneForL);
  if (damaged && /[a-z]0|0[a-z]/.test(out)) out = out.replace(ZERO_FOR_O, zeroForO);
  if (damaged && out.includes('|')) out = out.replace(PIPE_FOR_L, 'l');
  return out;
}

export function prepareText(original: string): PreparedText {
  // Both case-sensitive literals: a native substring search rules them out on most letters.
  const marker = original.includes('[EXCERPT ENDS HERE') ? EXCERPT_MARKER.exec(original) : null;
  const analyzedLength = marker ? marker.index : original.length;
  const body = original.slice(0, analyzedLength);
  const placeholders = findPlaceholders(body);
  // Blank the cut-off tail too, so offsets past it stay valid but nothing there is read.
  const unticked = findUntickedOptions(body);
  const wrapped = wrappedLabelCells(body);
  const masked = normaliseOcrDigits(
    maskRanges(maskRanges(maskRanges(body, placeholders), unticked), wrapped) +
      ' '.repeat(original.length - analyzedLength),
  );
  const lineStarts = [0];
  for (let i = masked.indexOf('\n'); i !== -1; i = masked.indexOf('\n', i + 1))
    lineStarts.push(i + 1);
  const lower = masked.toLowerCase();
  const words = new Set(lower.match(WORD) ?? []);
  const zones = segmentZones(masked, lineStarts, mayHaveBoilerplateLines(words, lower));
  return {
    original,
    masked,
    lower,
    words,
    placeholders,
    lineStarts,
    analyzedLength,
    excerptMarkerRemoved: marker !== null,
    looksLikeTemplate: placeholders.length >= 3 || templateHeading(body.slice(0, 2000)),
    zones,
    views: new Map(),
  };
}

/** The text with `exclude` zones blanked and whitespace collapsed, for cue matching (cached). */
export function cueView(p: PreparedText, exclude: readonly ZoneKind[]): CueView {
  const key = exclude.join(',');
  let v = p.views.get(key);
  if (!v) {
    v = buildCueView(p.masked, p.zones, exclude);
    p.views.set(key, v);
  }
  return v;
}

/** Spans of the zones of `kind`. */
export function zoneSpans(p: PreparedText, kind: ZoneKind): Span[] {
  return p.zones.filter((z) => z.kind === kind).map((z) => z.span);
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

/** True when `offset` lies in a zone of `kind`. */
export function isInZone(p: PreparedText, offset: number, kind: ZoneKind): boolean {
  return p.zones.length > 0 && offset < p.masked.length && zoneKindAt(p, offset) === kind;
}

/**
 * The same prepared text with the `exclude` zones blanked (same length, so spans stay valid): what
 * an extractor that declares "not boilerplate" reads.
 */
export function withoutZones(p: PreparedText, exclude: readonly ZoneKind[]): PreparedText {
  if (!p.zones.some((z) => exclude.includes(z.kind))) return p;
  const parts: string[] = [];
  for (const z of p.zones) {
    const s = p.masked.slice(z.span[0], z.span[1]);
    parts.push(exclude.includes(z.kind) ? blankKeepingNewlines(s) : s);
  }
  const masked = parts.join('') + p.masked.slice(p.zones[p.zones.length - 1]?.span[1] ?? 0);
  return { ...p, masked, lower: masked.toLowerCase() };
}

/** Kind of the zone holding `offset` (binary search; zones are contiguous and sorted). */
export function zoneKindAt(p: PreparedText, offset: number): ZoneKind {
  const z = p.zones;
  let lo = 0;
  let hi = z.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((z[mid] as Zone).span[0] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return z[lo]?.kind ?? 'body';
}
