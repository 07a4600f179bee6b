import type { CodeDetail, Field, Span } from '../record-check.types';
import {
  isTemplateInstruction,
  paragraphEnd,
  sentenceEnd,
  sentenceStart,
} from '../text/paragraphs';
import { type PreparedText, hasAny } from '../text/prepare-text';
import { textField } from '../text/text-utils';

// Headings under which letters and forms state the reason. Anchored at a line start so prose
// ("for any reason: …") does not count.
const REASON_HEADING =
  /^[ \t*#]*(?:reasons? for (?:the |this |our )?(?:denial|decision|determination|adverse (?:benefit )?determination)(?: \(in whole or in part\))?|denial reasons?|reasons?|why(?: did we deny (?:your|this) (?:request|claim))?|why we (?:denied|made this decision)(?: your (?:request|claim))?|we denied (?:this|your) (?:request|claim) because|explanation of (?:the )?basis for (?:the )?determination|basis for (?:the |our )?(?:denial|decision))[ \t]*\??[ \t*]*[:\-]?[ \t*]*/gim;

// Sentences that state the reason without a heading.
// The reason must follow on the same line: "because:" followed by a blank form line is not one.
const DENIED_BECAUSE =
  /\b(?:(?:was|were|is|are|has been|have been) denied|we (?:have )?denied [^.\n]{0,80}?)\s+because\b(?=[ \t:,]*[A-Za-z])/i;
const CONCLUSION =
  /\bnot medically necessary\b|\bis not covered\b|\bare not covered\b|\bnot a covered (?:benefit|service)\b|\bexperimental\b|\binvestigational\b|\b(?:does|do|did) not meet (?:the )?(?:[a-z]+ ){0,4}(?:criteria|guidelines?|requirements)\b|\bwe (?:have )?determined that\b/i;

export interface ReasonExtraction {
  statedReason: Field<string> | null;
  /** Heading(s) for the reason, even when what follows is blank (template field). */
  headingSpans: Span[];
  /** True when a reason heading exists but holds no content (blank form field, placeholder or instructions). */
  headingEmpty: boolean;
}

function wordCount(s: string): number {
  return (s.match(/[A-Za-z]{2,}/g) ?? []).length;
}

function reasonFromHeadings(p: PreparedText): ReasonExtraction {
  const headingSpans: Span[] = [];
  REASON_HEADING.lastIndex = hasAny(p, [
    'reason',
    'reasons',
    'why',
    'because',
    'basis',
    'explanation',
  ])
    ? 0
    : p.masked.length;
  for (let m = REASON_HEADING.exec(p.masked); m; m = REASON_HEADING.exec(p.masked)) {
    if (m[0].length === 0) {
      REASON_HEADING.lastIndex++;
      continue;
    }
    // "Reason" alone must be a label ("Reason:"), not the first word of a sentence.
    if (!/[:?]\s*\**\s*$/.test(m[0]) && !/because/i.test(m[0])) continue;
    const headStart = m.index + (m[0].length - m[0].trimStart().length);
    const contentStart = m.index + m[0].length;
    headingSpans.push([headStart, contentStart]);
    // Content sits on the heading's line or on the very next one; a blank line after a heading
    // means the field is empty (blank form, or underscores we blanked).
    let start = contentStart;
    while (start < p.analyzedLength && /[ \t*]/.test(p.masked[start] as string)) start++;
    let nextLine = false;
    if (p.masked[start] === '\n' || p.masked[start] === '\r') {
      nextLine = true;
      start++;
      while (start < p.analyzedLength && /[ \t*\r]/.test(p.masked[start] as string)) start++;
    }
    if (start >= p.analyzedLength || p.masked[start] === '\n') continue;
    const firstLineEnd = p.masked.indexOf('\n', start);
    const firstLine = p.masked.slice(start, firstLineEnd === -1 ? p.analyzedLength : firstLineEnd);
    if (nextLine && wordCount(firstLine) < 3) continue;
    const end = paragraphEnd(p, start, 1200, false);
    const field = textField(p.original, start, end, 0.85, true);
    if (!field || wordCount(field.value) < 3 || isTemplateInstruction(field.value)) continue;
    return { statedReason: field, headingSpans, headingEmpty: false };
  }
  return { statedReason: null, headingSpans, headingEmpty: headingSpans.length > 0 };
}

function sentenceField(p: PreparedText, at: number, confidence: number): Field<string> | null {
  const s = sentenceStart(p, at);
  const e = paragraphEnd(p, s, 900, false);
  const end = Math.max(sentenceEnd(p, at), e);
  return textField(p.original, s, end, confidence, true);
}

/** The remark-code legend of an EOB: "CO-97  The benefit for this service is included…". */
function reasonFromCodeLegend(
  p: PreparedText,
  carc: readonly CodeDetail[],
  explained: readonly Span[],
): Field<string> | null {
  for (const span of explained) {
    const code =
      carc.find((c) => c.span[0] === span[0]) ??
      carc.find((c) => p.masked.slice(span[0], span[1]).includes(c.code.replace(/^[A-Z]{2}-/, '')));
    if (code && !code.denial) continue;
    // The legend entry runs until the next line that starts with another code.
    let end = paragraphEnd(p, span[0], 900, false);
    const next = /\n[ \t]*(?:CO|PR|OA|PI|CR)[ -]?\w{1,3}\b/g;
    next.lastIndex = span[1];
    const n = next.exec(p.masked);
    if (n && n.index < end) end = n.index;
    const field = textField(p.original, span[0], end, 0.7, true);
    if (field && wordCount(field.value) >= 4) return field;
  }
  return null;
}

export function extractReason(
  p: PreparedText,
  carc: readonly CodeDetail[],
  explained: readonly Span[],
): ReasonExtraction {
  const headed = reasonFromHeadings(p);
  if (headed.statedReason) return headed;
  const because = hasAny(p, ['because']) ? DENIED_BECAUSE.exec(p.masked) : null;
  let statedReason = because ? sentenceField(p, because.index, 0.75) : null;
  statedReason = statedReason ?? reasonFromCodeLegend(p, carc, explained);
  if (!statedReason) {
    const c = hasAny(p, [
      'necessary',
      'covered',
      'experimental',
      'investigational',
      'meet',
      'determined',
    ])
      ? CONCLUSION.exec(p.masked)
      : null;
    if (c) statedReason = sentenceField(p, c.index, 0.6);
  }
  if (statedReason && isTemplateInstruction(statedReason.value)) statedReason = null;
  return {
    statedReason,
    headingSpans: headed.headingSpans,
    headingEmpty: headed.headingEmpty && !statedReason,
  };
}
