import type { Span } from '../record-check.types';
import type { Zone, ZoneKind } from './zones';

/** A collapsed view for cue matching: whitespace runs become one space; `map` gives each char's offset in the text. */
export interface CueView {
  text: string;
  map: Int32Array;
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

const BAR = 124; // |
const PLUS = 43; // +
const DASH = 45; // -

/**
 * The text for cue matching: zones of the excluded kinds blanked, table bars (`|`, `+`, and the
 * `-` rules that follow them) blanked inside table and remittance zones, then every whitespace run
 * collapsed to one space and leading whitespace dropped — so a reason wrapped across table rows
 * reads as one sentence. Built in one pass over the text (blanking, then collapsing with a regex,
 * cost more than the cue regexes that read the view); `map` points each view offset into the text.
 */
export function buildCueView(
  text: string,
  zones: readonly Zone[],
  exclude: readonly ZoneKind[],
): CueView {
  const map = new Int32Array(text.length + 1);
  const tokens: string[] = [];
  let n = 0;
  let pendingSpace = false; // whitespace seen since the last token (never before the first)
  for (const z of zones) {
    const [zs, ze] = z.span;
    if (exclude.includes(z.kind)) {
      if (zs < ze && tokens.length > 0 && !pendingSpace) {
        pendingSpace = true;
        map[n++] = zs;
      }
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
      } else {
        rule = false;
        blank = isJsWhitespace(c);
      }
      if (blank) {
        if (tokenStart >= 0) {
          tokens.push(text.slice(tokenStart, i));
          tokenStart = -1;
        }
        if (tokens.length > 0 && !pendingSpace) {
          pendingSpace = true;
          map[n++] = i;
        }
        continue;
      }
      if (tokenStart < 0) {
        tokenStart = i;
        pendingSpace = false;
      }
      map[n++] = i;
    }
    if (tokenStart >= 0) tokens.push(text.slice(tokenStart, ze));
  }
  let view = tokens.join(' ');
  if (pendingSpace) view += ' ';
  map[n] = text.length;
  return { text: view, map: map.subarray(0, n + 1) };
}

/** Maps a [start, end) span of a collapsed view back to the text. */
export function spanInText(v: CueView, start: number, end: number): Span {
  return [v.map[start] as number, (v.map[Math.max(start, end - 1)] as number) + 1];
}
