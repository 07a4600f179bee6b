import type { Span } from '../record-check.types';
import type { Zone, ZoneKind } from './zones';

/**
 * A collapsed view for cue matching: whitespace runs become one space. The view is a few long
 * stretches copied from the text (where a single space already separates words) joined by
 * replacement spaces; `runs` holds, for each, [view offset, text offset] so any view offset maps
 * back to the text (`textOffset`).
 */
export interface CueView {
  text: string;
  /** Flat pairs: run k starts at view offset runs[2k] and text offset runs[2k + 1]. */
  runs: readonly number[];
}

/** Exactly the characters `\s` matches, so the view reads like `replace(/\s+/g, ' ')`. */
export function isJsWhitespace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 160 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

const isLowerAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c >= 97 && c <= 122;
};

/** Where the word continues after a line-end hyphen at `from - 1`, or -1 (not a hyphenation). */
function hyphenatedContinuation(text: string, from: number, end: number): number {
  let k = from;
  while (k < end && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 13)) k++;
  if (k >= end || text.charCodeAt(k) !== 10) return -1;
  k++;
  while (k < end && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
  return k < end && isLowerAt(text, k) ? k : -1;
}

const BAR = 124; // |
const PLUS = 43; // +
const DASH = 45; // -

/**
 * The text for cue matching: zones of the excluded kinds blanked, table bars (`|`, `+`, and the
 * `-` rules that follow them) blanked inside table and remittance zones, then every whitespace run
 * collapsed to one space and leading whitespace dropped — so a reason wrapped across table rows
 * reads as one sentence. Built in one pass over the text (blanking, then collapsing with a regex,
 * cost more than the cue regexes that read the view). Where the text already reads like the view
 * (words separated by one plain space) it is copied in one slice and needs one map entry: a
 * per-character offset table cost more than the cue regexes too.
 */
export function buildCueView(
  text: string,
  zones: readonly Zone[],
  exclude: readonly ZoneKind[],
): CueView {
  const b = new ViewBuilder(text);
  for (const z of zones) {
    const [zs, ze] = z.span;
    if (exclude.includes(z.kind)) {
      if (zs < ze) b.blank(zs);
      continue;
    }
    const bars = z.kind === 'table' || z.kind === 'remittance';
    let rule = false; // inside a `|---+---` rule
    let tokenStart = -1;
    for (let i = zs; i < ze; i++) {
      const c = text.charCodeAt(i);
      let blank: boolean;
      if (bars && (c === BAR || c === PLUS)) {
        blank = true;
        // `|-`, `+-`: the rule's dashes (and `+` joints) that follow are blanked too.
        rule = i + 1 < ze && text.charCodeAt(i + 1) === DASH;
      } else if (rule && (c === DASH || c === PLUS)) {
        blank = true;
      } else if (c === DASH && tokenStart >= 0 && isLowerAt(text, i - 1)) {
        // A word hyphenated at a line end ("does not rne-\net", "re-\nquest") reads as one word.
        const next = hyphenatedContinuation(text, i + 1, ze);
        if (next > 0) {
          b.token(tokenStart, i);
          tokenStart = next;
          i = next;
          continue;
        }
        blank = false;
      } else {
        rule = false;
        // Printable ASCII is never whitespace: skip the full test for most characters.
        blank = (c <= 32 || c >= 127) && isJsWhitespace(c);
      }
      if (blank) {
        if (tokenStart >= 0) {
          b.token(tokenStart, i);
          tokenStart = -1;
        }
        b.blank(i);
      } else if (tokenStart < 0) tokenStart = i;
    }
    if (tokenStart >= 0) b.token(tokenStart, ze);
  }
  return b.finish();
}

/**
 * Collects the view as words and single separating spaces, merging a word, the plain space after
 * it and the next word into one copied stretch of the text when they are adjacent there.
 */
class ViewBuilder {
  private readonly parts: string[] = [];
  private readonly runs: number[] = [];
  private length = 0; // view characters emitted so far
  private words = 0;
  private pendingSpace = false; // whitespace seen since the last word (never before the first)
  private stretchStart = -1; // text offsets of the stretch being copied, [start, end)
  private stretchEnd = -1;

  constructor(private readonly text: string) {}

  /** A word: text[start, end). A space seen since the previous word separates them. */
  token(start: number, end: number): void {
    if (this.stretchStart < 0 || this.stretchEnd !== start) {
      this.flush();
      this.stretchStart = start;
      this.runs.push(this.length, start);
    }
    this.stretchEnd = end;
    this.length += end - start;
    this.words++;
    this.pendingSpace = false;
  }

  /** A blanked character at `at`: the first after a word becomes the view's one space. */
  blank(at: number): void {
    if (this.words === 0 || this.pendingSpace) return;
    this.pendingSpace = true;
    if (this.stretchStart >= 0 && this.stretchEnd === at && this.text.charCodeAt(at) === 32) {
      this.stretchEnd = at + 1;
    } else {
      this.flush();
      this.parts.push(' ');
      this.runs.push(this.length, at);
    }
    this.length++;
  }

  finish(): CueView {
    this.flush();
    this.runs.push(this.length, this.text.length);
    return { text: this.parts.join(''), runs: this.runs };
  }

  private flush(): void {
    if (this.stretchStart >= 0)
      this.parts.push(this.text.slice(this.stretchStart, this.stretchEnd));
    this.stretchStart = -1;
    this.stretchEnd = -1;
  }
}

/** Index of the run holding view offset `at` (binary search). */
function runAt(runs: readonly number[], at: number): number {
  let lo = 0;
  let hi = (runs.length >> 1) - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((runs[2 * mid] as number) <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Maps a [start, end) span of a collapsed view back to the text. */
export function spanInText(v: CueView, start: number, end: number): Span {
  const r = v.runs;
  const last = Math.max(start, end - 1);
  const k = runAt(r, start);
  // A cue match spans a few runs at most: walk on from the first rather than search again.
  let j = k;
  while (2 * j + 2 < r.length && (r[2 * j + 2] as number) <= last) j++;
  return [
    (r[2 * k + 1] as number) + (start - (r[2 * k] as number)),
    (r[2 * j + 1] as number) + (last - (r[2 * j] as number)) + 1,
  ];
}
