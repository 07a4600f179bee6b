import type { Span } from '../record-check.types';
import { blankKeepingNewlines } from './text-utils';

// Blank template forms (the DOL model notice, CMS-10003, state MCO templates) and letters sent
// unfilled carry these shapes. They must never be read as values, and a letter that still holds
// them is itself defective.
const ANGLE = /<[A-Za-z][A-Za-z _/.#-]{0,40}>/g;
// Mail-merge fields: "<<SUMMARY OF REVIEWER RATIONALE TIED TO THE PATIENT'S RECORDS>>", which may
// wrap onto the next line.
const DOUBLE_ANGLE = /<<[^<>]{1,300}>>/g;
const UNDERSCORES = /_{3,}/g;
// Curly-brace fields and instructions, which may wrap: "{{notice_date}}", "{INSERT A SPECIFIC,
// MEMBER-FRIENDLY EXPLANATION. State what information was reviewed, …}" (innermost braces).
const CURLY = /\{[^{}]{1,300}\}/g;
const MASKED_DATE =
  /\b(?:[Xx]{2}\/(?:[Xx]{2}\/)?(?:20)?[Xx]{2,4}|MM\/DD\/(?:YYYY|YY)|mm\/dd\/(?:yyyy|yy))\b/g;

/**
 * Square-bracket placeholders, scanned line by line so a stray bracket in junk
 * input can never swallow the rest of the text (and the scan stays linear). Nested brackets
 * (`[not changing our decision to [partially] deny]`) count once, outermost. An opening bracket
 * left open at the end of its line masks the rest of that line; a closing bracket with no opener
 * masks back to the line start (template headers cut in two: `… BENEFIT MANAGER]`).
 */
// A bracketed line of real data is no placeholder: "[Secure chat summary | Silver EPO | Member ID
// WMH-60218845]" (pipe-separated fields, or a number of five digits or more).
const BRACKETED_DATA = /\s\|\s|\d{5,}/;
// A web page's buttons and tabs, printed from a portal, are no blanks: "[View]", "[Log Out]",
// "[ Print this page ]", "[ Documents (3) ]", "[-]".
const UI_CONTROL =
  /^\[[ \t]*(?:[-+x]|(?:View|Print|Download|Back|Log|Sign|Expand|Collapse|Submit|Search|Close|Edit|Upload|Go|Next|Previous|Open|Show|Hide|Save|Cancel|Home)\b[^\]]*|(?:Summary|Services|Service Lines|Notes|Documents|Details|History|Payments|Remarks|Attachments|Messages|Letters)(?:[ \t]*\(\d{1,3}\))?)[ \t]*\]$/;

function bracketRanges(text: string, out: Span[]): void {
  const push = (start: number, end: number): void => {
    const cell = text.slice(start, end);
    if (!BRACKETED_DATA.test(cell) && !UI_CONTROL.test(cell)) out.push([start, end]);
  };
  let lineStart = 0;
  let lastEndOnLine = 0;
  let depth = 0;
  let openAt = -1;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const ch = i === n ? '\n' : text[i];
    if (ch === '\n') {
      if (depth > 0 && openAt >= 0) push(openAt, i);
      depth = 0;
      openAt = -1;
      lineStart = i + 1;
      lastEndOnLine = lineStart;
    } else if (ch === '[') {
      if (depth === 0) openAt = i;
      depth++;
    } else if (ch === ']') {
      if (depth > 0) {
        depth--;
        if (depth === 0) {
          push(openAt, i + 1);
          lastEndOnLine = i + 1;
          openAt = -1;
        }
      } else if (i - lastEndOnLine <= 120) {
        out.push([lastEndOnLine, i + 1]);
        lastEndOnLine = i + 1;
      }
    }
  }
}

function regexRanges(text: string, re: RegExp, out: Span[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
}

/** Sorted, merged placeholder spans. */
export function findPlaceholders(text: string): Span[] {
  const raw: Span[] = [];
  // Most letters have none of these characters: skip the scans (indexOf is far cheaper).
  if (text.includes('[') || text.includes(']')) bracketRanges(text, raw);
  if (text.includes('{')) regexRanges(text, CURLY, raw);
  if (text.includes('<')) regexRanges(text, ANGLE, raw);
  if (text.includes('<<')) regexRanges(text, DOUBLE_ANGLE, raw);
  if (text.includes('___')) regexRanges(text, UNDERSCORES, raw);
  if (text.includes('/')) regexRanges(text, MASKED_DATE, raw);
  raw.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Span[] = [];
  for (const r of raw) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** Same-length copy with every placeholder blanked to spaces, so offsets stay valid. */
export function maskRanges(text: string, ranges: readonly Span[]): string {
  if (ranges.length === 0) return text;
  const parts: string[] = [];
  let pos = 0;
  for (const [s, e] of ranges) {
    parts.push(text.slice(pos, s));
    parts.push(blankKeepingNewlines(text.slice(s, e)));
    pos = e;
  }
  parts.push(text.slice(pos));
  return parts.join('');
}

/** Index of the first placeholder starting at or after `from` (binary search). */
export function firstPlaceholderFrom(ranges: readonly Span[], from: number): Span | null {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ranges[mid] as Span)[0] < from) lo = mid + 1;
    else hi = mid;
  }
  return ranges[lo] ?? null;
}
