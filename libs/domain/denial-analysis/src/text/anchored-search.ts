import { RegExpParser } from '@eslint-community/regexpp';
import type { Alternative, Element } from '@eslint-community/regexpp/ast';

/**
 * Regex search that runs a pattern only where one of its possible openings occurs, not at every
 * position of the text: a regex scan of a 5,000-character letter tries each position in turn, and
 * the cue and disclosure patterns are alternations of dozens of word-led branches, so most of their
 * cost is positions where no branch can start.
 *
 * Each pattern's openings are read once from its syntax tree (@eslint-community/regexpp): the set of
 * lower-case strings, up to PREFIX_LENGTH characters, that every match must begin with. A pattern
 * that can open with a broad class (`\w`, `[A-Z]`, `.`) or with one known character has no useful
 * opening and is scanned as before. A letter's positions are indexed once by their first two
 * lower-case characters; a search walks the positions of its openings in order and runs the pattern
 * there with the sticky flag, so it returns exactly the match a global scan from the same offset
 * would (the leftmost start, then the same alternation order); a spec checks this on every corpus
 * letter.
 */

const PREFIX_LENGTH = 4;
/** Marks an opening that starts on a word boundary (`\b` before its first character). */
const AT_BOUNDARY = '\u0000';
const lengthOf = (o: string): number => (o.startsWith(AT_BOUNDARY) ? o.length - 1 : o.length);
/** More openings than this (a cross product of alternations) and the opening is cut shorter. */
const MAX_OPENINGS = 64;
/** A character class wider than this (after lower-casing) ends the opening. */
const MAX_CLASS = 8;

interface Openings {
  open: Set<string>;
  done: Set<string>;
}

const parser = new RegExpParser({ ecmaVersion: 2025 });

function classChars(el: Element): Set<string> | null {
  const out = new Set<string>();
  const add = (cp: number): void => {
    out.add(String.fromCodePoint(cp).toLowerCase());
  };
  if (el.type === 'Character') {
    add(el.value);
    return out;
  }
  if (el.type !== 'CharacterClass' || el.negate) return null;
  for (const member of el.elements) {
    if (member.type === 'Character') add(member.value);
    else if (
      member.type === 'CharacterClassRange' &&
      member.max.value - member.min.value < MAX_CLASS
    )
      for (let c = member.min.value; c <= member.max.value; c++) add(c);
    else return null;
    if (out.size > MAX_CLASS) return null;
  }
  return out;
}

/** Every opening ends here (a shorter opening is still one every match starts with). */
function cut(s: Openings): Openings {
  return { open: new Set(), done: new Set([...s.done, ...s.open]) };
}

const tooMany = (s: Openings): boolean => s.open.size + s.done.size > MAX_OPENINGS;

function sequence(elements: readonly Element[], start: Openings): Openings {
  let s = start;
  for (const el of elements) {
    if (s.open.size === 0) break;
    s = element(el, s);
  }
  return s;
}

function alternatives(alts: readonly Alternative[], s: Openings): Openings {
  const out: Openings = { open: new Set(), done: new Set(s.done) };
  for (const alt of alts) {
    const r = sequence(alt.elements, { open: new Set(s.open), done: new Set() });
    for (const o of r.open) out.open.add(o);
    for (const d of r.done) out.done.add(d);
  }
  return tooMany(out) ? cut(s) : out;
}

function element(el: Element, s: Openings): Openings {
  switch (el.type) {
    // Zero-width: ^, $ and lookarounds only filter positions, they consume nothing. A \b before
    // anything is read marks the opening as starting on a word boundary.
    case 'Assertion':
      if (el.kind === 'word' && !el.negate && s.open.has('')) {
        const open = new Set(s.open);
        open.delete('');
        open.add(AT_BOUNDARY);
        return { open, done: s.done };
      }
      return s;
    case 'Character':
    case 'CharacterClass':
    case 'CharacterSet': {
      const chars = classChars(el);
      if (!chars) return cut(s);
      const out: Openings = { open: new Set(), done: new Set(s.done) };
      for (const o of s.open)
        for (const c of chars) {
          const next = o + c;
          (lengthOf(next) >= PREFIX_LENGTH ? out.done : out.open).add(next);
        }
      return tooMany(out) ? cut(s) : out;
    }
    case 'Group':
    case 'CapturingGroup':
      return alternatives(el.alternatives, s);
    case 'Quantifier': {
      if (el.max === 0) return s;
      const once = element(el.element, { open: new Set(s.open), done: new Set() });
      const out: Openings = { open: new Set(), done: new Set([...s.done, ...once.done]) };
      // A second repetition could follow: the opening ends after the first.
      for (const o of once.open) (el.max > 1 ? out.done : out.open).add(o);
      if (el.min === 0) for (const o of s.open) out.open.add(o);
      return tooMany(out) ? cut(s) : out;
    }
    default:
      return cut(s);
  }
}

const OPENINGS = new WeakMap<RegExp, readonly string[] | null>();

/**
 * The lower-case strings every match of `re` starts with (none shorter than two characters), or
 * null when the pattern can open with a broad class, a single known character or nothing at all.
 */
export function regexOpenings(re: RegExp): readonly string[] | null {
  let found = OPENINGS.get(re);
  if (found === undefined) {
    found = readOpenings(re);
    OPENINGS.set(re, found);
  }
  return found;
}

function readOpenings(re: RegExp): readonly string[] | null {
  // With the u flag, case folding matches characters that lower-casing does not map ("ſ", "K").
  if (re.ignoreCase && (re.unicode || re.flags.includes('v'))) return null;
  let pattern;
  try {
    pattern = parser.parsePattern(re.source, 0, re.source.length, {
      unicode: re.unicode,
      unicodeSets: re.flags.includes('v'),
    });
  } catch {
    return null;
  }
  const all = alternatives(pattern.alternatives, { open: new Set(['']), done: new Set() });
  const openings = [...all.done, ...all.open].sort((a, b) => lengthOf(a) - lengthOf(b));
  if (openings.length === 0 || lengthOf(openings[0] as string) < 2) return null;
  // "the" already finds every place "thes" would, and "the" anywhere every place it starts a word.
  const kept: string[] = [];
  for (const o of openings)
    if (!kept.some((k) => o.startsWith(k) || o.startsWith(AT_BOUNDARY + k))) kept.push(o);
  return kept;
}

/** The text's positions by their first two lower-case characters (linked lists, ascending). */
export interface PositionIndex {
  text: string;
  lower: string;
  head: Int32Array;
  next: Int32Array;
}

const BUCKETS = 128 * 128;
const bucketOf = (a: number, b: number): number => (a < 128 ? a : 127) * 128 + (b < 128 ? b : 127);

/** Null when lower-casing changes the text's length (offsets would no longer line up). */
export function indexPositions(text: string): PositionIndex | null {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return null;
  const head = new Int32Array(BUCKETS).fill(-1);
  const next = new Int32Array(lower.length);
  for (let i = lower.length - 2; i >= 0; i--) {
    const k = bucketOf(lower.charCodeAt(i), lower.charCodeAt(i + 1));
    next[i] = head[k] as number;
    head[k] = i;
  }
  return { text, lower, head, next };
}

/** What `\w` matches in the original text (without the u flag, only ASCII counts). */
const isWordChar = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || (c >= 65 && c <= 90);

/** One opening, ready to test at a position of its bucket. */
interface Probe {
  needle: string;
  boundary: boolean;
  /** A boundary before a word character has none before it, and one before a sign has one. */
  wordFirst: boolean;
  /** Two ASCII characters are the bucket itself; anything else may share a bucket. */
  exact: boolean;
}

const PROBES = new WeakMap<readonly string[], Map<number, Probe[]>>();

/** A pattern's openings grouped by bucket, so each bucket's positions are walked once. */
function probesOf(openings: readonly string[]): Map<number, Probe[]> {
  let byBucket = PROBES.get(openings);
  if (!byBucket) {
    byBucket = new Map();
    for (const marked of openings) {
      const boundary = marked.startsWith(AT_BOUNDARY);
      const needle = boundary ? marked.slice(1) : marked;
      const bucket = bucketOf(needle.charCodeAt(0), needle.charCodeAt(1));
      const probe: Probe = {
        needle,
        boundary,
        wordFirst: isWordChar(needle.charCodeAt(0)),
        exact: needle.length === 2 && needle.charCodeAt(0) < 127 && needle.charCodeAt(1) < 127,
      };
      const list = byBucket.get(bucket);
      if (list) list.push(probe);
      else byBucket.set(bucket, [probe]);
    }
    PROBES.set(openings, byBucket);
  }
  return byBucket;
}

/**
 * Above one candidate in this many characters, one scan of the text is cheaper: a sticky call that
 * fails costs about what a global scan spends on 20 characters (measured on the corpus letters).
 */
const SCAN_RATIO = 20;

/** Ascending positions (a typed array when several buckets were merged). */
type Positions = readonly number[] | Int32Array;

/** Positions where one of `openings` starts, ascending; null when a scan is cheaper. */
function candidates(index: PositionIndex, openings: readonly string[]): Positions | null {
  const { text, lower, head, next } = index;
  const limit = lower.length / SCAN_RATIO;
  const out: number[] = [];
  let buckets = 0;
  for (const [bucket, probes] of probesOf(openings)) {
    buckets++;
    for (let at = head[bucket] as number; at !== -1; at = next[at] as number) {
      const wordBefore = at > 0 && isWordChar(text.charCodeAt(at - 1));
      for (const probe of probes)
        if (
          (!probe.boundary || wordBefore !== probe.wordFirst) &&
          (probe.exact || lower.startsWith(probe.needle, at))
        ) {
          out.push(at);
          break;
        }
      if (out.length > limit) return null;
    }
  }
  // A typed array sorts numerically without a comparator call per pair (measured: a third of
  // this function's time went to the comparator).
  return buckets > 1 ? Int32Array.from(out).sort() : out;
}

/** Candidate positions of each pattern, found once per indexed text (null: scan instead). */
const CANDIDATES = new WeakMap<PositionIndex, Map<RegExp, Positions | null>>();

function candidatesOf(
  index: PositionIndex,
  re: RegExp,
  openings: readonly string[],
): Positions | null {
  let byPattern = CANDIDATES.get(index);
  if (!byPattern) {
    byPattern = new Map();
    CANDIDATES.set(index, byPattern);
  }
  let found = byPattern.get(re);
  if (found === undefined) {
    found = candidates(index, openings);
    byPattern.set(re, found);
  }
  return found;
}

const GLOBAL = new WeakMap<RegExp, RegExp>();
const STICKY = new WeakMap<RegExp, RegExp>();

function variant(cache: WeakMap<RegExp, RegExp>, re: RegExp, add: 'g' | 'y'): RegExp {
  let v = cache.get(re);
  if (!v) {
    v = new RegExp(re.source, re.flags.replace(/[gy]/g, '') + add);
    cache.set(re, v);
  }
  return v;
}

/**
 * The first match of `re` in `text` at or after offset `from`: what a global regex with
 * `lastIndex = from` finds. `index` must be `indexPositions(text)` (null: a plain scan).
 */
export function execFrom(
  re: RegExp,
  text: string,
  index: PositionIndex | null,
  from = 0,
): RegExpExecArray | null {
  const openings = index ? regexOpenings(re) : null;
  const at = index && openings ? candidatesOf(index, re, openings) : null;
  if (!at) {
    const g = variant(GLOBAL, re, 'g');
    g.lastIndex = from;
    return g.exec(text);
  }
  const y = variant(STICKY, re, 'y');
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((at[mid] as number) < from) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < at.length; k++) {
    y.lastIndex = at[k] as number;
    const m = y.exec(text);
    if (m) return m;
  }
  return null;
}

const INDEXES = new WeakMap<object, PositionIndex | null>();

/** `indexPositions(text)`, built once per owner (a prepared letter, a cue view). */
export function positionsOf(owner: object, text: string): PositionIndex | null {
  let index = INDEXES.get(owner);
  if (index === undefined) {
    index = indexPositions(text);
    INDEXES.set(owner, index);
  }
  return index;
}
