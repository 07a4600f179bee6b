import type { Span } from '../record-check.types';
import { isJsWhitespace } from './cue-view';

/**
 * The parts of a letter, found once per text (issue 7 "structure before cues"). Cues, extractors
 * and disclosure detectors say which zones they read, so a tagline or a "your rights" insert can
 * never decide what the letter is about.
 */
export type ZoneKind =
  | 'header' // letterhead, addresses, labelled identifiers before the body
  | 'reason' // the stated reason and its basis (rationale, criteria, provision)
  | 'table' // claim/service table (columns or bars)
  | 'remittance' // remittance rows: a table carrying adjustment group codes
  | 'appeal_rights' // appeal rights, deadlines, help contacts
  | 'boilerplate' // taglines, non-discrimination notices, glossaries, FAQs, page furniture
  | 'body'; // everything else

export interface Zone {
  kind: ZoneKind;
  span: Span;
  /** The heading that opened the zone, when one did. */
  heading: string | null;
}

const BOILERPLATE_HEADING =
  /\b(?:discriminat\w*|language assistance|taglines?|glossary|frequently asked|general information|privacy|terms of use|accessibility|definitions?|(?:preparer|staff|drafting) instructions?|instructions (?:to|for) (?:the )?(?:preparer|staff)|notes? to (?:the )?preparer)\b/i;
const APPEAL_HEADING =
  /\b(?:appeals?|your rights?|disagree|fair hearing|external review|how to handle|what you can do|what to do|help with|reconsideration|redetermination)\b/i;
/** "Notes for Claims Above", "Notes for Your Facility Claims": an MSN's notes explain the rows above. */
export const NOTES_FOR_CLAIMS = String.raw`notes for (?:your |this |the )?(?:facility |medical |part [ab] |hospital )?claims`;
const REASON_HEADING = new RegExp(
  String.raw`\b(?:why|reasons?|rationale|explanation|what we decided|decision|${NOTES_FOR_CLAIMS}|remark codes?|message from|denial|determination|findings?|outcome|what we (?:reviewed|found|looked at))\b`,
  'i',
);
// A letterhead's department line ("Appeals and Grievances Department") names who writes, not a section.
const DEPARTMENT_LINE = /\b(?:department|dept\.?|unit|division|office|center|centre)\s*$/i;
// "PART 2. WHAT WE REVIEWED", "SECTION 3": a numbered top-level section ends the one before it.
const NUMBERED_SECTION = /^\s*(?:PART|Part|SECTION|Section)\s+(?:\d{1,2}|[IVX]{1,4}|[A-H])\b/;
const TITLE =
  /\b(?:notice|summary|statement|explanation of benefits|remittance|advice)\b|^\s*(?:claim status|coverage determination)/i;
const NOTES_HEADING = new RegExp(String.raw`^\s*${NOTES_FOR_CLAIMS}\b`, 'i');
// "Your Claims", "Your Hospital Outpatient Claims", "Your Part A Claims": the claim table follows.
const TABLE_HEADING =
  /\b(?:claims? (?:details?|summary)|your (?:[a-z]+ ){0,3}claims|service details?)\b/i;

// Line-level boilerplate wherever it appears: taglines, page furniture, legal notices.
const BOILERPLATE_LINE =
  /^\s*(?:ATTENTION\s*:|ATENCI[OÓ]N\s*:|CH[UÚ] [YÝ]|Page \d+ of \d+\b|Discrimination is against the law|Privacy \|)|\b(?:free language assistance|language assistance services)\b/i;
/** A run-in heading in capitals, its text on the same line ("REDETERMINATION REQUESTS: Use form …"). */
const RUN_IN_HEADING = /^[ \t]*([A-Z][A-Z'&/-]*(?: [A-Z][A-Z'&/-]*){0,4})[ \t]*:[ \t]+\S/;
const SALUTATION = /^\s*(?:Dear\b|To whom it may concern\b)/i;
const LABEL_VALUE = /^\s*[A-Z][\w/#&().' -]{1,40}\s*(?::|#|\s{2,}|\|)\s*\S/;
const BAR_ROW = /^\s*[|+][-+=|\s]*$|^\s*\|.*\|\s*$/;
const GROUP_CODE = /(?<![\w-])(?:CO|PR|OA|PI|CR)[ -]?(?:\d{1,3}|[A-Z]\d{1,2})(?![\w-])/;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isUpper = (c: number): boolean => c >= 65 && c <= 90;

// Per-line character counts as loops: a regex call per line per test cost more than the zone
// vocabulary regexes themselves. Each loop counts exactly what the commented regex matched.
/** "PART 2  YOUR CLAIMS FOR PART B          Page 2 of 4": the page mark is furniture, not heading. */
function withoutPageMark(line: string): string {
  const at = line.lastIndexOf('Page ');
  if (at < 2 || line.charCodeAt(at - 1) !== 32 || line.charCodeAt(at - 2) !== 32) return line;
  return /^Page \d+ of \d+\s*$/.test(line.slice(at)) ? line.slice(0, at) : line;
}

function isHeading(line: string): boolean {
  if (line.length > 120) return false;
  const t = line.trim();
  if (t.length < 3 || t.length > 80) return false;
  const last = t.charCodeAt(t.length - 1);
  if (last === 46 || last === 59 || last === 44) return false; // . ; ,
  let words = 1; // whitespace runs (/\s+/g) + 1; `t` is trimmed
  let capital = 0; // /(?:^|\s)[A-Z(]/g
  let uppers = 0; // /[A-Z]/g
  let lower = false; // /[a-z]/
  let digit = false; // /\d/
  let digitRun = 0;
  let digits3 = false; // /\d{3,}/
  let prevWs = true;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    const ws = isJsWhitespace(c);
    if (ws) {
      if (!prevWs) words++;
    } else if (prevWs && (isUpper(c) || c === 40)) capital++;
    if (isUpper(c)) uppers++;
    else if (c >= 97 && c <= 122) lower = true;
    if (isDigit(c)) {
      digit = true;
      if (++digitRun >= 3) digits3 = true;
    } else digitRun = 0;
    prevWs = ws;
  }
  if (words > 10) return false;
  // A list item ("- Summary Plan Description, Article II "Definitions," Section 2.41") is not a
  // heading unless it is in capitals.
  if (lower && (t.startsWith('- ') || t.startsWith('* '))) return false;
  if ((last === 58 || last === 63) && words <= 8) return true; // : ?
  const startsUpper = isUpper(t.charCodeAt(0));
  // Sentence-case headings of model notices ("What we decided", "Why we made this decision").
  // Not a label and its value ("Type of review:   Pre-service appeal").
  const colon = t.indexOf(':');
  const labelled = colon !== -1 && colon < t.length - 1;
  if (words <= 7 && startsUpper && !digit && !labelled && headingKind(t) !== null) return true;
  // All capitals ("REASON FOR DENIAL").
  if (!lower && uppers >= 4) return true;
  // Title Case: most words capitalised ("Your Right to Appeal Our Decision").
  return words >= 2 && capital / words >= 0.6 && !digits3;
}

// "Your Appeal Decision" is a reason; "Your Right to Appeal Our Decision" is appeal rights.
const APPEAL_RIGHTS_HEADING =
  /\byour rights?\b|\bright to (?:appeal|ask|request)\b|\bdisagree\b|\bhow to (?:appeal|handle|file|ask|request)\b|\bappeals? (?:rights|information|process|procedures?)\b|\bfair hearing\b|\bexternal review\b|\bwhat (?:you can|to) do\b|\bhelp\b/i;

// One pass that any heading vocabulary must pass before the ordered checks (most lines fail it).
const ANY_HEADING_WORD = new RegExp(
  [BOILERPLATE_HEADING, APPEAL_RIGHTS_HEADING, TABLE_HEADING, REASON_HEADING, APPEAL_HEADING]
    .map((r) => r.source)
    .join('|'),
  'i',
);

const DOCUMENT_TITLE =
  /^[ \t*#]*(?:re(?:garding)?[ \t]*:[ \t]*|subject[ \t]*:[ \t]*)?(?:(?:integrated|initial|final)[ \t]+)?notice[ \t]+of\b/i;

function headingKind(line: string): ZoneKind | null {
  if (!ANY_HEADING_WORD.test(line)) return null;
  if (BOILERPLATE_HEADING.test(line)) return 'boilerplate';
  if (APPEAL_RIGHTS_HEADING.test(line)) return 'appeal_rights';
  // "Notes for Your Facility Claims" explains the claim rows above: it holds the reason.
  if (NOTES_HEADING.test(line)) return 'reason';
  if (TABLE_HEADING.test(line)) return 'table';
  // A form's title or subject line ("Re: Notice of Adverse Benefit Determination") names the
  // document, not its reason, wherever it sits (below a fax cover too).
  if (DOCUMENT_TITLE.test(line)) return null;
  if (REASON_HEADING.test(line)) return 'reason';
  if (APPEAL_HEADING.test(line)) return 'appeal_rights';
  return null;
}

/** A table's header row ("| Your rights | What to do |") heads what follows like a heading. */
function tableHeading(l: string): { kind: ZoneKind; heading: string } | null {
  if (!/^\s*\|/.test(l)) return null;
  const cells = l
    .split('|')
    .map((c) => c.trim())
    .filter((c) => c !== '');
  if (cells.length === 0 || cells.length > 3 || cells.some((c) => c.length > 30 || /\d/.test(c)))
    return null;
  const kind = cells.map(headingKind).find((x) => x === 'appeal_rights' || x === 'boilerplate');
  return kind ? { kind, heading: cells.join(' | ') } : null;
}

/** The label of a run-in heading that opens appeal rights ("REDETERMINATION REQUESTS"), if any. */
function runInAppealHeading(line: string): string | null {
  if (line.length < 8 || line.charCodeAt(0) > 90) return null;
  const label = RUN_IN_HEADING.exec(line)?.[1];
  return label && headingKind(label) === 'appeal_rights' ? label : null;
}

/** Column layout: two or more gaps of 2+ spaces between cells, or table bars. */
function isTableRow(line: string): boolean {
  // Both checks need their character first: a bar row starts with `|` or `+`, a column gap is two spaces.
  if ((line.includes('|') || line.includes('+')) && BAR_ROW.test(line)) return true;
  const t = line.trim();
  if (t.length < 12 || !t.includes('  ')) return false;
  return (t.match(/\S {2,}(?=\S)/g)?.length ?? 0) >= 2;
}

/**
 * Splits the (masked) text into zones by line. Headings open a zone that runs to the next
 * heading; runs of two or more table rows are tables (remittance when they carry group codes);
 * tagline and page-furniture lines are boilerplate wherever they are; the top block up to the
 * salutation or first heading is the header.
 */
export function segmentZones(
  text: string,
  lineStarts: readonly number[],
  mayHaveBoilerplateLines = true,
): Zone[] {
  const n = lineStarts.length;
  const kinds: ZoneKind[] = new Array<ZoneKind>(n).fill('body');
  const headingOf: Array<string | null> = new Array<string | null>(n).fill(null);
  // Each line is sliced and tested for table layout once.
  const lines = Array.from({ length: n }, (_, i) =>
    text.slice(
      lineStarts[i] as number,
      i + 1 < n ? (lineStarts[i + 1] as number) - 1 : text.length,
    ),
  );
  const line = (i: number): string => lines[i] as string;
  const tableRows = lines.map(isTableRow);
  // Heading status and kind, computed once per line.
  const headings = lines.map((full) => {
    const l = withoutPageMark(full);
    return isHeading(l) ? headingKind(l) : undefined;
  });
  const heading = (i: number): boolean => headings[i] !== undefined;
  const kindOf = (i: number): ZoneKind | null => headings[i] ?? null;

  // Header: from the top until a salutation, a heading with a known kind, or prose. The form's
  // title ("NOTICE OF ADVERSE BENEFIT DETERMINATION") is part of the header, not a reason heading.
  let i = 0;
  for (; i < n; i++) {
    const l = line(i);
    if (SALUTATION.test(l) || (l.includes('|') && tableHeading(l))) break;
    if (kindOf(i) !== null && i > 0 && !(i < 6 && (TITLE.test(l) || DEPARTMENT_LINE.test(l))))
      break;
    if (l.trim().length > 110 && !LABEL_VALUE.test(l)) break;
    kinds[i] = 'header';
  }
  // Past the header: headings open zones; tables and boilerplate lines override per line.
  let current: ZoneKind = 'body';
  let currentHeading: string | null = null;
  for (let k = i; k < n; k++) {
    const l = line(k);
    const cellHeading = l.includes('|') ? tableHeading(l) : null;
    const runIn = cellHeading ? null : runInAppealHeading(l);
    if (cellHeading) {
      current = cellHeading.kind;
      currentHeading = cellHeading.heading;
    } else if (runIn) {
      // Appeal rights printed after a glossary or a legal notice open their own zone: a paragraph
      // led by "APPEAL RIGHTS:" is not part of the glossary above it.
      current = 'appeal_rights';
      currentHeading = runIn;
    } else if (heading(k) && !(k < 6 && TITLE.test(l))) {
      const kind = kindOf(k);
      if (kind !== null) {
        current = kind;
        currentHeading = l.trim();
      } else if (current === 'table' || current === 'reason' || NUMBERED_SECTION.test(l)) {
        // An unrelated heading closes a reason or table section; appeal rights and boilerplate
        // run on (their sub-headings are part of them) unless a numbered section begins.
        current = 'body';
        currentHeading = null;
      }
    }
    kinds[k] = current;
    headingOf[k] = currentHeading;
  }
  // Table runs (two or more rows) anywhere outside boilerplate.
  for (let k = 0; k < n; k++) {
    if (kinds[k] === 'boilerplate' || !tableRows[k]) continue;
    let end = k;
    while (end + 1 < n && (tableRows[end + 1] || /^\s*\|/.test(line(end + 1)))) end++;
    if (end > k) {
      const rows = Array.from({ length: end - k + 1 }, (_, j) => line(k + j));
      const kind: ZoneKind = rows.some((r) => GROUP_CODE.test(r)) ? 'remittance' : 'table';
      for (let j = k; j <= end; j++) if (kinds[j] !== 'appeal_rights') kinds[j] = kind;
    }
    k = end;
  }
  if (mayHaveBoilerplateLines)
    for (let k = 0; k < n; k++) if (BOILERPLATE_LINE.test(line(k))) kinds[k] = 'boilerplate';

  // Merge consecutive lines of the same kind into zones.
  const zones: Zone[] = [];
  for (let k = 0; k < n; k++) {
    const start = lineStarts[k] as number;
    const end = k + 1 < n ? (lineStarts[k + 1] as number) : text.length;
    const last = zones[zones.length - 1];
    if (last && last.kind === kinds[k] && last.heading === headingOf[k]) last.span[1] = end;
    else
      zones.push({ kind: kinds[k] as ZoneKind, span: [start, end], heading: headingOf[k] ?? null });
  }
  return zones;
}
