import type { CodeDetail, CueHit, Field, Span } from '../record-check.types';
import {
  isTemplateInstruction,
  paragraphEnd,
  sentenceEnd,
  sentenceStart,
} from '../text/paragraphs';
import { type PreparedText, hasAny } from '../text/prepare-text';
import { textField, wordCount } from '../text/text-utils';
import { NOTES_FOR_CLAIMS } from '../text/zones';
import { OPENS_WITH_ENTRY, remarkLegendReason } from './payer-code-meanings';

// Headings under which letters and forms state the reason (an EOB's "Remark K7:" or a remittance's
// "LINE NOTE:" too). Anchored at a line start so prose ("for any reason: …") does not count.
// Longer "why …" headings come before a bare "why": the first alternative that matches wins.
const REASON_HEADING =
  /^[ \t*#]*(?:\(\?\)[ \t]*)?(?:what this (?:code )?means|reasons? for (?:the |this |our )?(?:denial|decision|determination|adverse (?:benefit )?determination)(?: \(in whole or in part\))?|denial reasons?|reasons?|why we (?:denied|made this decision|said no|are denying|decided this|will not pay|won't pay|cannot pay|can't pay|cannot approve|can't approve)(?: (?:your|this|the) (?:request|claim|service|bill))?|why (?:your|this|the) (?:claim|request|service) (?:was|is) (?:denied|not approved|not paid)|why(?: did we deny (?:your|this) (?:request|claim))?|we denied (?:this|your) (?:request|claim) because|explanation of (?:the )?basis for (?:the )?determination|basis for (?:the |our )?(?:denial|decision)|remarks? (?:code )?[A-Z0-9]{1,4}|rmks? [A-Z0-9]{1,4}|line note|remarks?)[ \t]*\??[ \t*]*[:\-]?[ \t*]*/gim;

// Sentences that state the reason without a heading.
// The reason must follow on the same line: "because:" followed by a blank form line is not one.
const DENIED_BECAUSE =
  /\b(?:(?:was|were|is|are|has been|have been) denied|we (?:have )?denied [^.\n]{0,80}?|(?:came back |was |is )?(?:unpaid|not paid|not covered))\s+(?:because|since)\b(?=[ \t:,]*[A-Za-z])/i;
const CONCLUSION =
  /\bnot (?:(?:considered|deemed|found|shown|determined) (?:to be )?)?medically necessary\b|\bis not covered\b|\bare not covered\b|\bnot a covered (?:benefit|service)\b|\bexperimental\b|\binvestigational\b|\b(?:does|do|did) not meet (?:the )?(?:[a-z]+ ){0,4}(?:criteria|guidelines?|requirements)\b|\bwe (?:have )?determined that\b|\b(?:criteria|requirements?|guidelines?)(?: [a-z]+){0,3} (?:are|were|is|was|have|has) not (?:been )?(?:met|satisfied)\b|\b(?:records|documentation|notes|information)(?: [a-z]+){0,3} (?:do(?:es)?n['’]t|do(?:es)? not|did not|didn['’]t) (?:show|support)\b/i;

export interface ReasonExtraction {
  statedReason: Field<string> | null;
  /** Heading(s) for the reason, even when what follows is blank (template field). */
  headingSpans: Span[];
  /** True when a reason heading exists but holds no content (blank form field, placeholder or instructions). */
  headingEmpty: boolean;
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
    'remark',
    'remarks',
    'note',
    'means',
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

const DENIED_THEN_REASON = /\bDENIED\b(?:[ \t]*\([^)\n]{1,20}\))?[ \t]*[.:\-][ \t]*(?=[A-Z][a-z])/;
// Reason zones whose heading says "why" come before a "what we decided" zone.
const WHY_HEADING = new RegExp(
  String.raw`\b(?:why|reasons?|rationale|explanation|${NOTES_FOR_CLAIMS}|remark|message)\b`,
  'i',
);
const TABLE_REASON_CELL =
  /^[ \t]*\|[ \t]*(?:reason(?: for (?:denial|decision))?|denial reason|explanation)(?:[ \t]*\([^)|\n]{0,30}\))?[ \t]*\|[ \t]*(\S[^|\n]*?)[ \t]*\|?[ \t]*$/gim;

/** The reason as the letter's structure gives it: the text of a reason zone, under its heading. */
function reasonFromZones(p: PreparedText): Field<string> | null {
  const zones = p.zones
    .filter((z) => z.kind === 'reason')
    .sort(
      (a, b) =>
        Number(WHY_HEADING.test(b.heading ?? '')) - Number(WHY_HEADING.test(a.heading ?? '')),
    );
  for (const z of zones) {
    // Skip the heading line itself.
    let start = z.heading ? p.masked.indexOf('\n', z.span[0]) + 1 : z.span[0];
    if (start <= 0) continue;
    while (start < z.span[1] && /\s/.test(p.masked[start] as string)) start++;
    if (start >= z.span[1]) continue;
    const end = Math.min(z.span[1], paragraphEnd(p, start, 1200, false));
    const field = textField(p.original, start, end, 0.8, true);
    if (field && wordCount(field.value) >= 4 && !isTemplateInstruction(field.value)) return field;
  }
  return null;
}

/** A "| Reason | … |" row of a table layout: its cell on that row. */
function reasonFromTableCell(p: PreparedText): Field<string> | null {
  if (!hasAny(p, ['reason', 'explanation'])) return null;
  TABLE_REASON_CELL.lastIndex = 0;
  const m = TABLE_REASON_CELL.exec(p.masked);
  if (!m) return null;
  const value = m[1] as string;
  const start = m.index + m[0].indexOf(value);
  const field = textField(p.original, start, start + value.length, 0.75, true);
  return field && wordCount(field.value) >= 3 ? field : null;
}

function sentenceField(p: PreparedText, at: number, confidence: number): Field<string> | null {
  const s = sentenceStart(p, at);
  const e = paragraphEnd(p, s, 900, false);
  const end = Math.max(sentenceEnd(p, at), e);
  return textField(p.original, s, end, confidence, true);
}

// A reason that opens with a legend entry ("PD1  Paid according to …") may be a payment remark:
// the legend entry of the code that marks a refused line is the reason then.
// Reason values are whitespace-collapsed: one space may separate the code from its meaning.
function preferRefusedEntry(p: PreparedText, reason: Field<string>): Field<string> {
  return OPENS_WITH_ENTRY.test(reason.value) ? (remarkLegendReason(p) ?? reason) : reason;
}

// "We are sorry to tell you that we will not pay this claim." ("Medicare will not pay this claim.")
// followed by why, in prose letters
// with no reason heading: the words after that sentence (the rest of its paragraph, or the next).
const REFUSAL_SENTENCE =
  /\b(?:we|Medicare|the plan|your plan) (?:will|can|are) not (?:be )?(?:able to )?(?:pay|cover|approve)\b|\b(?:we|Medicare|the plan|your plan) (?:cannot|can't|won't) (?:pay|cover|approve)\b/i;

function reasonAfterRefusal(p: PreparedText): Field<string> | null {
  const m = hasAny(p, ['pay', 'cover', 'approve']) ? REFUSAL_SENTENCE.exec(p.masked) : null;
  if (!m) return null;
  let start = sentenceEnd(p, m.index);
  while (start < p.analyzedLength && /\s/.test(p.masked[start] as string)) start++;
  if (start >= p.analyzedLength) return null;
  const field = textField(p.original, start, paragraphEnd(p, start, 900, false), 0.6, true);
  return field && wordCount(field.value) >= 8 && !isTemplateInstruction(field.value) ? field : null;
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
  if (headed.statedReason)
    return { ...headed, statedReason: preferRefusedEntry(p, headed.statedReason) };
  const zoned = reasonFromZones(p) ?? reasonFromTableCell(p);
  const structured = zoned && preferRefusedEntry(p, zoned);
  if (structured)
    return { statedReason: structured, headingSpans: headed.headingSpans, headingEmpty: false };
  // One-line notices: "99284 on 08/20/2025: DENIED (CO-29). The claim was received after…"
  const deniedLine = hasAny(p, ['denied']) ? DENIED_THEN_REASON.exec(p.masked) : null;
  if (deniedLine) {
    const at = deniedLine.index + deniedLine[0].length;
    const field = sentenceField(p, at, 0.7);
    if (field && wordCount(field.value) >= 4)
      return { statedReason: field, headingSpans: headed.headingSpans, headingEmpty: false };
  }
  const because = hasAny(p, ['because', 'since']) ? DENIED_BECAUSE.exec(p.masked) : null;
  let statedReason = because ? sentenceField(p, because.index, 0.75) : null;
  statedReason =
    statedReason ??
    reasonFromCodeLegend(p, carc, explained) ??
    remarkLegendReason(p) ??
    reasonAfterRefusal(p);
  if (!statedReason) {
    const c = hasAny(p, [
      'necessary',
      'covered',
      'experimental',
      'investigational',
      'meet',
      'determined',
      'show',
      'support',
      'satisfied',
      'met',
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

/** The weight a category cue needs before its sentence is taken as the reason. */
const REASON_CUE_WEIGHT = 3;

/**
 * When no heading, zone or phrase gave the reason: the sentence holding the strongest cue of the
 * category the letter was classified under ("Your coverage therefore ended 06/30/2025, before
 * this visit."). Denial codes are not sentences and do not count.
 */
export function reasonAtCue(
  p: PreparedText,
  hits: readonly CueHit[],
  category: string,
): Field<string> | null {
  const strongest = hits
    .flatMap((h) =>
      h.target === category && !h.cue.startsWith('carc:') && h.span
        ? [{ weight: h.weight, at: h.span[0] }]
        : [],
    )
    .sort((a, b) => b.weight - a.weight || a.at - b.at)[0];
  if (!strongest || strongest.weight < REASON_CUE_WEIGHT) return null;
  const field = sentenceField(p, strongest.at, 0.55);
  return field && !isTemplateInstruction(field.value) ? field : null;
}
