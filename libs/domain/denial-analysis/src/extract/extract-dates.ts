import { isValid, parse } from 'date-fns';
import type { Field, Span } from '../record-check.types';
import { type PreparedText, lineBounds, lineIndexAt, zoneKindAt } from '../text/prepare-text';
import { columnsAbove } from './table-header';
import { SERVICE_NOUN_BEFORE_CODE } from './service-nouns';

export interface DateHit {
  iso: string;
  span: Span;
}

/** A month's name or abbreviation (the date reader's; other readers look for a date's start). */
export const MONTH =
  'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
// One pass over the text for every supported shape. Bounded whitespace keeps it linear on junk;
// the look-behind/-ahead stop a match inside claim numbers and phone numbers ("25-0212-88431").
const DATE = new RegExp(
  [
    // The year may wrap to the next line ("September 11," / "2026").
    `\\b(?<mn1>${MONTH})\\.?[ \\t]{1,3}(?<d1>\\d{1,2})(?:st|nd|rd|th)?(?:,?[ \\t]{1,3}|,[ \\t]?\\n[ \\t]{0,12})(?<y1>\\d{4})\\b`,
    `\\b(?<d2>\\d{1,2})[ \\t]{1,3}(?<mn2>${MONTH})\\.?,?[ \\t]{1,3}(?<y2>\\d{4})\\b`,
    `(?<![\\w/.-])(?<m3>\\d{1,2})(?<sep>[/-])(?<d3>\\d{1,2})\\k<sep>(?<y3>\\d{4}|\\d{2})(?![\\w/-])`,
    `(?<![\\w/.-])(?<y4>\\d{4})-(?<m4>\\d{2})-(?<d4>\\d{2})(?![\\w/-])`,
    // "19-Nov-2025".
    `(?<![\\w/.-])(?<d5>\\d{1,2})-(?<mn5>${MONTH})-(?<y5>\\d{4})(?![\\w/-])`,
  ].join('|'),
  'gi',
);

// Two-digit years resolve within 50 years of this fixed reference (1950–2049), so parsing does
// not depend on the clock.
const TWO_DIGIT_YEAR_REFERENCE = new Date(2000, 0, 1);

function monthAbbrev(name: string): string {
  const m = name.slice(0, 3).toLowerCase();
  return m.charAt(0).toUpperCase() + m.slice(1);
}

function toIso(d: Date): string {
  const y = String(d.getFullYear()).padStart(4, '0');
  const m = String(d.getMonth() + 1).padStart(2, '0');
  const day = String(d.getDate()).padStart(2, '0');
  return `${y}-${m}-${day}`;
}

function parseGroups(g: Record<string, string | undefined>): string | null {
  let d: Date;
  if (g.mn1 !== undefined)
    d = parse(`${monthAbbrev(g.mn1)} ${g.d1} ${g.y1}`, 'MMM d yyyy', TWO_DIGIT_YEAR_REFERENCE);
  else if (g.mn2 !== undefined)
    d = parse(`${monthAbbrev(g.mn2)} ${g.d2} ${g.y2}`, 'MMM d yyyy', TWO_DIGIT_YEAR_REFERENCE);
  else if (g.m3 !== undefined) {
    const yearFormat = (g.y3 as string).length === 2 ? 'yy' : 'yyyy';
    d = parse(`${g.m3}/${g.d3}/${g.y3}`, `M/d/${yearFormat}`, TWO_DIGIT_YEAR_REFERENCE);
  } else if (g.mn5 !== undefined)
    d = parse(`${monthAbbrev(g.mn5)} ${g.d5} ${g.y5}`, 'MMM d yyyy', TWO_DIGIT_YEAR_REFERENCE);
  else d = parse(`${g.y4}-${g.m4}-${g.d4}`, 'yyyy-MM-dd', TWO_DIGIT_YEAR_REFERENCE);
  if (!isValid(d)) return null;
  const year = d.getFullYear();
  // Letters about claims do not talk about the 1800s or the 2100s: such a "date" is a code or an id.
  if (year < 1950 || year > 2099) return null;
  return toIso(d);
}

/** Every date in the text (placeholders already blanked), in order. */
export function findDates(p: PreparedText): DateHit[] {
  return findDatesIn(p.masked);
}

// date-fns parsing is the costly step and letters repeat their dates: remember recent results.
// The cache only memoises a pure function, so output never depends on it.
const PARSED = new Map<string, string | null>();
const PARSED_MAX = 4096;

function parseCached(raw: string, groups: Record<string, string | undefined>): string | null {
  const hit = PARSED.get(raw);
  if (hit !== undefined) return hit;
  const iso = parseGroups(groups);
  if (PARSED.size >= PARSED_MAX) PARSED.clear();
  PARSED.set(raw, iso);
  return iso;
}

/** What joins the two ends of a date range: "Mar 3 - Mar 22", "April 1 through September 30". */
export const RANGE_JOINER = '(?:-|–|to|through|thru)';

// "January 27 - February 20, 2026", "Jan 27 -\nFeb 20, 2026": a range that prints its year once,
// after its last day. The first day takes that year (the year before when its month is later:
// "Dec 28 - Jan 3, 2026").
const YEARLESS_START = new RegExp(
  `\\b(?<mn>${MONTH})\\.?[ \\t]{1,3}(?<d>\\d{1,2})(?:st|nd|rd|th)?(?=[ \\t]*${RANGE_JOINER}\\s{0,12}(?<en>${MONTH})\\.?[ \\t]{1,3}\\d{1,2}(?:st|nd|rd|th)?,?[ \\t]{1,3}(?<y>\\d{4})\\b)`,
  'gi',
);
const monthIndex = (name: string): number =>
  'janfebmaraprmayjunjulaugsepoctnovdec'.indexOf(name.slice(0, 3).toLowerCase()) / 3;

function yearlessStarts(s: string): DateHit[] {
  const out: DateHit[] = [];
  YEARLESS_START.lastIndex = 0;
  for (let m = YEARLESS_START.exec(s); m; m = YEARLESS_START.exec(s)) {
    const g = m.groups ?? {};
    const end = Number(g.y);
    const year = monthIndex(g.mn ?? '') > monthIndex(g.en ?? '') ? end - 1 : end;
    const iso = parseGroups({ mn1: g.mn, d1: g.d, y1: String(year) });
    if (iso) out.push({ iso, span: [m.index, m.index + m[0].length] });
  }
  return out;
}

/** Every date in `s`, offsets relative to `s`. */
export function findDatesIn(s: string): DateHit[] {
  const out: DateHit[] = [];
  DATE.lastIndex = 0;
  for (let m = DATE.exec(s); m; m = DATE.exec(s)) {
    const iso = parseCached(m[0], m.groups ?? {});
    if (iso) out.push({ iso, span: [m.index, m.index + m[0].length] });
  }
  const starts = yearlessStarts(s);
  return starts.length ? [...out, ...starts].sort((a, b) => a.span[0] - b.span[0]) : out;
}

/** Parses one date string in any supported shape (for user-supplied facts). */
export function parseDateString(s: string): string | null {
  DATE.lastIndex = 0;
  const m = DATE.exec(s);
  return m && m[0].length === s.trim().length ? parseGroups(m.groups ?? {}) : null;
}

type DateRole =
  'service' | 'notice' | 'processed' | 'received' | 'claim_received' | 'ignore' | null;

// What the words just before a date say it is. Checked in order; the first match wins.
const ROLE_RULES: ReadonlyArray<{ role: DateRole; re: RegExp }> = [
  // The document naming its own date: "This letter is dated April 2, 2026", "This letter, dated
  // September 2, 2025,", "This letter, issued on …", "This notice was sent to you on …", "We are
  // mailing this notice on May 28, 2026", "… and mailed you this summary on …" (before the rule
  // that ignores other papers' "dated").
  {
    role: 'notice',
    re: /\b(?:(?:this|the|our) (?:letter|notice|EOB|statement|summary)(?: (?:is|was)(?: being)?|,) (?:dated|(?:issued|mailed|sent)(?: to you)?\s+on)|(?:(?:we are|we're) (?:mailing|sending)|(?:we|and) (?:mailed|sent)) (?:you )?this (?:notice|letter|summary|statement)\s+on)\W{0,8}$/i,
  },
  // A reduction's own period: "Change starts ...... July 13, 2026", "Change lasts through ……".
  {
    role: 'service',
    re: /\b(?:change|reduction|new (?:hours|amount|level)) (?:starts|begins|takes effect|(?:lasts|runs) (?:through|until))(?: on)?\W{0,40}$/i,
  },
  // A portal's "Status Effective Date  10/03/2025" is the day the claim was finalized (before the
  // rule that ignores "effective" dates).
  {
    role: 'processed',
    re: /(?:^|[|:]|[ \t]{2})[ \t]*status(?: effective)? date\W{0,30}$/i,
  },
  // An appeal decision's "Initial denial date: March 9, 2026" is the earlier notice's date, not
  // this one's (a deadline counted from it would be early).
  {
    role: 'ignore',
    re: /(?:\b(?:initial|original|first|earlier|previous|prior)[ \t]+(?:adverse[ \t]+)?(?:denial|decision|determination)[ \t]+date|\bdate[ \t]+of[ \t]+(?:the[ \t]+|our[ \t]+)?(?:original|first|earlier|previous|prior)[ \t]+(?:denial|decision|determination|notice))\W{0,30}$/i,
  },
  // "This notice shows claims for services from March 1 - May 31, 2025": the notice's period.
  {
    role: 'ignore',
    re: /\b(?:notice|statement|summary) (?:shows|covers|lists|includes)\b[^.\n]{0,40}\bfrom\W{0,4}$/i,
  },
  {
    role: 'ignore',
    re: /(?:birth|\bDOB|born|expir\w*|effective|(?:ended|ends|terminated|paid on claim \S+)(?: on)?|dated|revised(?: as of)?|approved|printed(?: on)?)\W{0,8}$/i,
  },
  // "… sent us a claim for these services on 09/02/2026": the day the claim came, not the service.
  {
    role: 'claim_received',
    re: /\b(?:sent|submitted|filed|mailed)(?: us)? (?:a|the|this|your) claim\b[^.\n]{0,40}\bon\W{0,4}$|\bclaim (?:for|of) (?:these|those|the above|the listed) (?:services?|items?)(?: [a-z]+)? on\W{0,4}$/i,
  },
  // A stay's or an authorisation's dates: "Period: 05/05/2025 to 08/02/2025", "Dates requested:",
  // an "Approved dates" column (a range yields both ends), "Approved from 08/18 through 10/31".
  {
    role: 'service',
    re: /(?:dates? of service|service dates?|\bDOS|requested start(?: date)?|dates? of (?:care|admission|visit|treatment|stay|discharge|surgery|procedure)(?: billed)?|admission(?: date)?|admitted(?: on)?|admit date|discharge(?:d(?: on)?| date)|date of visit|\bvisit(?: date)?|trip date|date\(s\) of service|(?:scheduled|planned|proposed|anticipated|surgery|procedure|appointment)(?: (?:service|surgery|admission))? date|(?:scheduled|planned|proposed) (?:surgery|procedure|admission|service)|(?:scheduled|planned) (?:for|on)|services? (?:from|on|provided on)|\b(?:done|given)(?: on)?|(?:services?|dates?|care) (?:starting|beginning)(?: on)?|serv date|\bsvc(?: date)?|^[ \t]*services?|\bperformed(?: on)?|(?:requested|authori[sz]ed|authori[sz]ation|approved|service|treatment|care|review|certification) period|period (?:requested|of (?:service|care|treatment))|(?:^|[|:]|[ \t]{2})[ \t]*period|dates? requested|(?:requested|authori[sz]ed|approved) dates?|(?:approved|authori[sz]ed) (?:from|through|thru|until)|^[ \t]*valid (?:from|through|thru|until))\W{0,30}$/i,
  },
  // "the MRI … you received on 08/29/2025": what the member received is the service ("you received
  // this notice on" is the receipt rule below).
  {
    role: 'service',
    re: /\b(?:you|the (?:patient|member)|your (?:child|son|daughter)) (?:received|got|had)(?: (?:it|them|this (?:service|test|scan|care)))? on\W{0,4}$/i,
  },
  // A text message's header: "Text Message  Fri, Mar 6, 2026  9:14 AM  From: 58821" (a time and a
  // sender, as a fax line has, but the message is the notice).
  {
    role: 'notice',
    re: /^[ \t]*(?:Text(?: Message)?|SMS)[ \t]+(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?[ \t]+)?$/i,
  },
  // An e-mail's or portal message's header: "Sent: Tue 3/3/2026 10:14 AM", "Sent:   2026-08-27".
  {
    role: 'notice',
    re: /^[ \t]*Sent(?:[ \t]+on)?[ \t]*:[ \t]*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?[ \t]+)?$/i,
  },
  // A document's title, then its date: "Claim notice, 09/10/2025" opening a line, "Plan (HMO) -
  // Notice of Denial of Payment - 09/17/2025.", "EMPLOYEE HEALTH PLAN - CLAIM NOTICE 08/19/2025 |".
  {
    role: 'notice',
    re: /^[ \t]*(?:[A-Za-z][\w&'-]*[ \t]+){0,4}(?:[Nn]otice|NOTICE|[Ll]etter|LETTER|[Ss]tatement|STATEMENT),[ \t]*$|\b(?:Notice|NOTICE|Letter|LETTER|Statement|STATEMENT|Summary|SUMMARY)(?: (?:of|OF)(?: (?:[A-Z][\w-]*|of|and|for)){1,6})?(?:[ \t]+[-\u2013])?[ \t]+$/,
  },
  // "ambulance trip May 28, 2025": the trip's date.
  { role: 'service', re: /\b(?:ambulance )?(?:trip|transport)[ \t]+$/i },
  // "DAYS REQUESTED ...... 7 days, 03/14/2026 through 03/20/2026": a review's requested days.
  { role: 'service', re: /\bdays requested\W{0,30}(?:\d{1,3}[ \t]+days?\W{0,4})?$/i },
  // "The visits took place between May 4, 2026 and …", "the sessions were given on …".
  {
    role: 'service',
    re: /\b(?:visits?|services?|sessions?|treatments?|therapy|care|procedures?|tests?|surgery|stay|items?)[ \t\n]+(?:took[ \t\n]+place|happened|occurred|(?:was|were)[ \t\n]+(?:given|made|done|provided|performed|delivered))[ \t\n]+(?:between|from|on)\W{0,4}$/i,
  },
  // "…surgery (CPT 29881) on March 20, 2025", "Ambulance transport on 10/02/2024", "office visit
  // 99213 on 11/03/2025": a service, then its date.
  {
    role: 'service',
    re: new RegExp(
      String.raw`(?:^[ \t]*(?:\d{4}[0-9FTU]|[A-Z]\d{4})|\b${SERVICE_NOUN_BEFORE_CODE}[ \t]+(?:\d{4}[0-9FTU]|[A-Z]\d{4})(?:-[0-9A-Z]{2})*|\((?:CPT|HCPCS)?[ \t]*[A-Z]?\d{4,5}[A-Z]?\)|\b(?:transport|visit|surgery|procedure|treatment|tests?|therapy|exam|stay|services?|care|shot|vaccin(?:e|ation)|injection|infusion|scan|x-ray|MRI)(?:[ \t]+(?:done|given|provided|performed))?)[ \t]+on[ \t]+$`,
      'i',
    ),
  },
  {
    role: 'received',
    re: /(?:date (?:you )?received (?:this |the )?(?:notice|letter)|(?:notice|letter) received(?: on)?|you received (?:this|the) (?:notice|letter) on)\W{0,30}$/i,
  },
  {
    role: 'claim_received',
    re: /(?:claim received(?: on)?|received(?: on)?|date received|receipt date)\W{0,30}$/i,
  },
  {
    role: 'notice',
    re: /(?:notice date|date (?:of|on) (?:this |the )?notice|letter date|date (?:of|on) (?:this |the )?letter|(?:statement|stmt\.?|EOB|remittance|card|postcard) date|date of (?:this )?(?:statement|EOB)|(?:EOB|statement|notice|letter|decision) (?:issued|prepared|mailed|sent)(?: on)?|date prepared|date of (?:the )?(?:denial|decision|determination)|(?:decision|denial|determination|issue) date|date mailed|mail(?:ing)? date|mailed(?: on)?|date issued|date (?:of )?(?:initial )?adverse determination(?: notice)?|remit(?:tance)? date|date of remittance|run date|date sent|(?:^|[|]|[ \t]{2})[ \t]*determination)\W{0,30}$/i,
  },
  {
    role: 'processed',
    // "Issued"/"prepared" also describe other papers in prose ("the 835 issued 08/12/2025").
    // Only as a label opening its line or cell: "(claim 2501-274-90318, processed 01/30/2025)" is
    // another claim's day.
    // A status cell may run into it: "Denied - Processed 09/24/2024".
    re: /(?:^|[|:]|[ \t]{2}|[A-Za-z] - )[ \t]*(?:issued(?: on)?|prepared(?: on)?|processed(?: on| date)?|date processed|processing date|finali[sz]ed(?: on)?|adjudicated(?: on)?|adjudication date)\W{0,30}$/i,
  },
];
// A bare "Date:" is the notice date unless a word before it says otherwise ("Service date" is caught
// above); bilingual notices put it after its translation ("Fecha / Date:").
const WEEKDAY_BEFORE =
  /\b(?:(?:Mon|Tues?|Wed|Thu(?:rs)?|Fri|Sat|Sun)\.?,[ \t]*|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)$/;
const BARE_DATE_LABEL = /(?:^|[|:;(*_]|[ \t]{2}|^[ \t]*[A-Za-z]{3,12}[ \t]?\/)[ \t]*Date\W{0,16}$/i;

export interface DateFields {
  serviceDates: Array<{ value: string; span: Span }>;
  noticeDate: Field<string> | null;
  receivedDate: Field<string> | null;
  claimReceivedDate: Field<string> | null;
  all: DateHit[];
}

function roleOf(p: PreparedText, hit: DateHit): { role: DateRole; labelled: boolean } {
  const line = lineIndexAt(p, hit.span[0]);
  const [ls] = lineBounds(p, line);
  let before = p.masked.slice(Math.max(ls, hit.span[0] - 60), hit.span[0]);
  // A date opening its line takes its label from the line above when that line is a label (ends
  // with a colon, or is in capitals: large-print "TESTS DONE ON" / "JULY 30, 2025"); prose that
  // wraps before a date ("… your first visit on" / "04/21/2025") keeps no label.
  if (before.trim() === '' && line > 0) {
    const [ps, pe] = lineBounds(p, line - 1);
    const above = p.masked.slice(Math.max(ps, pe - 60), pe);
    if (/:\s*$/.test(above) || (/[A-Z]{2}/.test(above) && !/[a-z]/.test(above)))
      before = `${above} `;
  } else if (line > 0 && /^[ \t]*[A-Za-z]+[ \t]+$/.test(before)) {
    // Prose wrapped just before its label word ("… (check/EFT" / "date January 22, 2026)") reads
    // with the line above: that "date" is not a bare "Date" label.
    const [ps, pe] = lineBounds(p, line - 1);
    const above = p.masked.slice(Math.max(ps, pe - 60), pe);
    // Prose ends on a lower-case word; a signature block's name line ("Community Health Plan" /
    // "Issued 09/22/2026") does not.
    if (/(?:^|[\s(])[a-z][\w/(,-]*[ \t]*$/.test(above) && !/[.:;!?][ \t]*$/.test(above))
      before = `${above} ${before.trimStart()}`;
  }
  // A wide label column ("Date:" then 20 spaces, "| Date" then 20 spaces and a box border) is one
  // gap, however wide.
  before = before.replace(/\W*$/, (tail) => tail.replace(/[ \t]{2,}/g, '  '));
  // "Date: Thu, 23 Apr 2026" (an e-mail header): the weekday is part of the date, not the label.
  before = before.replace(WEEKDAY_BEFORE, '');
  for (const r of ROLE_RULES) if (r.re.test(before)) return { role: r.role, labelled: true };
  if (BARE_DATE_LABEL.test(before)) return { role: 'notice', labelled: true };
  // A claim-status row: the label is the column header right above ("Determination date").
  const label = line > 0 ? columnLabelAbove(p, line, hit.span[0] - ls) : null;
  // A header naming two things a cell holds ("Requested date / decision") labels it by each.
  if (label) {
    for (const part of label.split(/[ \t]+\/[ \t]+/))
      for (const r of ROLE_RULES) if (r.re.test(part)) return { role: r.role, labelled: true };
    // "Approved from    Through": the second column of a period is headed by its joiner alone.
    if (PERIOD_END_COLUMN.test(label)) return { role: 'service', labelled: true };
  }
  return { role: null, labelled: false };
}

const PERIOD_END_COLUMN = /^(?:through|thru)$/i;

/** The label of the column a value sits in, from the header row above (portal claim-status rows). */
function columnLabelAbove(p: PreparedText, line: number, column: number): string | null {
  const columns = columnsAbove(p, line);
  return columns?.find((c) => column >= c.from && column < c.to)?.label ?? null;
}

// What may stand beside a date that is alone on its line: spaces, rules, bullets, bars, a colon.
export const ONLY_DECORATION = /^[\s*_|:.,-]*$/;

const SENT_AT_TIME = /^,?[ \t]+(?:at[ \t]+)?\d{1,2}:\d{2}(?:[ \t]*[AaPp]\.?[Mm]\.?)?[ \t]*$/;

/**
 * A date alone on its line near the top is the letter date (business-letter layout); so is a date
 * in words opening one of the first lines, the address block beside it after a column gap
 * ("May 20, 2026          To: Walter J. Brzezinski, 88 Linden Hollow Rd").
 */
function isStandaloneLetterDate(p: PreparedText, hit: DateHit): boolean {
  const line = lineIndexAt(p, hit.span[0]);
  if (line > 30) return false;
  const [ls, le] = lineBounds(p, line);
  if (le - ls > 120) return false;
  const before = p.masked.slice(ls, hit.span[0]);
  const after = p.masked.slice(hit.span[1], le);
  if (ONLY_DECORATION.test(before + after)) return true;
  // A text message's or portal message's time stamp: "Nov 21, 2025 10:42 AM" alone on its line.
  if (before.trim() === '' && SENT_AT_TIME.test(after)) return true;
  return (
    line <= 12 &&
    before.trim() === '' &&
    /^[A-Za-z]/.test(p.masked.slice(hit.span[0], hit.span[1])) &&
    /^[ \t]{2,}\S/.test(after)
  );
}

// A letter closing: the signature block under it may carry the letter's date on a line of its own.
const CLOSING =
  /^[ \t]*(?:Sincerely|Respectfully|(?:Best |Kind )?Regards|Yours (?:truly|sincerely)|Cordially|Thank you)\b[^\n]{0,20}$/im;
const SIGNATURE_REACH = 8;

/**
 * "Sincerely," / name / title / company / "April 21, 2026": a date alone on its line within a few
 * lines under the closing is the letter's date (letters that print it nowhere else).
 */
function isSignatureDate(p: PreparedText, hit: DateHit): boolean {
  const line = lineIndexAt(p, hit.span[0]);
  const [ls, le] = lineBounds(p, line);
  if (!ONLY_DECORATION.test(p.masked.slice(ls, hit.span[0]) + p.masked.slice(hit.span[1], le)))
    return false;
  const [above] = lineBounds(p, Math.max(0, line - SIGNATURE_REACH));
  return CLOSING.test(p.masked.slice(above, ls));
}

// A fax machine's transmission line: "06/09/2026  08:41   FROM: MERIDIAN …   P.001/004".
const TIME_OF_DAY = /\b\d{1,2}:\d{2}\b/;
const FAX_MARK = /\bFROM\b|\bTO:|\bP(?:AGE|G)?\.? ?\d{1,3} ?(?:\/|of) ?\d{1,3}\b/i;

/**
 * The day a fax was sent is not the letter's date: it is later, and a deadline counted from it
 * would be late. A date on a line with a time of day and a sender or page count.
 */
function isFaxHeaderDate(p: PreparedText, hit: DateHit): boolean {
  const [ls, le] = lineBounds(p, lineIndexAt(p, hit.span[0]));
  const line = p.masked.slice(ls, le);
  return TIME_OF_DAY.test(line) && FAX_MARK.test(line);
}

const CLAIM_NUMBER_LABEL = /\bclaim[ \t]*(?:number|no\.?|#)/i;

/**
 * A Medicare Summary Notice opens each claim with its date of service alone on a line, then the
 * provider and the claim number ("January 14, 2026" / "Westgate Imaging Center" / "Claim number:
 * 26-01-4800-37101"). Only once the notice's own date is known, so a letter's date is never taken.
 */
function opensClaimBlock(p: PreparedText, hit: DateHit): boolean {
  const line = lineIndexAt(p, hit.span[0]);
  const [ls, le] = lineBounds(p, line);
  const before = p.masked.slice(ls, hit.span[0]);
  const after = p.masked.slice(hit.span[1], le);
  if (!ONLY_DECORATION.test(before)) return false;
  // "July 21, 2026                Claim number 26-19233-508-110": the label on the date's line.
  if (/^[ \t]{2,}/.test(after) && CLAIM_NUMBER_LABEL.test(after)) return true;
  if (!ONLY_DECORATION.test(after)) return false;
  const [, blockEnd] = lineBounds(p, Math.min(line + 6, p.lineStarts.length - 1));
  return CLAIM_NUMBER_LABEL.test(p.masked.slice(le, blockEnd));
}

const HEADER_IDS_AFTER = /^[ \t]{2,}(?:Claim|Member|Patient|Account|Ref(?:erence)?)\b[^\n]{0,12}\d/;

/**
 * Claim-line layout of Medicare Summary Notices and claim lists: a date opening the line, then the
 * provider ("January 17, 2025 - Hollow Creek Behavioral Health"), inside a claims table.
 */
function isClaimLineDate(p: PreparedText, hit: DateHit): boolean {
  const zone = zoneKindAt(p, hit.span[0]);
  if (zone !== 'table' && zone !== 'remittance') return false;
  const line = lineIndexAt(p, hit.span[0]);
  const [ls] = lineBounds(p, line);
  // "04/22/2025   Claim 2541-8806-2   Member ID …" in the first lines is the letter's header.
  if (line <= 4 && HEADER_IDS_AFTER.test(p.masked.slice(hit.span[1], hit.span[1] + 40)))
    return false;
  return (
    /^[\s*_|]*$/.test(p.masked.slice(ls, hit.span[0])) &&
    /^[ \t]+(?:-[ \t]+)?(?:Dr\.[ \t]+)?[A-Z][a-z]+/.test(
      p.masked.slice(hit.span[1], hit.span[1] + 40),
    )
  );
}

const CODE_AFTER = /^[ \t]+(?:\d{5}|\d{4}[FTU]|[A-Z]\d{4})(?:-[0-9A-Z]{2}){0,4}(?=[ \t]|$)/;

/**
 * "06/11/2025  D2740 crown, porcelain": a date opening a line, then the code billed that day; not
 * a row of the history the letter recounts ("01/13/2026  D1110  Sunrise Dental  Paid").
 */
function opensServiceRow(p: PreparedText, hit: DateHit): boolean {
  const [ls, le] = lineBounds(p, lineIndexAt(p, hit.span[0]));
  return (
    /^[\s*_|]*$/.test(p.masked.slice(ls, hit.span[0])) &&
    CODE_AFTER.test(p.masked.slice(hit.span[1], Math.min(le, hit.span[1] + 24))) &&
    !/\b(?:paid|approved|allowed)[\s.|]*$/i.test(p.masked.slice(hit.span[1], le))
  );
}

/**
 * A date opening one of the first lines, before the rest of a header ("07/03/2025  Claim 123
 * Member 456", "Sept 15, 2026 | Priya Natarajan | Member ID …").
 */
function isLeadingHeaderDate(p: PreparedText, hit: DateHit): boolean {
  const line = lineIndexAt(p, hit.span[0]);
  if (line > 4) return false;
  const [ls] = lineBounds(p, line);
  return (
    /^[\s*_|]*$/.test(p.masked.slice(ls, hit.span[0])) &&
    /^(?:[ \t]{2,}|[ \t]*[|*\u2022\u00b7][ \t]*)\S/.test(
      p.masked.slice(hit.span[1], hit.span[1] + 6),
    )
  );
}

/**
 * A date closing one of the first lines, as the last cell of a letterhead ("Plan name | Gold 1000
 * Individual | 07/08/2025"): the cell before it ends with a bar or a run of spaces.
 */
function isTrailingHeaderDate(p: PreparedText, hit: DateHit): boolean {
  const line = lineIndexAt(p, hit.span[0]);
  if (line > 2) return false;
  const [ls, le] = lineBounds(p, line);
  return (
    /^[\s.]*$/.test(p.masked.slice(hit.span[1], le)) &&
    /\S(?:[ \t]*\|[ \t]*|[ \t]{2,}|[ \t]+[-\u2013][ \t]+)$/.test(p.masked.slice(ls, hit.span[0]))
  );
}

/**
 * A date set off by bullets or bars in one of the first lines ("PLAN (HMO) * Nov. 3, 2025 *
 * Member ID …"): postcards and letterheads print the letter date between other header items; a
 * text message's first line ends its sender and date with a colon.
 */
function isDelimitedHeaderDate(p: PreparedText, hit: DateHit): boolean {
  const line = lineIndexAt(p, hit.span[0]);
  if (line > 2) return false;
  const [ls, le] = lineBounds(p, line);
  const before = p.masked.slice(ls, hit.span[0]);
  const after = p.masked.slice(hit.span[1], le);
  return (
    (/(?:[*|\u2022\u00b7][ \t]*|[ \t]{2,})$/.test(before) &&
      /^(?:[ \t]*[*|\u2022\u00b7]|[ \t]{2,}|[ \t]*$)/.test(after)) ||
    // A text message opens with its sender and date, then a colon: "Keystone Senior Advantage
    // (HMO) 06/03/2025: Your doctor's request …".
    (line === 0 && /[\w)][ \t]+$/.test(before) && /^:[ \t]+[A-Z]/.test(after))
  );
}

// "your claim for the 04/06/2026 visit": the date, then the service it dates (not "notes from your
// March 3, 2025 visit": an earlier visit quoted as evidence).
const FOR_THE_BEFORE = /\bfor (?:the|your) $/i;
const SERVICE_AFTER =
  /^ (?:office |clinic |doctor |specialist |follow-up |urgent care |ER |emergency room )?(?:visit|appointment|surgery|procedure|test|exam|scan|stay|admission|service|treatment|session)\b/i;

function namesServiceAfter(p: PreparedText, hit: DateHit): boolean {
  return (
    FOR_THE_BEFORE.test(p.masked.slice(Math.max(0, hit.span[0] - 12), hit.span[0])) &&
    SERVICE_AFTER.test(p.masked.slice(hit.span[1], hit.span[1] + 40))
  );
}

const RANGE_AFTER = new RegExp(String.raw`^[ \t]*${RANGE_JOINER}[ \t]`, 'i');
const RANGE_BETWEEN = new RegExp(String.raw`^\s{0,3}${RANGE_JOINER}\s{0,3}$`, 'i');

// "Your exam on 02/27/2025 was normal", "the visit on 03/02 showed …": an earlier visit the
// reviewer read, not the service refused.
const FINDING_AFTER =
  /^,?\s+(?:was|were)\s+(?:normal|unremarkable|negative|stable)\b|^,?\s+(?:showed|shows|found|noted|documented)\b/i;

/** "between May 4, 2026 and May 21, 2026": the second date closes the range the first opened. */
function closesRangeBetween(p: PreparedText, first: DateHit, between: string): boolean {
  return (
    /^\s{1,3}and\s{1,3}$/.test(between) &&
    /\bbetween\s{1,3}$/i.test(p.masked.slice(Math.max(0, first.span[0] - 12), first.span[0]))
  );
}

/** A date opening a claim or service row that a second date continues as a range. */
function startsServiceRange(p: PreparedText, hit: DateHit): boolean {
  return (
    RANGE_AFTER.test(p.masked.slice(hit.span[1], hit.span[1] + 12)) &&
    (isClaimLineDate(p, hit) || opensServiceRow(p, hit))
  );
}

/**
 * Sorts the dates of a letter into service / notice / receipt by their labels. A date range after a
 * service label ("Dates of service: 01/02/2025 - 01/05/2025") yields both ends.
 */
export function classifyDates(
  p: PreparedText,
  tableServiceDates: Array<{ value: string; span: Span }>,
): DateFields {
  const all = findDates(p);
  const serviceDates: Array<{ value: string; span: Span }> = [];
  let notice: Field<string> | null = null;
  let received: Field<string> | null = null;
  let claimReceived: Field<string> | null = null;
  let processed: Field<string> | null = null;
  let letterDate: Field<string> | null = null;
  let previousService: DateHit | null = null;
  for (const hit of all) {
    const { role } = roleOf(p, hit);
    if (role === null && isFaxHeaderDate(p, hit)) continue;
    if (role === null && previousService) {
      const between = p.masked.slice(previousService.span[1], hit.span[0]);
      if (RANGE_BETWEEN.test(between) || closesRangeBetween(p, previousService, between)) {
        serviceDates.push({ value: hit.iso, span: hit.span });
        previousService = null;
        continue;
      }
    }
    previousService = null;
    if (role === 'service' && FINDING_AFTER.test(p.masked.slice(hit.span[1], hit.span[1] + 30)))
      continue;
    if (role === 'service') {
      serviceDates.push({ value: hit.iso, span: hit.span });
      previousService = hit;
    } else if (role === null && namesServiceAfter(p, hit)) {
      serviceDates.push({ value: hit.iso, span: hit.span });
      previousService = hit;
    } else if (role === null && startsServiceRange(p, hit)) {
      // "Mar 23 - Apr 9, 2025" opening a claim row: both ends.
      serviceDates.push({ value: hit.iso, span: hit.span });
      previousService = hit;
    } else if (role === 'notice' && notice === null)
      notice = { value: hit.iso, span: hit.span, confidence: 0.9 };
    else if (role === 'processed' && processed === null)
      processed = { value: hit.iso, span: hit.span, confidence: 0.6 };
    else if (role === 'received' && received === null)
      received = { value: hit.iso, span: hit.span, confidence: 0.85 };
    else if (role === 'claim_received' && claimReceived === null)
      claimReceived = { value: hit.iso, span: hit.span, confidence: 0.7 };
    else if (role === null && (notice ?? letterDate) !== null && opensClaimBlock(p, hit))
      serviceDates.push({ value: hit.iso, span: hit.span });
    else if (role === null && (isClaimLineDate(p, hit) || opensServiceRow(p, hit))) {
      serviceDates.push({ value: hit.iso, span: hit.span });
    } else if (role === null && letterDate === null && isStandaloneLetterDate(p, hit))
      letterDate = { value: hit.iso, span: hit.span, confidence: 0.8 };
    else if (
      role === null &&
      letterDate === null &&
      (isLeadingHeaderDate(p, hit) ||
        isTrailingHeaderDate(p, hit) ||
        isDelimitedHeaderDate(p, hit) ||
        isSignatureDate(p, hit))
    )
      letterDate = { value: hit.iso, span: hit.span, confidence: 0.6 };
  }
  const labelled = new Set(serviceDates.map((s) => s.span[0]));
  for (const t of tableServiceDates) if (!labelled.has(t.span[0])) serviceDates.push(t);
  serviceDates.sort((a, b) => a.span[0] - b.span[0]);
  return {
    serviceDates,
    // A letter's own date wins over the day the claim system processed it.
    noticeDate: notice ?? letterDate ?? processed,
    receivedDate: received,
    claimReceivedDate: claimReceived,
    all,
  };
}
