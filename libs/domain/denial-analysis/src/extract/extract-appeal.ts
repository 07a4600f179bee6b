import type { AppealInstructions, Field, Span, StatedDeadline } from '../record-check.types';
import { sentenceEnd, sentenceStart } from '../text/paragraphs';
import { type PreparedText, hasAny } from '../text/prepare-text';
import { letterOffset, ruledTables } from '../text/ruled-tables';
import { collapse, tightenSpan } from '../text/text-utils';
import { MONTH, findDatesIn } from './extract-dates';

const WORD_NUMBERS: Record<string, number> = {
  seven: 7,
  ten: 10,
  fourteen: 14,
  fifteen: 15,
  thirty: 30,
  'forty-five': 45,
  'forty five': 45,
  sixty: 60,
  'sixty-five': 65,
  'sixty five': 65,
  ninety: 90,
  'one hundred twenty': 120,
  'one hundred and twenty': 120,
  'one hundred eighty': 180,
  'one hundred and eighty': 180,
};
const WORDS = Object.keys(WORD_NUMBERS)
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/ /g, '[ \\t\\n]+'))
  .join('|');
// Boxed notices wrap a sentence inside | borders: a border is whitespace here.
const WS = String.raw`[ \t\n|]+`;
// What a window counts from: the notice itself (by any of its names) or the member's receipt of it.
// "That notice" is this one, mailed to the member; "that remittance" is another payer's paper.
const NOTICE_NOUN = String.raw`(?:notice|letter|denial|decision|EOB|explanation${WS}of${WS}benefits|statement|summary|remittance(?:${WS}advice)?|(?:post)?card|notification|e-?mail|(?:text${WS})?message)`;
// Who receives the notice: the reader, or the member named in the third person (portal printouts).
const RECIPIENT = String.raw`(?:you|the${WS}(?:member|patient|enrollee|beneficiary|subscriber|participant))`;
const NO_LATER_THAN = String.raw`no${WS}later${WS}than|not${WS}later${WS}than`;
const WINDOW = new RegExp(
  // A scan may break "with-" / "in" over two lines.
  // A table row labels the window instead ("| Deadline to appeal | 180 days after you receive …",
  // "Deadline ......... 60 days from the notice date at the top of this letter",
  // "The provider's window to request reconsideration is 90 calendar days from …").
  // A Medicare Summary Notice's box puts it in parentheses: "(120 days from the date you receive
  // this notice; …)".
  String.raw`(?:\b(?:within|with-[ \t]*\n[ \t]*in|${NO_LATER_THAN}|no${WS}more${WS}than|up${WS}to|you${WS}have|have|(?:that|which) is|(?:deadline|time[ \t]?limit|time[ \t]?frame|window)(?:[ \t\n]+(?:to|for)[ \t\n]+[a-z]+(?:[ \t\n]+[a-z]+)?)?[ \t]*(?:[:|-]|[ \t\n]is|\.{2,})?)${WS}|\()(\d{1,3}|${WORDS})(?:[ \t\n]*\(\d{1,3}\))?${WS}(?:(calendar|calen${WS}dar|business|working)${WS})?days?${WS}(?:of|from|after|following)${WS}` +
    String.raw`(?:(?<receipt>(?:the${WS})?(?:(?:date|day)${WS}(?:of${WS})?)?(?:(?:(?:that|when)${WS})?${RECIPIENT}${WS}(?:receives?|received|gets?|got)${WS}(?:(?:this|the|our|your)${WS}(?:initial${WS})?(?:${NOTICE_NOUN}|determination)|notice${WS}of${WS}(?:this|the|our)${WS}(?:determination|decision|denial)|this(?=${WS}to\b|[,.;)]))|(?:your${WS})?receipt${WS}of${WS}(?:this|the|our)${WS}${NOTICE_NOUN}|(?:receiving|getting)${WS}(?:this|the|our)${WS}(?:${NOTICE_NOUN}|determination|decision)|(?:receiving|getting|(?:your${WS})?receipt${WS}of)${WS}(?:(?:the|written)${WS})?notice${WS}of${WS}(?:it\b|(?:this|the|that|our)${WS}(?:adverse${WS}(?:benefit${WS})?)?(?:determination|decision|denial))|receipt\b(?!${WS}of)))` +
    String.raw`|(?<appealDecision>(?:the${WS})?(?:date${WS}of${WS})?(?:our|the)${WS}appeal${WS}decision(?:${WS}notice)?)` +
    String.raw`|(?<notice>(?:the${WS})?date${WS}of${WS}notice\b|(?:the${WS})?["\u201c](?:date${WS}processed|processed${WS}date|notice${WS}date|date${WS}of${WS}(?:this${WS})?notice|statement${WS}date)["\u201d]|(?:the${WS})?(?:(?:finali[sz]ed|processed|remit|notice|decision|statement|letter|issue)${WS})?date${WS}(?:shown${WS}|printed${WS}|given${WS}|listed${WS})?above\b|(?:the${WS})?date${WS}(?:this|the|our)${WS}${NOTICE_NOUN}${WS}was${WS}(?:issued|mailed|sent|printed|dated)|(?:the${WS})?date${WS}(?:this|the|your)${WS}claim${WS}was${WS}(?:processed|adjudicated|decided|denied)|(?:the${WS})?(?:date${WS}(?:mailed|issued|sent)|mailing${WS}date)\b|(?:the${WS})?(?:(?:date|day)${WS}(?:(?:shown|printed|listed|given)${WS})?(?:of|on|at${WS}the${WS}top${WS}of)${WS})?(?:(?:this|the|our|your)${WS}(?:(?:decision|denial|determination)${WS})?${NOTICE_NOUN}|that${WS}(?:notice|letter)\b)|(?:the${WS})?(?:determination|denial|decision|notice|remit(?:tance)?|statement|EOB|processing|adjudication|process(?:ed)?)${WS}date\b))`,
  'gi',
);
const PARENTHESISED_WINDOW = /\(\d{1,3} (?:calendar )?days/;
// Exports and key/value grids name the window as a field: "APL,appeal_window_days,90",
// "Appeal deadline (days): 60".
const LABELLED_WINDOW =
  /\b(?:appeal|filing|reconsideration|dispute)[ _-](?:window|deadline|time[ _-]?limit|period)(?:[ _-]days|[ \t]*\(days\))?[ \t]*"?[,:|=][ \t]*"?(\d{1,3})\b"?(?![ \t]*(?:[/-]\d|%))/gi;
// A window whose anchor is not named ("Appeals must be received within 90 days") or not one we
// know: counted from the notice date, the earliest reading, so a deadline is never later than the
// letter's. Only a member's or provider's own action: "we will decide within 30 days" is the plan's.
const UNANCHORED_WINDOW =
  /\b(?:must|should)\s+(?:be\s+)?(?:received|filed|submitted|made|sent|postmarked|requested)(?:\s+by\s+us)?\s+within\s+(\d{1,3})\s+(?:(calendar|business|working)\s+)?days\b|\b(?:you|your\s+provider|providers?)\s+(?:must|may|can|have\s+to)\s+(?:ask|appeal|file|request|submit)\b[^.]{0,60}?\bwithin\s+(\d{1,3})\s+(?:(calendar|business|working)\s+)?days\b/gi;
const FROM_SERVICE =
  /^[ \t\n]+(?:of|from|after)[ \t\n]+(?:the[ \t\n]+)?(?:date[ \t\n]+of[ \t\n]+service|service[ \t\n]+date|DOS)\b/i;
// "… within 30 calendar days of that decision": counted from a decision still to come.
const LATER_DECISION =
  /^[ \t\n]+(?:of|from|after)[ \t\n]+(?:that|the[ \t\n]+(?:reconsideration|appeal|review|redetermination)|our[ \t\n]+(?:reconsideration|appeal))[ \t\n]+(?:decision|determination|denial)\b/i;
// NY-style template deadlines: "by [Date+120]" = 120 days after the notice date.
const TEMPLATE_WINDOW = /\[Date\s*\+\s*(\d{1,3})\]/gi;

// A window for another errand is no appeal window: "Call … within 5 business days … to discuss
// this decision (peer-to-peer)", "Please send the primary EOB within 90 days", "refund it within
// 30 days of this notice", "fix this by sending a corrected claim … within 90 days".
const APPEAL_WORDS =
  /\b(?:appeals?|appealing|reconsider|reconsideration|redetermination|review|dispute|grievance|hearing|disagree)\b/i;
// A call with the reviewer ("ask for a telephone discussion with our reviewer … within 14 days")
// is decided on its own sentence: the appeal words of a heading or sentence beside it ("WHAT CAN
// BE SENT TO RECONSIDER") do not make it an appeal window.
const REVIEWER_TALK =
  /\bpeer[- ]to[- ]peer\b|\bdoctor[- ]to[- ]doctor\b|\b(?:talk|speak|discussion|conversation|call)\b(?: by (?:phone|telephone))?[^.]{0,40}\b(?:with|to) (?:a|the|our)\b[^.]{0,40}\breviewer\b/i;
// Sending the claim again is no appeal: "send a corrected claim", "resubmit it within 90 days".
const RESUBMISSION = String.raw`\b(?:corrected|replacement) claim\b|\bresubmi(?:t|ts|tted|ssion)\b`;
const OTHER_ERRAND = new RegExp(
  `${REVIEWER_TALK.source}|` +
    String.raw`\b(?:refund|repay|pay (?:it |them )?back|reimburse)\b|\bdiscuss (?:this|the|your) (?:decision|case|request)\b|\b(?:send|submit|provide|mail|fax)\b[^.]{0,40}\b(?:EOB|explanation of benefits|itemized bill|records|information|documents?|forms?|the following)\b|` +
    RESUBMISSION,
  'i',
);

// The plan's own clock is no member window: "Post-service appeals are decided within 60 days of
// receipt", "we will send our decision within 30 days of receiving it", "Bluestem will send a
// written decision within 30 calendar days".
const PAYER_CLOCK =
  /\b(?:are|is|will be|be|gets?) (?:decided|resolved|answered|completed|reviewed|processed)[ \t\n]*$|\bwe(?: will|'ll| must| shall)? (?:decide|respond|answer|make|send|give|notify|issue|complete|resolve|tell)\b[^.,;:]{0,60}$|\b(?:send|give|issue|mail|make|reach)(?:[ \t\n]+you)?(?:[ \t\n]+(?:a|an|our|its|the|your))?(?:[ \t\n]+(?:written|final))?[ \t\n]+(?:decision|determination|answer|response|ruling)\b[^.,;:]{0,40}$/i;

function isPayerClock(p: PreparedText, start: number): boolean {
  return PAYER_CLOCK.test(p.masked.slice(sentenceStart(p, start, 200), start));
}

// "… we will reprocess the claim without a formal appeal": an appeal named only as not needed.
const NO_APPEAL_NEEDED =
  /\b(?:without|no need for|instead of)(?: (?:filing|sending|requesting))?(?: (?:a|an|the))?(?: [a-z]+)? appeal\b/gi;

// Errands a sentence names for itself, whatever the sentence before it says ("To complete our
// review … If we receive the report within 90 days we will reprocess the claim").
const OWN_ERRAND = new RegExp(String.raw`\bre-?process(?:es|ed|ing)?\b|` + RESUBMISSION, 'i');

function isOtherErrand(p: PreparedText, start: number, end: number): boolean {
  const sentence = p.masked
    .slice(sentenceStart(p, start), sentenceEnd(p, end))
    .replace(NO_APPEAL_NEEDED, '');
  if (APPEAL_WORDS.test(sentence)) return false;
  if (REVIEWER_TALK.test(sentence) || OWN_ERRAND.test(sentence)) return true;
  const from = sentenceStart(p, Math.max(0, sentenceStart(p, start) - 2));
  const context = p.masked.slice(from, sentenceEnd(p, end)).replace(NO_APPEAL_NEEDED, '');
  return !APPEAL_WORDS.test(context) && OTHER_ERRAND.test(context);
}

function purposeBefore(p: PreparedText, at: number): StatedDeadline['purpose'] {
  const sentence = p.original.slice(sentenceStart(p, at, 300), at).toLowerCase();
  if (/\b(?:fair|state) hearing\b/.test(sentence)) return 'state_fair_hearing';
  if (/\bexternal (?:review|appeal)\b|\bindependent review\b/.test(sentence))
    return 'external_review';
  return 'plan_appeal';
}

/** An appeal window printed as its last day ("Must be received no later than October 4, 2026"). */
export interface PrintedLastDay {
  date: string;
  purpose: StatedDeadline['purpose'];
  text: string;
}

// The lead-in of a printed last day, before a date's first character ("by May 25, 2026", "no
// later than 10/04/2026", a label "filed by:  July 18, 2026", "Level 1 Appeal Due   09/07/2026");
// the date itself is read by the date reader.
const LAST_DAY_LEAD = new RegExp(
  String.raw`\b(?:${NO_LATER_THAN}|on${WS}or${WS}before|by|before|appeal[ \t]+(?:due|deadline)(?:[ \t]+date)?):?${WS}(?=(?:${MONTH})\.?[ \t]{1,3}\d|\d{1,2}\/\d{1,2}\/\d{2,4})`,
  'gi',
);

/**
 * A sentence about the errand of the one before: "You must file it by …", "Send this by …", "Your
 * request must reach us no later than …".
 */
const REFERS_BACK =
  /\b(?:file|send|submit|mail|fax|make|request|do)[ \t\n]+(?:it|this|them|that|yours)\b|^\s*(?:it|this|(?:your|the)[ \t\n]+(?:request|letter|form))[ \t\n]+must\b/i;

/**
 * The first appeal deadline the letter prints as a date, in a sentence about appealing and not
 * about another errand or the plan's own clock ("we will decide by …").
 */
function printedLastDay(p: PreparedText): Field<PrintedLastDay> | null {
  LAST_DAY_LEAD.lastIndex = hasAny(p, ['by', 'later', 'before', 'due', 'deadline'])
    ? 0
    : p.masked.length;
  let first: Field<PrintedLastDay> | null = null;
  for (let m = LAST_DAY_LEAD.exec(p.masked); m; m = LAST_DAY_LEAD.exec(p.masked)) {
    const at = m.index + m[0].length;
    const date = findDatesIn(p.masked.slice(at, at + 30))[0];
    if (!date || date.span[0] !== 0) continue;
    const end = at + date.span[1];
    const start = sentenceStart(p, m.index);
    const sentence = p.masked.slice(start, sentenceEnd(p, end)).replace(NO_APPEAL_NEEDED, '');
    // "… you can file an appeal. You must file it by January 2, 2026.": the appeal is named in the
    // sentence before.
    const aboutAppeal =
      APPEAL_WORDS.test(sentence) ||
      (REFERS_BACK.test(sentence) &&
        APPEAL_WORDS.test(p.masked.slice(sentenceStart(p, Math.max(0, start - 2)), start)));
    if (!aboutAppeal || isOtherErrand(p, m.index, end) || isPayerClock(p, m.index)) continue;
    const found: Field<PrintedLastDay> = {
      value: {
        date: date.iso,
        purpose: purposeBefore(p, m.index),
        text: collapse(p.original.slice(m.index, end)),
      },
      span: [m.index, end],
      confidence: 0.8,
    };
    if (found.value.purpose === 'plan_appeal') return found;
    first ??= found;
  }
  return first;
}

export interface DeadlineExtraction {
  statedDeadline: Field<StatedDeadline> | null;
  /** The appeal window printed as its last day; a window in days wins over it. */
  lastDay: Field<PrintedLastDay> | null;
  /** Every window stated, including those counted from a later event (an appeal decision). */
  all: Array<Field<StatedDeadline> & { fromLaterEvent: boolean }>;
}

export function extractStatedDeadline(p: PreparedText): DeadlineExtraction {
  const all: DeadlineExtraction['all'] = [];
  WINDOW.lastIndex =
    hasAny(p, [
      'within',
      'with',
      'later',
      'more',
      'up',
      'have',
      'deadline',
      'limit',
      'frame',
      'timeframe',
      'window',
      'that',
      'which',
    ]) || PARENTHESISED_WINDOW.test(p.masked)
      ? 0
      : p.masked.length;
  for (let m = WINDOW.exec(p.masked); m; m = WINDOW.exec(p.masked)) {
    if (isOtherErrand(p, m.index, m.index + m[0].length) || isPayerClock(p, m.index)) continue;
    const span: Span = tightenSpan(p.original, m.index, m.index + m[0].length);
    const w = windowOf(m, span, purposeBefore(p, m.index), p.original.slice(span[0], span[1]), 0.9);
    if (w) all.push(w);
  }
  LABELLED_WINDOW.lastIndex = hasAny(p, ['appeal', 'filing', 'reconsideration', 'dispute'])
    ? 0
    : p.masked.length;
  for (let m = LABELLED_WINDOW.exec(p.masked); m; m = LABELLED_WINDOW.exec(p.masked)) {
    const days = Number(m[1]);
    if (days <= 0 || all.some((w) => w.span[0] <= m.index && m.index < w.span[1])) continue;
    all.push({
      value: {
        days,
        anchor: 'notice',
        dayType: 'calendar',
        purpose: 'plan_appeal',
        text: collapse(p.original.slice(m.index, m.index + m[0].length)),
      },
      span: [m.index, m.index + m[0].length],
      confidence: 0.7,
      fromLaterEvent: false,
    });
  }
  UNANCHORED_WINDOW.lastIndex = hasAny(p, ['within']) ? 0 : p.masked.length;
  for (let m = UNANCHORED_WINDOW.exec(p.masked); m; m = UNANCHORED_WINDOW.exec(p.masked)) {
    const end = m.index + m[0].length;
    if (all.some((w) => w.span[0] < end && m.index < w.span[1])) continue;
    const context = p.masked.slice(sentenceStart(p, m.index), sentenceEnd(p, end));
    if (!APPEAL_WORDS.test(context) || isOtherErrand(p, m.index, end)) continue;
    const span: Span = tightenSpan(p.original, m.index, end);
    const after = p.masked.slice(end, end + 80);
    // "… within 14 calendar days from the date of service": a provider's claim or retro-review
    // window, counted from the care itself, not an appeal of this notice.
    if (FROM_SERVICE.test(after)) continue;
    const fromLaterEvent = LATER_DECISION.test(after);
    all.push({
      value: {
        days: Number(m[1] ?? m[3]),
        anchor: 'notice',
        dayType: /business|working/i.test(m[2] ?? m[4] ?? '') ? 'business' : 'calendar',
        purpose: purposeBefore(p, m.index),
        text: collapse(p.original.slice(span[0], span[1])),
      },
      span,
      confidence: 0.6,
      fromLaterEvent,
    });
  }
  if (all.length === 0) all.push(...windowsInTableCells(p));
  const body = p.original.slice(0, p.analyzedLength);
  TEMPLATE_WINDOW.lastIndex = body.includes('[Date') || body.includes('[date') ? 0 : body.length;
  for (let m = TEMPLATE_WINDOW.exec(body); m; m = TEMPLATE_WINDOW.exec(body)) {
    const span: Span = [m.index, m.index + m[0].length];
    all.push({
      value: {
        days: Number(m[1]),
        anchor: 'notice',
        dayType: 'calendar',
        purpose: purposeBefore(p, m.index),
        text: m[0],
      },
      span,
      confidence: 0.6,
      fromLaterEvent: false,
    });
  }
  all.sort((a, b) => a.span[0] - b.span[0]);
  const current = all.filter((w) => !w.fromLaterEvent);
  const chosen = current.find((w) => w.value.purpose === 'plan_appeal') ?? current[0] ?? null;
  return {
    statedDeadline: chosen
      ? { value: chosen.value, span: chosen.span, confidence: chosen.confidence }
      : null,
    lastDay: chosen ? null : printedLastDay(p),
    all,
  };
}

const CELL_WINDOW = new RegExp(WINDOW.source, 'gi');

/** The window a WINDOW match states, or null when its day count reads as none. */
function windowOf(
  m: RegExpExecArray,
  span: Span,
  purpose: StatedDeadline['purpose'],
  text: string,
  confidence: number,
): DeadlineExtraction['all'][number] | null {
  const raw = (m[1] as string).toLowerCase().replace(/\s+/g, ' ');
  const days = /^\d+$/.test(raw) ? Number(raw) : (WORD_NUMBERS[raw] ?? NaN);
  if (!Number.isFinite(days) || days <= 0) return null;
  const g = m.groups ?? {};
  return {
    value: {
      days,
      anchor: g.receipt ? 'receipt' : 'notice',
      dayType: /business|working/i.test(m[2] ?? '') ? 'business' : 'calendar',
      purpose,
      text: collapse(text),
    },
    span,
    confidence,
    fromLaterEvent: g.appealDecision !== undefined,
  };
}

/**
 * A window wrapped inside one cell of a ruled table ("You must ask within 180" / "days after you
 * receive" / "this notice.", the other columns' words between its lines).
 */
function windowsInTableCells(p: PreparedText): DeadlineExtraction['all'] {
  const out: DeadlineExtraction['all'] = [];
  for (const table of ruledTables(p))
    for (const row of table.rows)
      for (const cell of row) {
        if (cell.parts.length < 2) continue;
        CELL_WINDOW.lastIndex = 0;
        for (let m = CELL_WINDOW.exec(cell.text); m; m = CELL_WINDOW.exec(cell.text)) {
          const start = letterOffset(cell, m.index);
          const span: Span = [start, letterOffset(cell, m.index + m[0].length)];
          const w = windowOf(m, span, purposeBefore(p, start), m[0], 0.7);
          if (w) out.push(w);
        }
      }
  return out;
}

const APPEAL_SECTION =
  /\b(?:right to appeal|appeal|request a review|reconsideration|redetermination|fair hearing|state hearing)\b/i;
const SEND_TO = /\b(?:send|mail|write|fax|submit|forward|deliver)\b[^.]{0,80}?\bto\b:?[ \t]*\n?/gi;
const ZIP_END = /\b(?:[A-Z]{2,3}|USA)\.?,?[ \t]+\d{5}(?:-\d{4})?\b/;
const PHONE = String.raw`((?:1[-. ]?)?(?:\(\d{3}\)[ ]?|\d{3}[-. ])\d{3}[-. ]\d{4}|1-\d{3}-[A-Z]{7})`;
const FAX = new RegExp(
  String.raw`\bfax(?:[ \t]+(?:number|no\.?))?\b[ \t:]*(?:(?:at|to)[ \t]+)?${PHONE}`,
  'i',
);
const CALL = new RegExp(
  String.raw`\b(?:call|calling|phone|telephone|contact)\b[^.]{0,60}?${PHONE}`,
  'i',
);
const PORTAL =
  /\b(?:https?:\/\/|www\.)[^\s)>,;]+|\b(?:online|member|provider)[ \t]+portal\b[^.\n]{0,60}/i;

export function extractAppealInstructions(p: PreparedText): Field<AppealInstructions> | null {
  const s = hasAny(p, ['appeal', 'review', 'reconsideration', 'redetermination', 'hearing'])
    ? APPEAL_SECTION.exec(p.masked)
    : null;
  if (!s) return null;
  const sectionStart = s.index;
  const section = p.masked.slice(sectionStart, p.analyzedLength);
  let address: string | null = null;
  let firstSpan: Span | null = null;
  SEND_TO.lastIndex = 0;
  for (let m = SEND_TO.exec(section); m; m = SEND_TO.exec(section)) {
    const from = m.index + m[0].length;
    const zip = ZIP_END.exec(section.slice(from, from + 250));
    if (!zip) continue;
    const to = from + zip.index + zip[0].length;
    const candidate = section.slice(from, to);
    if (!/\bBox\b|\d+[ \t]+[A-Z][a-z]+/.test(candidate)) continue;
    const span = tightenSpan(p.original, sectionStart + from, sectionStart + to);
    address = collapse(p.original.slice(span[0], span[1]));
    firstSpan = span;
    break;
  }
  const fax = hasAny(p, ['fax']) ? FAX.exec(section) : null;
  const call = CALL.exec(section);
  const portal = hasAny(p, ['http', 'https', 'www', 'portal']) ? PORTAL.exec(section) : null;
  const value: AppealInstructions = {
    address,
    fax: fax ? (fax[1] as string) : null,
    phone: call ? (call[1] as string) : null,
    portal: portal ? collapse(portal[0]) : null,
  };
  if (!value.address && !value.fax && !value.phone && !value.portal) return null;
  const spans = [
    firstSpan,
    fax && [sectionStart + fax.index, sectionStart + fax.index + fax[0].length],
    call && [sectionStart + call.index, sectionStart + call.index + call[0].length],
  ].filter((x): x is Span => Array.isArray(x));
  const first = spans.sort((a, b) => a[0] - b[0])[0] as Span;
  return { value, span: first, confidence: 0.75 };
}
