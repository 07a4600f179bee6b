import type { Span } from '../record-check.types';
import { type PreparedText, hasAny, lineBounds, lineIndexAt } from '../text/prepare-text';
import { isHeadingLine } from '../text/paragraphs';

/**
 * A partial decision that lists what it approved and what it refused under their own headings or
 * labels ("WHAT WE APPROVED" … "WHAT WE DENIED", "Approved: 12 visits" / "Not approved: 8 visits").
 * Each part runs from its heading to the next heading, label or the cap.
 */
export interface DecisionParts {
  approved: Span[];
  refused: Span[];
}

const NOUN = String.raw`(?:services?|items?|units?|visits?|days?|care|sessions?|hours?|drugs?|lines?)`;
const APPROVED_LABEL = new RegExp(
  String.raw`^[ \t*#\d.)-]*(?:what we (?:approved|are approving|will cover|covered)|(?:the )?(?:part|${NOUN}) (?:that )?we (?:approved|are approving|will cover)|approved(?: ${NOUN})?|${NOUN} approved)[ \t*]*(?::|$)`,
  'gim',
);
const REFUSED_LABEL = new RegExp(
  String.raw`^[ \t*#\d.)-]*(?:what we (?:denied|did not approve|are not approving|are denying|will not cover|did not cover)|(?:the )?(?:part|${NOUN}) (?:that )?we (?:denied|did not approve|are not approving|will not cover)|(?:not approved|denied)(?: ${NOUN})?|${NOUN} (?:not approved|denied))[ \t*]*(?::|$)`,
  'gim',
);
const PART_CAP = 1500;

function partsOf(p: PreparedText, re: RegExp): Span[] {
  const out: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(p.masked); m; m = re.exec(p.masked)) {
    const start = m.index;
    const limit = Math.min(p.masked.length, start + PART_CAP);
    let line = lineIndexAt(p, start);
    let [, end] = lineBounds(p, line);
    for (line++; line < p.lineStarts.length; line++) {
      const [ls, le] = lineBounds(p, line);
      if (ls >= limit) break;
      const text = p.masked.slice(ls, le);
      if (text.trim() !== '' && (isHeadingLine(text) || startsPart(text))) break;
      end = le;
    }
    out.push([start, Math.min(end, limit)]);
  }
  return out;
}

// Non-global copies: testing one line must not move the scan of the whole letter.
const APPROVED_LINE = new RegExp(APPROVED_LABEL.source, 'i');
const REFUSED_LINE = new RegExp(REFUSED_LABEL.source, 'i');
const startsPart = (line: string): boolean => APPROVED_LINE.test(line) || REFUSED_LINE.test(line);

/** Both parts of a partial decision, or null when the letter does not split them so. */
export function decisionParts(p: PreparedText): DecisionParts | null {
  if (!hasAny(p, ['approved', 'approving', 'cover', 'covered'])) return null;
  const approved = partsOf(p, APPROVED_LABEL);
  if (approved.length === 0) return null;
  const refused = partsOf(p, REFUSED_LABEL);
  return refused.length ? { approved, refused } : null;
}
