import { isDenialCarc } from '@claimlane/domain-codes';
import type { ServiceLine, Span } from '../record-check.types';
import { type PreparedText, hasAny, lineBounds } from '../text/prepare-text';
import type { CodeHit } from './extract-codes';
import {
  type DateHit,
  ONLY_DECORATION,
  RANGE_JOINER,
  findDatesIn,
  parseDateString,
} from './extract-dates';
import { type HeaderBlock, readHeaderBlock } from './table-header';

type AmountColumn =
  'billed' | 'allowed' | 'paid' | 'patientResponsibility' | 'notCovered' | 'other';
type LineAmountKind = keyof ServiceLine['amounts'];

const HEADER_WORDS =
  /\b(?:line|dos|date|dates|code|cpt|hcpcs|procedure|proc|service|item|billed|charges?|charged|submitted|allowed|covered|paid|resp\.?|responsibility|remarks?|deductible|co-?pay|coinsurance|units|owe|description|status)\b/gi;
// A DME statement's rows are items ("Item  Item Approved?  Amount Supplier Charged").
const CODE_OR_DATE_HEADER = /\b(?:dos|date|code|cpt|hcpcs|procedure|proc|service|item)\b/i;
const AMOUNT_HEADER =
  /\b(?:billed|charges?|charged|submitted|allowed|covered|paid|pays|payment|(?:we|will|plan) pay|resp|responsibility|owe|prov pd)\b/i;
// Remittance printouts write 1850.00 (no comma, no $): plain decimals count inside a table row.
const MONEY =
  /(?<![\w.])\$?\d{1,3}(?:,\d{3})*\.\d{2}(?![\w.])|(?<![\w.])\$?\d{4,7}\.\d{2}(?![\w.])|(?<![\w.])\$\d+(?:\.\d{2})?(?![\w.])/g;
export const MONEY_ANYWHERE = new RegExp(MONEY.source);
const ROW_CODE =
  /(?<![\w$./-])(\d{5}|\d{4}[FTU]|[ABCDEGHJKLMPQRSTV]\d{4})((?:-[0-9A-Z]{2}){0,4})(?![\w/]|[.,]\d)/;
const WRAPPED_CODE =
  /\((\d{5}|\d{4}[FTU]|[ABCDEGHJKLMPQRSTV]\d{4})(?:-[0-9A-Z]{2}){0,4}(?:[ \t]+[xX][ \t]?\d{1,4})?\)/;
// A boxed row continued below its first line, the cell opening with the code and its name
// ("|             | A0428 Ambulance, basic life  |", "|  |          | CPT 80053    |").
const BOXED_CELL_CODE =
  /^[ \t]*\|[ \t]*(?:\|[ \t]*)*(?:(?:CPT|HCPCS|Code)[ \t]*[:#]?[ \t]*)?(\d{5}|\d{4}[FTU]|[ABCDEGHJKLMPQRSTV]\d{4})(?:[ \t]*-[ \t]*[0-9A-Z]{2}(?![\w])){0,4}(?:[ \t]+[A-Za-z]|[ \t]*\|)/;
/** A boxed line whose first cell is empty: the row above continues on it. */
const BOXED_FIRST_CELL_EMPTY = /^[ \t]*\|[ \t]*\|/;
/** A row's verdict that refuses it ("DENIED", "Not covered", "NOT APPROVED"). */
export const REFUSING_VERDICT = String.raw`DENIED|Denied|NOT (?:COVERED|PAID|APPROVED)|Not (?:covered|paid|approved)|REJECTED|Rejected`;
// A description cell wrapped under its row, its code closing the line after a column gap
// ("              placement  76942", "              99214").
const TRAILING_CELL_CODE =
  /(?:^|[ \t]{2,})(\d{5}|\d{4}[FTU]|[ABCDEGHJKLMPQRSTV]\d{4})(?:-[0-9A-Z]{2}){0,4}[ \t]*$/;
/** A description wrapped to the margin that ends with its row's code ("est pt, 25 min (99214)"). */
const WRAPPED_CODE_LINE = new RegExp(String.raw`^[^$\n]{0,60}${WRAPPED_CODE.source}[ \t]*$`);
const UNITS = /\b[xX]\s?(\d{1,4})\b|\bunits?:?\s?(\d{1,4})\b/;
// A group code and reason code: "CO-45", "PR2", "OA-A1".
const ADJUSTMENT_CODE = String.raw`(?:CO|PR|OA|PI|CR)-?(?:\d{1,3}|[A-Z]\d{1,2})`;
const ROW_ADJUSTMENT = new RegExp(String.raw`(?<![\w-])${ADJUSTMENT_CODE}(?![\w-])`, 'g');
const TOTALS = /\btotals?\b/i;
const ADJUSTMENT_ONLY = new RegExp(String.raw`^[ \t|]*(?:${ADJUSTMENT_CODE}[ \t|]*)+$`);
const MAX_WRAPPED_LINES = 6;
const RULE_LINE = /^[\s+|=_-]+$/;
const RANGE_JOIN = new RegExp(String.raw`^[ \t]*${RANGE_JOINER}[ \t]*$`, 'i');
const ROW_OPENING_DATE = /^[ \t]{0,4}\d{1,2}\/\d{1,2}\/\d{2,4}[ \t]+[A-Za-z]/;
const WRAPPED_ROW = new RegExp(String.raw`^[ \t]+\S|${BOXED_FIRST_CELL_EMPTY.source}`);
const ROW_OPENING_CODE =
  /^[ \t]{0,6}(\d{5}|\d{4}[FTU]|[ABCDEGHJKLMPQRSTV]\d{4})((?:-[0-9A-Z]{2}){0,4})[ \t]+[A-Za-z]/;
const COLUMN_GAP = /\S {2,}(?=\S)/g;
/** Amount columns that are neither charged, allowed, paid nor owed ("Network Savings"). */
const OTHER_AMOUNT_LABEL =
  /deduct|coins|\bamt\b|savings|discount|adjust|reduction|disallow|write[- ]?off/i;
/** "Medicare-Approved Amount" is an amount column; "Service Approved?" (YES/NO) is not. */
const APPROVED_AMOUNT = /approved amount|amount approved|medicare[- ]approved/i;
/** A row's own verdict cell ("Service Approved?  NO", "Status  Denied"): the line was refused. */
const ROW_REFUSED = /(?:^|\s{2}|\t)(?:NO|No|DENIED|Denied|Not approved)(?=\s{2}|\t|$)/;

/** A bare "Approved" or "DED" column ("Billed  Approved  Plan Paid", "ALLOWED  DED  COINS"). */
const SHORT_AMOUNT_LABEL = /^(?:approved|ded)$/i;
/** Column words a tight header runs together with one space ("BILLED ALLOWED   DED"). */
const RUN_TOGETHER_AMOUNT =
  /^(?:billed|charges?|allowed|approved|paid|ded|deductible|coins|coinsurance|copay|owed?)$/i;
/**
 * The claim number over a claim's block of rows on a statement of several claims ("Claim
 * 25082114530001  Lakeshore Family Medicine", "Claim number:  SRP-2507-0087952").
 */
const CLAIM_HEADING =
  /\bclaim(?:[ \t]+(?:number|no\.?|#|id))?[ \t]*[:#]?[ \t]*([A-Z0-9][A-Z0-9-]{5,24})\b/i;
const CLAIM_HEADING_LOOKBACK = 4;
/**
 * A Medicare standard paper remittance prints each claim's line over its rows, under one column
 * header for all claims: "NAME OKAFOR, D   HIC XXXXXXXAW41  ACNT HB2026-07  ICN 0226058114307".
 */
export const REMITTANCE_CLAIM_LINE =
  /^[ \t]*NAME[ \t]+\S[^\n]{0,80}?[ \t]ICN[ \t]*:?[ \t]*(\d{10,15})\b/m;
/** Its rows open with the rendering NPI, then the first and last day as MMDD and MMDDYY. */
const REMITTANCE_ROW_DATES =
  /^[ \t]*\d{10}[ \t]+(\d{2})(\d{2})[ \t]+(\d{2})(\d{2})(\d{2})(?=[ \t])/;
/** The standard paper remittance's column header ("SERV DATE  POS NOS  PROC  MODS  BILLED"). */
const REMITTANCE_HEADER = /\bSERV[ \t]+DATE\b[^\n]*\bPROC\b/;

/** "Plan's share" / "Your share" / "Plan approved": a plan statement's names for paid, owed, allowed. */
const SHARE_OR_PLAN_APPROVED = /\bshare\b|\bplan approved\b/i;

function amountColumnOf(header: string): AmountColumn {
  const h = header.toLowerCase();
  if (/\b(?:your|member|patient)(?:'s)? share\b/.test(h)) return 'patientResponsibility';
  if (/\bplan(?:'s)? share\b/.test(h)) return 'paid';
  if (/\bplan approved\b/.test(h)) return 'allowed';
  if (SHORT_AMOUNT_LABEL.test(h.trim()))
    return h.trim() === 'ded' ? 'patientResponsibility' : 'allowed';
  // "Maximum you may be billed" is what the patient may owe, not the provider's charge.
  if (/you may be billed|you owe|may owe/.test(h)) return 'patientResponsibility';
  // A wrapped label keeps its hyphen: "Non-" / "Covered" / "Charges".
  if (/non-?\s?cov|not cov|not paid|denied/.test(h)) return 'notCovered';
  if (/billed|charge|submitted/.test(h)) return 'billed';
  if (APPROVED_AMOUNT.test(h)) return 'allowed';
  if (/allowed|^covered|covered amount|amount covered/.test(h)) return 'allowed';
  if (/resp|owe|deduct|co-?pay|coins/.test(h)) return 'patientResponsibility';
  // "Plan payment" (a header wrapped over two lines: "Plan" / "payment").
  if (/paid|\bpays\b|\bpayment\b|\bprov pd\b|\b(?:we|will|plan) pay\b/.test(h)) return 'paid';
  return 'other';
}

/** Whether one of these adjustment codes refuses the line (a denial CARC not left to the patient). */
function refusesByCode(codes: readonly string[]): boolean {
  return codes.some((c) => !c.startsWith('PR') && isDenialCarc(c));
}

/** Whether a block of remittance rows carries an adjustment code that refuses a line. */
export function hasRefusingCode(text: string): boolean {
  return refusesByCode(text.match(ROW_ADJUSTMENT) ?? []);
}

export function parseMoney(s: string): number {
  return Number(s.replace(/[$,\s]/g, ''));
}

export interface EobTable {
  lines: ServiceLine[];
  totals: Partial<Record<Exclude<AmountColumn, 'other'>, { value: number; span: Span }>>;
  /** Sum billed − allowed (or − paid) over lines carrying a denial CARC: what was refused. */
  denied: { value: number; span: Span } | null;
  codes: CodeHit[];
  modifiers: CodeHit[];
  serviceDates: Array<{ value: string; span: Span }>;
}

function emptyTable(): EobTable {
  return { lines: [], totals: {}, denied: null, codes: [], modifiers: [], serviceDates: [] };
}

/**
 * Reads the line-item grid of an EOB/remittance printout: a header line naming the columns
 * (DOS, Code, Billed, Allowed, Paid…) followed by rows until a blank line. Amount cells are
 * assigned to the amount headers left to right.
 */
export function parseEobTable(p: PreparedText): EobTable {
  const table = emptyTable();
  const refusals: Refusal[] = [];
  if (
    !hasAny(p, ['billed', 'charge', 'charges', 'charged', 'paid', 'allowed']) ||
    !hasAny(p, ['code', 'cpt', 'dos', 'procedure', 'hcpcs', 'service', 'date'])
  )
    return table;
  const n = p.lineStarts.length;
  let found = false;
  for (let i = 0; i < n; i++) {
    const [hs, he] = lineBounds(p, i);
    if (he - hs > 300) continue;
    const line = p.masked.slice(hs, he);
    // Column headers are spaced out; prose lines are not.
    if (!line.includes('  ') && !line.includes('\t')) continue;
    const lineWords = line.match(HEADER_WORDS);
    // One header word is enough on a wide first line (MSN headers wrap "Billed" onto the next); a
    // boxed header may name its columns only on its second line ("| Claim Number / |" over "|
    // Dates of |").
    if (
      (!lineWords && !opensBoxedHeader(p, i, line)) ||
      (lineWords &&
        lineWords.length < 2 &&
        (line.match(COLUMN_GAP) ?? []).length < 4 &&
        !opensBoxedHeader(p, i, line)) ||
      MONEY_ANYWHERE.test(line)
    )
      continue;
    // A header may wrap over several lines: its labels are read by column position.
    const block = namedNumberedColumns(p, splitRunTogetherLabels(line, readHeaderBlock(p, i)));
    const header = block.labels.join('  ');
    const words = header.match(HEADER_WORDS);
    if (
      !words ||
      words.length < 3 ||
      !CODE_OR_DATE_HEADER.test(header) ||
      !(AMOUNT_HEADER.test(header) || APPROVED_AMOUNT.test(header))
    )
      continue;
    const isAmountLabel = (c: string): boolean =>
      AMOUNT_HEADER.test(c) ||
      APPROVED_AMOUNT.test(c) ||
      SHARE_OR_PLAN_APPROVED.test(c) ||
      SHORT_AMOUNT_LABEL.test(c.trim()) ||
      /deductible|co-?pay|coinsurance|non-?covered|not covered|not paid/i.test(c) ||
      OTHER_AMOUNT_LABEL.test(c);
    const amountColumns = block.labels.filter(isAmountLabel).map(amountColumnOf);
    // The same columns by position: a cell belongs to the column its last character sits under
    // (amounts are right-aligned), so unlabelled or abbreviated columns ("AMT", "Deduct") cannot
    // shift the cells of a row onto the wrong labels.
    const byPosition = block.labels.map((label, k) => ({
      start: block.starts[k] ?? 0,
      kind: isAmountLabel(label) ? amountColumnOf(label) : null,
    }));
    const columnAt = (column: number): AmountColumn | null => {
      let k = byPosition.length - 1;
      while (k > 0 && (byPosition[k]?.start ?? 0) > column) k--;
      return byPosition[k]?.kind ?? null;
    };
    const remittance = REMITTANCE_HEADER.test(header);
    let j = block.lastLine + 1;
    let wrapped = 0;
    // Medicare Summary Notices open a service row with its date and description and print the
    // amounts lines later, under the wrapped description: the date carries to that amount line.
    let pendingDate: { value: string; span: Span } | null = null;
    // A row opening with its code and description, the description wrapping onto an indented line
    // that prints the amounts ("A0428  Ambulance, basic life support," / "       non-emergency
    // transport   $812.00"): the code carries to that amount line.
    let pendingCode: { m: RegExpExecArray; at: number; column: number } | null = null;
    let claimNumber = claimHeadingAbove(p, i);
    // An MSN prints a claim's date over its provider and claim number, not on its rows.
    const claimDate = claimNumber ? claimDateAbove(p, i) : null;
    let nextClaim = false; // past the first claim of a statement that runs several under one header
    for (; j < n && j < i + 200; j++) {
      const [rs, re] = lineBounds(p, j);
      const row = p.masked.slice(rs, re);
      if (row.trim() === '') {
        // One blank line between two rows (Medicare Summary Notices space out their services) does
        // not end the table when the line after it is another row of amounts; nor does the next
        // claim's heading on a statement of several claims printed under one column header.
        if (rowOfAmountsAt(p, j + 1)) continue;
        const next = nextClaimBlock(p, j + 1);
        if (!next) break;
        claimNumber = next.claimNumber;
        nextClaim = true;
        j = next.firstRow - 1;
        continue;
      }
      // Ruled tables draw a border between rows (+-----+-----+).
      if (RULE_LINE.test(row)) continue;
      const cells: Array<{ value: number; span: Span }> = [];
      MONEY.lastIndex = 0;
      for (let m = MONEY.exec(row); m; m = MONEY.exec(row))
        cells.push({ value: parseMoney(m[0]), span: [rs + m.index, rs + m.index + m[0].length] });
      // A service description wrapped under its row ("  with positive airway", "  (A7030)", or a
      // boxed row whose first cells are empty) is part of the row above: up to a few such lines
      // without amounts do not end the table.
      if (cells.length === 0) {
        const claimLine = REMITTANCE_CLAIM_LINE.exec(row);
        if (claimLine) {
          nextClaim ||= table.lines.length > 0;
          claimNumber = claimLine[1] as string;
          wrapped = 0;
          continue;
        }
        const opening = ROW_OPENING_DATE.test(row) ? findDatesIn(row.slice(0, 16))[0] : undefined;
        if (opening) {
          pendingDate = {
            value: opening.iso,
            span: [rs + opening.span[0], rs + opening.span[1]],
          };
          wrapped = 0;
          continue;
        }
        const codeOpening = ROW_OPENING_CODE.exec(row);
        if (codeOpening) {
          pendingCode = { m: codeOpening, at: rs, column: row.search(/\S/) };
          wrapped = 0;
          continue;
        }
        if ((WRAPPED_ROW.test(row) || codeLineAhead(p, j)) && ++wrapped <= MAX_WRAPPED_LINES) {
          codeOfWrappedDescription(table, row, rs);
          refusedByWrappedVerdict(table, row, refusals);
          continue;
        }
        break;
      }
      wrapped = 0;
      const amounts: ServiceLine['amounts'] = {};
      let notCovered: number | undefined;
      let notCoveredSpan: Span | undefined;
      const amountSpans: Partial<Record<AmountColumn, Span>> = {};
      // By position when every cell sits under an amount column; by order otherwise (rows that
      // do not line up with their header).
      const positioned = cells.map((c) => columnAt(c.span[1] - 1 - rs));
      const aligned = positioned.every((k) => k !== null);
      cells.forEach((c, k) => {
        const col = aligned ? positioned[k] : amountColumns[k];
        if (col === 'notCovered') {
          notCovered ??= c.value;
          notCoveredSpan ??= c.span;
        } else if (col && col !== 'other' && amounts[col] === undefined) {
          amounts[col] = c.value;
          amountSpans[col] = c.span;
        }
      });
      if (TOTALS.test(row)) {
        for (const col of [
          'billed',
          'allowed',
          'paid',
          'patientResponsibility',
        ] as LineAmountKind[]) {
          const v = amounts[col];
          const span = amountSpans[col];
          // A statement of several claims keeps the first claim's totals.
          if (v !== undefined && span && !found && !nextClaim)
            table.totals[col] = { value: v, span };
        }
        continue;
      }
      const firstMoney = cells[0]?.span[0] ?? re;
      const lead = row.slice(0, firstMoney - rs);
      // "                 CO-151 185.00" under a row: a second adjustment of the row above, not a
      // line of its own. A denial code there marks that line refused, for the amount beside it.
      const above = table.lines[table.lines.length - 1];
      if (above && ADJUSTMENT_ONLY.test(lead)) {
        const more = lead.match(ROW_ADJUSTMENT) ?? [];
        above.adjustmentCodes.push(...more);
        const cell = cells[0];
        if (cell && refusesByCode(more)) {
          above.refused = true;
          // The amount beside the code is what it took off the line.
          refusals.push({
            value: cell.value,
            billed: above.amounts.billed ?? cell.value,
            coded: above.code !== null,
            span: cell.span,
          });
        }
        continue;
      }
      const dates = remittance ? remittanceRowDates(lead) : findDatesIn(lead);
      // A boxed row printed in two tiers ("Amount Billed" over "Your Share"): the second tier's
      // line, its first cell empty and no rule above it, is the same row, not a line of its own.
      if (
        above &&
        dates.length === 0 &&
        BOXED_FIRST_CELL_EMPTY.test(row) &&
        !ROW_CODE.test(lead) &&
        !RULE_LINE.test(p.masked.slice(...lineBounds(p, j - 1)))
      ) {
        wrapped++;
        continue;
      }
      // "Mar 23 - Apr 9, 2025": a stay's row prints its last day too.
      const [from, to] = dates;
      const through =
        from && to && (remittance || RANGE_JOIN.test(lead.slice(from.span[1], to.span[0])))
          ? to
          : from && !to
            ? rangeEndBelow(p, j, lead.slice(from.span[1]))
            : undefined;
      const date = dates[0]
        ? { value: dates[0].iso, span: [rs + dates[0].span[0], rs + dates[0].span[1]] as Span }
        : (pendingDate ?? claimDate);
      pendingDate = null;
      const carried = pendingCode && row.search(/\S/) > pendingCode.column ? pendingCode : null;
      pendingCode = null;
      const own = ROW_CODE.exec(lead);
      const codeMatch = own ?? carried?.m ?? null;
      const codeStart = own ? rs + own.index : carried ? carried.at + carried.m.index : 0;
      // A labelled summary under the table ("Amount you may owe the provider:  1,210.00") is no
      // service line.
      if (!codeMatch && !date && /:[ \t]*$/.test(lead)) continue;
      const adjustmentCodes = row.match(ROW_ADJUSTMENT) ?? [];
      const units = UNITS.exec(lead);
      const line: ServiceLine = {
        date: date?.value ?? null,
        dateTo: through?.iso ?? null,
        code: codeMatch ? (codeMatch[1] as string) : null,
        modifiers: codeMatch?.[2] ? (codeMatch[2] as string).split('-').slice(1) : [],
        units: units ? Number(units[1] ?? units[2]) : null,
        amounts,
        adjustmentCodes,
        refused: false,
        claimNumber,
        span: [rs, re],
      };
      table.lines.push(line);
      if (date) table.serviceDates.push(date);
      if (through)
        table.serviceDates.push({
          value: through.iso,
          span: [rs + through.span[0], rs + through.span[1]],
        });
      if (codeMatch) {
        const cs = codeStart + (codeMatch[0].length - codeMatch[0].trimStart().length);
        const code = codeMatch[1] as string;
        table.codes.push({ value: code, span: [cs, cs + code.length] });
        let off = cs + code.length;
        for (const mod of line.modifiers) {
          table.modifiers.push({ value: mod, span: [off + 1, off + 1 + mod.length] });
          off += 1 + mod.length;
        }
      }
      // Nothing allowed (or, with no allowed column, nothing paid and nothing left to the patient)
      // is a refused line too, whatever its remark code says.
      const nothingAllowed =
        amounts.billed !== undefined &&
        amounts.billed > 0 &&
        (amounts.allowed !== undefined
          ? amounts.allowed === 0
          : amounts.paid === 0 && !amounts.patientResponsibility);
      const refused = refusesByCode(adjustmentCodes) || ROW_REFUSED.test(lead) || nothingAllowed;
      line.refused = refused || (notCovered !== undefined && notCovered > 0);
      // A "Not covered" column states the refused part itself (network savings are not refused).
      // With no charge column (a Part A notice's "Non-Covered Charges"), that column is the charge.
      if (
        notCovered !== undefined &&
        notCovered > 0 &&
        (amounts.billed !== undefined || !amountColumns.includes('billed'))
      ) {
        refusals.push({
          value: notCovered,
          billed: amounts.billed ?? notCovered,
          coded: codeMatch !== null,
          span: amountSpans.billed ?? notCoveredSpan ?? [rs, re],
        });
      } else if (refused && amounts.billed !== undefined) {
        const kept = amounts.allowed ?? amounts.paid ?? 0;
        refusals.push({
          value: Math.round((amounts.billed - kept) * 100) / 100,
          billed: amounts.billed,
          coded: codeMatch !== null,
          span: amountSpans.billed as Span,
        });
      }
    }
    // A summary notice lists several claims, each under its own header: read them all.
    found ||= table.lines.length > 0 || Object.keys(table.totals).length > 0;
    i = j;
  }
  table.denied = refusedTotal(refusals);
  return table;
}

const BARS = /\|/g;
const BOXED_LINE = /^[ \t]*\|.*\|[ \t]*$/;

/** A boxed line of labels whose next line, boxed alike, holds header words. */
function opensBoxedHeader(p: PreparedText, i: number, line: string): boolean {
  if (!BOXED_LINE.test(line) || /\d/.test(line) || i + 1 >= p.lineStarts.length) return false;
  const next = p.masked.slice(...lineBounds(p, i + 1));
  const bars = line.match(BARS)?.length ?? 0;
  return (
    bars >= 4 &&
    BOXED_LINE.test(next) &&
    (next.match(BARS)?.length ?? 0) === bars &&
    (next.match(HEADER_WORDS)?.length ?? 0) >= 1
  );
}

// A legend naming numbered columns, two or more to a line: "Columns:  (1) Provider charged  (2) Plan
// approved  (3) Plan paid" / "(4) You may owe       (5) Remark".
const NUMBERED_COLUMN = /\((\d{1,2})\)[ \t]+([A-Za-z][A-Za-z' ]*?[A-Za-z])(?=[ \t]{2,}|[ \t]*$)/gm;
const NUMBERED_LABEL = /^\((\d{1,2})\)$/;
const COLUMN_NAMES = new WeakMap<PreparedText, Map<string, string>>();

function numberedColumnNames(p: PreparedText): Map<string, string> {
  let names = COLUMN_NAMES.get(p);
  if (names) return names;
  names = new Map();
  if (p.masked.includes('(2)')) {
    const byLine = new Map<number, Array<[string, string]>>();
    NUMBERED_COLUMN.lastIndex = 0;
    for (let m = NUMBERED_COLUMN.exec(p.masked); m; m = NUMBERED_COLUMN.exec(p.masked)) {
      const line = p.masked.lastIndexOf('\n', m.index);
      byLine.set(line, [...(byLine.get(line) ?? []), [m[1] as string, m[2] as string]]);
    }
    for (const entries of byLine.values())
      if (entries.length >= 2) for (const [n, name] of entries) names.set(n, name);
  }
  COLUMN_NAMES.set(p, names);
  return names;
}

/** A header of numbered columns ("(1)  (2)  (3)") takes the names its legend gives them. */
function namedNumberedColumns(p: PreparedText, block: HeaderBlock): HeaderBlock {
  if (!block.labels.some((l) => NUMBERED_LABEL.test(l))) return block;
  const names = numberedColumnNames(p);
  return {
    ...block,
    labels: block.labels.map((l) => names.get(NUMBERED_LABEL.exec(l)?.[1] ?? '') ?? l),
  };
}

/**
 * Splits a label that runs two amount columns together with a single space ("BILLED ALLOWED") into
 * its words, each at its own position, so each cell lands under its own column.
 */
function splitRunTogetherLabels(head: string, block: HeaderBlock): HeaderBlock {
  const labels: string[] = [];
  const starts: number[] = [];
  block.labels.forEach((label, k) => {
    const start = block.starts[k] ?? 0;
    const words = label.split(' ');
    const onFirstLine = head.slice(start, start + label.length) === label;
    if (onFirstLine && words.filter((w) => RUN_TOGETHER_AMOUNT.test(w)).length >= 2) {
      let off = start;
      for (const w of words) {
        const at = head.indexOf(w, off);
        labels.push(w);
        starts.push(at);
        off = at + w.length;
      }
    } else {
      labels.push(label);
      starts.push(start);
    }
  });
  return { ...block, labels, starts };
}

/**
 * "1457392608 0209 020926": a standard paper remittance row's first day (MMDD, in the last day's
 * year or the one before) and last day (MMDDYY); one date when both are the same day.
 */
function remittanceRowDates(lead: string): ReturnType<typeof findDatesIn> {
  const m = REMITTANCE_ROW_DATES.exec(lead);
  if (!m) return [];
  const [, fm, fd, tm, td, ty] = m as unknown as string[];
  const year = 2000 + Number(ty);
  const last = parseDateString(`${tm}/${td}/${year}`);
  const first = parseDateString(`${fm}/${fd}/${Number(fm) > Number(tm) ? year - 1 : year}`);
  if (!first || !last) return [];
  const firstAt = m[0].indexOf(`${fm}${fd}`);
  const lastAt = m[0].lastIndexOf(`${tm}${td}${ty}`);
  const from = { iso: first, span: [firstAt, firstAt + 4] as Span };
  return first === last ? [from] : [from, { iso: last, span: [lastAt, lastAt + 6] as Span }];
}

function claimNumberIn(text: string): string | null {
  const m = CLAIM_HEADING.exec(text);
  const value = m?.[1];
  return value && (value.match(/\d/g) ?? []).length >= 4 ? value : null;
}

/** The claim number printed in the few lines over a column header, if any. */
function claimHeadingAbove(p: PreparedText, header: number): string | null {
  for (let k = header - 1; k >= 0 && k >= header - CLAIM_HEADING_LOOKBACK; k--) {
    const [s, e] = lineBounds(p, k);
    if (e - s > 300) continue;
    const found = claimNumberIn(p.masked.slice(s, e));
    if (found) return found;
  }
  return null;
}

const OPEN_RANGE = new RegExp(String.raw`^[ \t]*${RANGE_JOINER}[ \t]`, 'i');

/**
 * "03/09/26 -" with the stay's last day wrapped onto the next line ("03/10/26"): that day, placed
 * as if it were on the row (its span is the next line's).
 */
function rangeEndBelow(p: PreparedText, row: number, afterFrom: string): DateHit | undefined {
  if (!OPEN_RANGE.test(afterFrom) || row + 1 >= p.lineStarts.length) return undefined;
  const [s, e] = lineBounds(p, row + 1);
  const next = p.masked.slice(s, e);
  const date = findDatesIn(next)[0];
  if (!date || next.slice(0, date.span[0]).trim() !== '') return undefined;
  const [rs] = lineBounds(p, row);
  return { iso: date.iso, span: [s - rs + date.span[0], s - rs + date.span[1]] };
}

const CLAIM_DATE_LOOKBACK = 10;

/**
 * "July 15, 2025" alone on its line (or opening the provider's line) over the "Claim Number:" line
 * above a column header: the date of that claim's services (Medicare Summary Notices).
 */
function claimDateAbove(p: PreparedText, header: number): { value: string; span: Span } | null {
  let sawClaim = false;
  for (let k = header - 1; k >= 0 && k >= header - CLAIM_DATE_LOOKBACK; k--) {
    const [s, e] = lineBounds(p, k);
    const line = p.masked.slice(s, e);
    if (RULE_LINE.test(line) && line.trim() !== '') return null;
    if (!sawClaim) {
      sawClaim = claimNumberIn(line) !== null;
      continue;
    }
    const [date, another] = findDatesIn(line);
    if (MONEY_ANYWHERE.test(line)) return null;
    // Alone on its line, or opening the supplier's heading ("Mar 19, 2026  Fairmount Home Medical").
    if (
      date &&
      !another &&
      (ONLY_DECORATION.test(line.slice(0, date.span[0]) + line.slice(date.span[1])) ||
        (ONLY_DECORATION.test(line.slice(0, date.span[0])) &&
          /^[ \t]{2,}[A-Z]/.test(line.slice(date.span[1]))))
    )
      return { value: date.iso, span: [s + date.span[0], s + date.span[1]] };
  }
  return null;
}

/**
 * After a blank line: the next claim's heading ("Claim 25082214530019  Great Plains Laboratory",
 * "Processed 08/20/2025") over more rows of amounts, on a statement that prints one column header
 * for all its claims.
 */
function nextClaimBlock(
  p: PreparedText,
  from: number,
): { claimNumber: string; firstRow: number } | null {
  let k = from;
  let claimNumber: string | null = null;
  // The heading may come under the provider's name or a page footer ("Page 3 of 4" / "Summit
  // Vein & Vascular Center, 7400 Far Hills Ave" / "Claim number 05-25087-306-55164").
  for (let skipped = 0; k < p.lineStarts.length && skipped <= CLAIM_HEADING_LOOKBACK; k++) {
    const line = p.masked.slice(...lineBounds(p, k));
    if (line.trim() === '') continue;
    claimNumber = claimNumberIn(line);
    if (claimNumber || line.length > 120 || MONEY_ANYWHERE.test(line)) break;
    skipped++;
  }
  if (!claimNumber) return null;
  for (let r = k + 1; r <= k + 2 && r < p.lineStarts.length; r++) {
    if (rowOfAmountsAt(p, r)) return { claimNumber, firstRow: r };
    const [s, e] = lineBounds(p, r);
    if (MONEY_ANYWHERE.test(p.masked.slice(s, e))) return null;
  }
  return null;
}

/**
 * A description wrapped under its row may end with the row's code ("transport (A0428)", "| | with
 * contrast (74177) |", "placement  76942"): it is the code of the row above when that row printed
 * none.
 */
function codeOfWrappedDescription(table: EobTable, row: string, rowStart: number): void {
  const last = table.lines[table.lines.length - 1];
  if (!last || last.code !== null) return;
  const m = WRAPPED_CODE.exec(row) ?? BOXED_CELL_CODE.exec(row) ?? TRAILING_CELL_CODE.exec(row);
  if (!m) return;
  const code = m[1] as string;
  last.code = code;
  const at = rowStart + m.index + m[0].indexOf(code);
  table.codes.push({ value: code, span: [at, at + code.length] });
}

/**
 * A row closing on its verdict: a status cell ("… $452.00  $0.00  DENIED") or a description
 * wrapped under its row ("-- DENIED").
 */
export const VERDICT_REFUSED_AT_END = new RegExp(
  String.raw`(?:^|[ \t|-])(?:${REFUSING_VERDICT})[ \t.|]*$`,
);

function refusedByWrappedVerdict(table: EobTable, row: string, refusals: Refusal[]): void {
  const last = table.lines[table.lines.length - 1];
  if (!last || last.refused || !VERDICT_REFUSED_AT_END.test(row)) return;
  last.refused = true;
  const { billed, allowed, paid } = last.amounts;
  if (billed === undefined) return;
  refusals.push({
    value: Math.round((billed - (allowed ?? paid ?? 0)) * 100) / 100,
    billed,
    coded: last.code !== null,
    span: last.span,
  });
}

/**
 * A description wrapped to the margin over a few lines, the last ending with the row's code
 * ("Hospital bed, semi-electric," / "w/ side rails, w/" / "mattress, rental" / "(E0260-RR)").
 */
function codeLineAhead(p: PreparedText, from: number): boolean {
  for (let k = from; k < from + MAX_WRAPPED_LINES && k < p.lineStarts.length; k++) {
    const [s, e] = lineBounds(p, k);
    const line = p.masked.slice(s, e);
    if (line.trim() === '' || e - s > 80 || MONEY_ANYWHERE.test(line)) return false;
    if (WRAPPED_CODE_LINE.test(line)) return true;
  }
  return false;
}

function rowOfAmountsAt(p: PreparedText, line: number): boolean {
  if (line >= p.lineStarts.length) return false;
  const [s, e] = lineBounds(p, line);
  const text = p.masked.slice(s, e);
  if (e - s > 300 || text.trim() === '') return false;
  MONEY.lastIndex = 0;
  let cells = 0;
  while (MONEY.exec(text) && ++cells < 2);
  return cells >= 2;
}

interface Refusal {
  value: number;
  billed: number;
  coded: boolean;
  span: Span;
}

const sumOf = (xs: readonly number[]): number =>
  Math.round(xs.reduce((a, b) => a + b, 0) * 100) / 100;

/**
 * What the rows refused. A claim-summary row with no code ("26124PC0058831  04/21/2026  $1,488.00
 * $0.00  DENIED") restates the coded lines of the detail grid below it: counted once.
 */
function refusedTotal(refusals: readonly Refusal[]): EobTable['denied'] {
  const coded = refusals.filter((r) => r.coded);
  const uncoded = refusals.filter((r) => !r.coded);
  const restated =
    coded.length > 0 &&
    uncoded.length > 0 &&
    sumOf(uncoded.map((r) => r.billed)) === sumOf(coded.map((r) => r.billed));
  const kept = restated ? coded : refusals;
  const first = kept[0];
  return first ? { value: sumOf(kept.map((r) => r.value)), span: first.span } : null;
}
