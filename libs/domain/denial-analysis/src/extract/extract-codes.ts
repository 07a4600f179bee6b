import { lookupCarc, lookupRarc } from '@claimlane/domain-codes';
import type { CodeDetail, Span } from '../record-check.types';
import { type PreparedText, hasAny, lineBounds, lineIndexAt } from '../text/prepare-text';
import { sentenceEnd, sentenceStart } from '../text/paragraphs';
import { decisionParts } from './decision-parts';
import { REFUSING_VERDICT } from './eob-table';
import { PIPE_RULE, RULE, headerCells } from './table-header';
import { SERVICE_NOUN_BEFORE_CODE } from './service-nouns';

export interface CodeHit {
  value: string;
  span: Span;
}

// CPT (5 digits, or 4 digits + F/T/U for category II/III and PLA codes) and HCPCS level II (a letter
// from the HCPCS set + 4 digits), each with optional "-25"-style modifiers. Only read where the
// context says "procedure code" (see below): a bare 5-digit number is as often a ZIP or a PO box.
// CDT dental codes (D0120-D9999) count too: only read after a keyword, on a service line or in
// parentheses after the service's name ("crown (D2740)").
const PROCEDURE_TOKEN =
  /(?<![\w$./-])(\d{5}|\d{4}[FTU]|[ABCDEGHJKLMPQRSTV]\d{4})((?:-[0-9A-Z]{2}){0,4})(?![\w/]|[.,]\d|-\d)/g;
const PROCEDURE_KEYWORD =
  /\b(?:CPT|HCPCS|procedure codes?|proc(?:edure)? code|service codes?|bill(?:ing|ed) codes?|Procedure(?=[ \t]{2,}\S|[ \t]*\||[ \t]+(?:\d{5}|\d{4}[FTU]|[A-Z]\d{4})(?:-[0-9A-Z]{2})*(?:[ \t]*:|[ \t]+[-\u2013])[ \t])|PROC(?=[ \t]{2,}))(?:®|\(R\))?\b/gi;
const SERVICE_LABEL_LINE =
  /^[ \t*|]*(?:services?(?:\/device)?(?:[ \t]+(?:on[ \t]+)?\d{1,2}\/\d{1,2}\/\d{2,4})?|procedures?|treatment|tests?|(?:you )?asked for|requested services?|(?:services?|procedures?) (?:requested|billed|performed|asked(?: for)?)|level of care(?: requested)?|items?(?: requested)?|device|requests?|denied(?: services?| lines?| items?)?|(?:(?:service|procedure|billing|billed) )?codes?(?: (?:requested|billed|on (?:the )?claim))?)\s*(?::|\.{2,})/i;
// "Procedure code(s): 77525": the plural in brackets is part of the label.
const CODE_LIST_GAP = /^(?:\(s\)|[\s,;:#/&()®|.]|and\b|or\b|codes?\b){0,40}/;
// A letter's subject line ("Re: Request #DME-25-066120, Camille Ostrowski, K0899 stair-climbing
// power mobility device") names the item: a HCPCS-shaped code followed by its name counts there
// (a bare five-digit number on it may be a claim or member number).
const SUBJECT_LINE = /^[ \t]*(?:re|subject|regarding)[ \t]*:/i;
const HCPCS_NAMED = /^[ABCDEGHJKLMPQRSTV]\d{4}(?:-[0-9A-Z]{2}){0,4}[ \t]+[A-Za-z]{3,}/;
// "Columbus, OH 43215": a state abbreviation right before five digits makes them a ZIP code.
const BEFORE_ZIP = /\b[A-Z]{2}\.?[ \t]{1,2}$/;

// ICD-10-CM: letter, digit, alphanumeric, then optionally a dot and up to 4 more. Dotted codes are
// distinctive enough to read anywhere; undotted ones only after a diagnosis label.
const ICD_DOTTED = /(?<![\w.-])([A-Z]\d[0-9A-Z])\.([0-9A-Z]{1,4})(?![\w-]|\.\w)/g;
const DIAGNOSIS_LABEL =
  /\b(?:diagnos[ie]s(?: codes?(?:\(s\))?)?(?: on claim)?|dx|ICD(?:-?10)?(?:-CM)?(?: codes?(?:\(s\))?)?)\s*(?:[:#]|\.{2,})?\s*/gi;
const ICD_UNDOTTED = /^([A-Z]\d[0-9A-Z](?:[0-9A-Z]{1,4})?)(?![\w.])/;

export interface ProcedureCodes {
  codes: CodeHit[];
  modifiers: CodeHit[];
}

function pushProcedure(m: RegExpExecArray, base: number, out: ProcedureCodes): void {
  pushCode(m[1] as string, m[2] ?? '', base + m.index, out);
}

function pushCode(code: string, mods: string, start: number, out: ProcedureCodes): void {
  out.codes.push({ value: code, span: [start, start + code.length] });
  let offset = start + code.length;
  for (const mod of mods.split('-').slice(1)) {
    offset += 1;
    out.modifiers.push({ value: mod, span: [offset, offset + mod.length] });
    offset += mod.length;
  }
}

/** Codes after a "CPT"/"HCPCS" keyword, following a list ("CPT 99244 and 95816") on the same line. */
function codesAfterKeywords(p: PreparedText, out: ProcedureCodes, taken: Set<number>): void {
  if (!hasAny(p, ['cpt', 'hcpcs', 'procedure', 'proc', 'service', 'billing', 'billed'])) return;
  PROCEDURE_KEYWORD.lastIndex = 0;
  for (let k = PROCEDURE_KEYWORD.exec(p.masked); k; k = PROCEDURE_KEYWORD.exec(p.masked)) {
    let pos = k.index + k[0].length;
    const limit = Math.min(p.masked.length, pos + 120);
    for (;;) {
      const gap = CODE_LIST_GAP.exec(p.masked.slice(pos, limit));
      pos += gap ? gap[0].length : 0;
      PROCEDURE_TOKEN.lastIndex = 0;
      const window = p.masked.slice(pos, Math.min(limit, pos + 24));
      const m = PROCEDURE_TOKEN.exec(window);
      if (!m || m.index !== 0) break;
      if (!taken.has(pos)) {
        taken.add(pos);
        pushProcedure(m, pos, out);
      }
      pos += m[0].length;
    }
  }
}

function nextLabelMark(p: PreparedText, from: number, leaders: boolean): number {
  const colon = p.masked.indexOf(':', from);
  const leader = leaders ? p.masked.indexOf('..', from) : -1;
  return colon === -1 ? leader : leader === -1 ? colon : Math.min(colon, leader);
}

/**
 * On a "Service:" line every code-shaped token is a procedure code (`Urgent care visit (S9083)`,
 * "Service ............. Personal care attendant services, T1019", "Requested service .. 72148").
 */
function codesOnServiceLines(p: PreparedText, out: ProcedureCodes, taken: Set<number>): void {
  const leaders = p.masked.includes('..');
  for (let i = 0; i < p.lineStarts.length; i++) {
    const [ls, le] = lineBounds(p, i);
    if (le - ls > 400) continue;
    // A label line has a colon (or a dotted leader): find it before slicing the line and running
    // the label regex.
    const colon = nextLabelMark(p, ls, leaders);
    if (colon === -1) break;
    if (colon >= le) continue;
    const line = p.masked.slice(ls, le);
    const labelled = SERVICE_LABEL_LINE.test(line);
    const subject = !labelled && SUBJECT_LINE.test(line);
    if (!labelled && !subject) continue;
    PROCEDURE_TOKEN.lastIndex = 0;
    for (let m = PROCEDURE_TOKEN.exec(line); m; m = PROCEDURE_TOKEN.exec(line)) {
      const at = ls + m.index;
      if (taken.has(at) || BEFORE_ZIP.test(line.slice(Math.max(0, m.index - 5), m.index))) continue;
      if (subject && !HCPCS_NAMED.test(line.slice(m.index))) continue;
      taken.add(at);
      pushProcedure(m, ls, out);
    }
  }
}

// "transcranial magnetic stimulation (90867)": a code in parentheses right after the service's
// name; "97140 on 06/16/2025: DENIED" / "Claim 25-7781 for 97110 on 03/04/2025" / "office visit
// 99213 on 11/03/2025": a code opening a line, after "for" or after the service's noun, then the
// date it was given.
// Starts at the parenthesis (fast to scan) and looks back from it: a leading look-behind would be
// tried at every offset of the letter (7x slower on the corpus).
const PAREN_CODE =
  /\((?<=(?:[A-Za-z.)][ \t]{0,2}|\n[ \t]{0,16})\()(\d{5}|\d{4}[FTU]|[ABCDEGHJKLMPQRSTV]\d{4})((?:-[0-9A-Z]{2}){0,4})\)/g;
const LEADING_CODE = new RegExp(
  String.raw`(?:^[ \t]*|\b${SERVICE_NOUN_BEFORE_CODE}[ \t]+)(\d{5}|\d{4}[FTU]|[ABCEGHJKLMPQRSTV]\d{4})((?:-[0-9A-Z]{2}){0,4})(?=[ \t]+on[ \t]+\d{1,2}\/)`,
  'gm',
);

// A service line with no column header: a code opening the line (after an optional "Ln 1"), then
// its description ("97161   PT evaluation, low complexity   $310.00  Denied"); not an address line
// (a street word or a state + ZIP after the number).
const LINE_ITEM_CODE =
  /^[ \t]*(?:(?:Ln|Line)[ \t]*\d{1,3}[ \t]+)?(\d{5}|\d{4}[FTU]|[ABCDEGHJKLMPQRSTV]\d{4})((?:-[0-9A-Z]{2}){0,4})(?=[ \t]{2,}[A-Za-z][A-Za-z0-9 ,.;:/()'&+-]{4,})(?![^\n]*\b(?:street|st|road|rd|avenue|ave|boulevard|blvd|drive|dr|lane|ln|court|ct|suite|ste|parkway|pkwy|highway|hwy|[A-Z]{2}[ \t]+\d{5})\b)/gim;

// "$612.40 (A0428 ambulance, basic life support; A0425 mileage)", "(A0427 $1,603.00; A0425
// $581.50)": a parenthesised list whose items open with a code and its description or amount, or
// name the service first; the list may wrap ("(therapeutic exercise\n 97110, manual therapy
// 97140)"). HCPCS-shaped codes are read alone; a bare five-digit number only beside another code
// in the same list ("(12345 Main Street)" is an address).
const PAREN_GROUP = /\(([^()]{6,240})\)/g;
const LIST_ITEM_CODE =
  /^[ \t\n]*(\d{5}|\d{4}[FTU]|[ABCEGHJKLMPQRSTV]\d{4})((?:-[0-9A-Z]{2}){0,4})(?=[ \t]+[A-Za-z]|[ \t]+\$\d|[ \t\n]*$)|^[ \t\n]*(?:and[ \t]+)?[A-Za-z][A-Za-z' /-]{2,60}[ \t\n]+(\d{5}|\d{4}[FTU]|[ABCEGHJKLMPQRSTV]\d{4})((?:-[0-9A-Z]{2}){0,4})[ \t\n]*$/;

function codesInParenLists(p: PreparedText, out: ProcedureCodes, taken: Set<number>): void {
  PAREN_GROUP.lastIndex = 0;
  for (let g = PAREN_GROUP.exec(p.masked); g; g = PAREN_GROUP.exec(p.masked)) {
    const body = g[1] as string;
    if (!LIST_ITEM_CODE.test(body.split(/[;,]/, 1)[0] as string)) continue;
    const found: Array<{ code: string; mods: string; at: number }> = [];
    let offset = g.index + 1;
    for (const item of body.split(/[;,]/)) {
      const m = LIST_ITEM_CODE.exec(item);
      const code = m?.[1] ?? m?.[3];
      if (m && code)
        found.push({
          code,
          mods: m[2] ?? m[4] ?? '',
          at: offset + m.index + m[0].lastIndexOf(code),
        });
      offset += item.length + 1;
    }
    const alone = (code: string) => !/^\d{5}$/.test(code);
    for (const { code, mods, at } of found) {
      if (taken.has(at) || (found.length < 2 && !alone(code))) continue;
      taken.add(at);
      pushCode(code, mods, at, out);
    }
  }
}

// "97110 x2, 97140 x1": a code followed by its units; "... G0299": a code closing a dotted leader;
// "02/26/2025 J3490  UNCLASSIFIED": a code right after the date of service on a claim row.
const CODE_WITH_UNITS =
  /(?<![\w$./-])(\d{5}|\d{4}[FTU]|[ABCEGHJKLMPQRSTV]\d{4})((?:-[0-9A-Z]{2}){0,4})(?=[ \t]*[xX][ \t]?\d{1,3}\b)/g;
// "Group number ....... 44017": a leader after an id's label closes on the id, not a code.
const ID_LABELS = [
  'group',
  'number',
  'no',
  'id',
  'account',
  'acct',
  'member',
  'subscriber',
  'claim',
  'policy',
  'zip',
  'npi',
  'tin',
  'tax',
  'phone',
  'fax',
  'ref',
  'reference',
  'control',
  'check',
  'eft',
  'icn',
  'case',
];
const ID_LABEL = ID_LABELS.map(
  (w) => `[${w[0]}${(w[0] as string).toUpperCase()}]${w.slice(1)}|${w.toUpperCase()}`,
).join('|');
const CODE_AFTER_LEADER = new RegExp(
  String.raw`(?<![.])(?<!\b(?:${ID_LABEL})\b\.?[^\n.]{0,12})\.{3,}[ \t]*(\d{5}|\d{4}[FTU]|[ABCEGHJKLMPQRSTV]\d{4})((?:-[0-9A-Z]{2}){0,4})[ \t]*$`,
  'gm',
);
const CODE_AFTER_SERVICE_DATE =
  /\b\d{1,2}\/\d{1,2}\/(?:\d{4}|\d{2})(?:[ \t]*[|,;:][ \t]*|[ \t]+)(\d{5}|\d{4}[FTU]|[ABCDEGHJKLMPQRSTV]\d{4})((?:-[0-9A-Z]{2}){0,4})(?=[ \t,;|]|$)/gm;

// "Chromosomal microarray (copy number)      81229    Not approved", "CT head without contrast
// 70450   $2,426.00": a service row that names the service first, then its code (and its units),
// then an amount, a date or the line's decision. The name is read word by word up to the column gap (a lazy scan of
// every length cost ~1 % of an analysis).
const CODE_AFTER_DESCRIPTION =
  /^[ \t|]*[A-Za-z][A-Za-z0-9,.;:/()'&+-]*(?: [A-Za-z0-9,.;:/()'&+-]+)*[ \t]{2,}(\d{5}|\d{4}[FTU]|[ABCDEGHJKLMPQRSTV]\d{4})((?:-[0-9A-Z]{2}){0,4})[ \t]{2,}(?:\d{1,3}[ \t]{2,})?(?=\$?\d{1,3}(?:,\d{3})*\.\d{2}\b|\d{1,2}\/\d{1,2}\/\d{2,4}\b|(?:Not (?:approved|covered|paid)|NOT (?:APPROVED|COVERED|PAID)|Denied|DENIED|Approved|APPROVED|Paid|PAID)\b)/gm;

const LIST_ROW = new RegExp(LINE_ITEM_CODE.source, 'im');

/**
 * A list of line items ("  97110  Therapeutic exercise" / "  97140  Manual therapy") under a code
 * already read: the rows that follow it in the same shape are codes too.
 */
function codesContinuingLists(p: PreparedText, out: ProcedureCodes, taken: Set<number>): void {
  for (const code of [...out.codes]) {
    let line = lineIndexAt(p, code.span[0]);
    const [ls] = lineBounds(p, line);
    if (p.masked.slice(ls, code.span[0]).trim() !== '') continue;
    for (let k = 0; k < 24; k++) {
      const [s, e] = lineBounds(p, ++line);
      if (e <= s) break;
      const m = LIST_ROW.exec(p.masked.slice(s, e));
      if (!m || m.index !== 0) break;
      const at = s + m[0].indexOf(m[1] as string);
      if (at - s !== code.span[0] - ls) break;
      if (taken.has(at)) continue;
      taken.add(at);
      pushCode(m[1] as string, m[2] ?? '', at, out);
    }
  }
}

// "a cranial remolding helmet (code S1040, custom cranial orthosis)", "Item: V5261": a HCPCS- or
// CDT-shaped code after the bare word "code", "item" or "request".
const HCPCS_AFTER_CODE =
  /\b(?:[Cc]ode|CODE|[Ii]tem|ITEM|[Rr]equest|REQUEST)[ \t:#]+([ABCDEGHJKLMPQRSTV]\d{4})((?:-[0-9A-Z]{2}){0,4})(?![\w/]|[.,]\d)/g;
// "delivery code 77525", "The service code is 92507", "with code 93306-26": five digits after the
// word "code", unless the code is of another kind (ZIP, reason, remark, group…).
const CPT_AFTER_CODE =
  /(?<!\b(?:zip|postal|reason|remark|adjustment|group|denial|status|area|tax|access|security|carc|rarc|claim|plan|provider|bin|pcn|promo|country|edit|taxonomy|revenue|rev)[ \t]?)\b(?:code|CODE)(?:[ \t]+(?:is|was|billed))?[ \t:#]+(\d{5}|\d{4}[FTU])((?:-[0-9A-Z]{2}){0,4})(?![\w/]|[.,]\d)/gi;
// "Claim 25-221, DOS 07/09/2025, 99214, billed $265.00": a code standing between commas before
// its charge.
const CODE_BEFORE_CHARGE =
  /(?<=[,|][ \t]*)(\d{5}|\d{4}[FTU]|[ABCEGHJKLMPQRSTV]\d{4})((?:-[0-9A-Z]{2}){0,4})(?=[ \t]*[,|][ \t]*(?:(?:billed|charged?|amount)[ \t:]*)?\$\d)/g;

// A pipe table's description cell closing on its code after a dash ("| each 15 min - 97110   |",
// "|   | - 92507      |").
const CELL_CLOSING_CODE =
  /(?<=[A-Za-z,)|])[ \t]+-[ \t]+(\d{5}|\d{4}[FTU]|[ABCDEGHJKLMPQRSTV]\d{4})((?:-[0-9A-Z]{2}){0,4})(?=[ \t]*\|)/g;

function codesByShape(p: PreparedText, out: ProcedureCodes, taken: Set<number>): void {
  // Header-less line items are the last resort: only read when nothing else gave a code.
  // Each shape only where its marker is in the text (a scan per regex costs more than a lookup).
  const shapes = [PAREN_CODE, LEADING_CODE, CODE_AFTER_DESCRIPTION];
  if (hasAny(p, ['code', 'item', 'request'])) shapes.push(HCPCS_AFTER_CODE);
  // "reported with code 20611" also names codes nobody billed: read only when nothing else did.
  if (taken.size === 0 && hasAny(p, ['code'])) shapes.push(CPT_AFTER_CODE);
  if (p.masked.includes('$')) shapes.push(CODE_BEFORE_CHARGE);
  if (p.masked.includes('- ') && p.masked.includes('|')) shapes.push(CELL_CLOSING_CODE);
  if (
    hasAny(p, ['x1', 'x2', 'x3', 'x4', 'x5', 'x6', 'x7', 'x8', 'x9', 'x10', 'x12']) ||
    /\d[ \t]*[xX][ \t]\d/.test(p.masked)
  )
    shapes.push(CODE_WITH_UNITS);
  if (p.masked.includes('...')) shapes.push(CODE_AFTER_LEADER);
  if (p.masked.includes('/')) shapes.push(CODE_AFTER_SERVICE_DATE);
  if (taken.size === 0) shapes.push(LINE_ITEM_CODE);
  for (const re of shapes) {
    re.lastIndex = 0;
    for (let m = re.exec(p.masked); m; m = re.exec(p.masked)) {
      const at = m.index + m[0].indexOf(m[1] as string);
      if (taken.has(at)) continue;
      taken.add(at);
      pushCode(m[1] as string, m[2] ?? '', at, out);
    }
  }
}

const CODE_COLUMN_LABEL =
  /^(?:(?:cpt|hcpcs|procedure|proc|service|billing|item)[ \t/]*)?(?:codes?|cpt|hcpcs)(?:[ \t]*\/[ \t]*(?:hcpcs|cpt))?$/i;
const CELL_CODE =
  /^(\d{5}|\d{4}[FTU]|[ABCDEGHJKLMPQRSTV]\d{4})((?:-[0-9A-Z]{2}){0,4})(?![\w/]|[.,]\d)/;
// A column named for the service, not its code ("| Procedure |" over "| 29881 Arthroscopy knee … |"):
// only a cell that opens with a code and then names the service.
const SERVICE_COLUMN_LABEL =
  /^(?:procedures?|services?(?: requested| provided| billed)?|items?(?: requested)?)$/i;
const NAMED_CODE = new RegExp(`${CELL_CODE.source}(?=[ \\t]+[A-Za-z])`);
/** Rows a code column runs over, counting wrapped description lines. */
const MAX_COLUMN_ROWS = 30;

/**
 * Codes in a table's code column ("Requested service   Code   Qty" / "New patient evaluation
 * 99205   1", "| Code | Item requested |" / "| E0627 | Seat lift … |"): the token that starts where
 * the column's label does, on each row until the table ends (a blank line).
 */
function codesInCodeColumns(p: PreparedText, out: ProcedureCodes, taken: Set<number>): void {
  const cells = hasAny(p, ['code', 'cpt', 'hcpcs'])
    ? cellsUnderLabel(p, /code|cpt|hcpcs/i, CODE_COLUMN_LABEL, CELL_CODE)
    : [];
  if (hasAny(p, ['procedure', 'procedures', 'service', 'services', 'item', 'items']))
    cells.push(...cellsUnderLabel(p, /procedure|service|item/i, SERVICE_COLUMN_LABEL, NAMED_CODE));
  for (const { m, at } of cells) {
    if (taken.has(at)) continue;
    taken.add(at);
    pushCode(m[1] as string, m[2] ?? '', at, out);
  }
}

/**
 * One table column, row by row: under a header line (no digits, two cells or more) whose cell
 * matches `label`, the token matching `cell` that starts where the label does, until a blank line
 * (rules skipped). `header` is a cheap test of the header line before it is split.
 */
function cellsUnderLabel(
  p: PreparedText,
  header: RegExp,
  label: RegExp,
  cell: RegExp,
): Array<{ m: RegExpExecArray; at: number }> {
  const found: Array<{ m: RegExpExecArray; at: number }> = [];
  for (let i = 0; i + 1 < p.lineStarts.length; i++) {
    const [hs, he] = lineBounds(p, i);
    if (he - hs > 300 || he - hs < 6) continue;
    const line = p.masked.slice(hs, he);
    if (!header.test(line) || /\d/.test(line)) continue;
    const cells = headerCells(line);
    const column = cells.length >= 2 ? cells.find((c) => label.test(c.text)) : undefined;
    if (!column) continue;
    for (let j = i + 1, k = 0; j < p.lineStarts.length && k < MAX_COLUMN_ROWS; j++, k++) {
      const [rs, re] = lineBounds(p, j);
      const row = p.masked.slice(rs, re);
      if (row.trim() === '') break;
      if (RULE.test(row)) continue;
      const m = cell.exec(row.slice(column.start, column.start + 16));
      if (m && !(column.start > 0 && /\w/.test(row[column.start - 1] ?? '')))
        found.push({ m, at: rs + column.start });
    }
  }
  return found;
}

export function extractProcedureCodes(
  p: PreparedText,
  tableCodes: CodeHit[],
  tableModifiers: CodeHit[],
): ProcedureCodes {
  const out: ProcedureCodes = { codes: [], modifiers: [] };
  const taken = new Set<number>(tableCodes.map((c) => c.span[0]));
  codesAfterKeywords(p, out, taken);
  codesOnServiceLines(p, out, taken);
  codesInCodeColumns(p, out, taken);
  codesByShape(p, out, taken);
  if (p.masked.includes('(')) codesInParenLists(p, out, taken);
  codesContinuingLists(p, out, taken);
  out.codes.push(...tableCodes);
  out.modifiers.push(...tableModifiers);
  out.codes.sort((a, b) => a.span[0] - b.span[0]);
  out.modifiers.sort((a, b) => a.span[0] - b.span[0]);
  return withoutApprovedRows(p, withoutApprovedPart(p, withoutOfferedAlternatives(p, out)));
}

const ROW_REFUSED = new RegExp(String.raw`\b(?:${REFUSING_VERDICT})\b`);
const ROW_APPROVED = /(?<!\b(?:NOT|Not|not) )\b(?:APPROVED|Approved)\b/;
const MAX_ROW_LINES = 8;

/** The lines of a ruled table's row around `line`: between the rules above and below it. */
function ruledRowAround(p: PreparedText, line: number): string | null {
  let first = line;
  while (first > 0 && line - first < MAX_ROW_LINES) {
    const above = p.masked.slice(...lineBounds(p, first - 1));
    if (PIPE_RULE.test(above)) break;
    if (!above.trimStart().startsWith('|')) return null;
    first--;
  }
  let last = line;
  while (last + 1 < p.lineStarts.length && last - line < MAX_ROW_LINES) {
    const below = p.masked.slice(...lineBounds(p, last + 1));
    if (PIPE_RULE.test(below) || !below.trimStart().startsWith('|')) break;
    last++;
  }
  return p.masked.slice(lineBounds(p, first)[0], lineBounds(p, last)[1]);
}

// A ruled table that decides each row ("| 3 | Speech … - 92507 | … | NOT APPROVED |"): codes only
// on approved rows are not what the letter refused, when some row is refused.
function withoutApprovedRows(p: PreparedText, found: ProcedureCodes): ProcedureCodes {
  if (found.codes.length < 2 || !hasAny(p, ['approved']) || !p.masked.includes('|')) return found;
  const verdicts = found.codes.map((c) => {
    const line = lineIndexAt(p, c.span[0]);
    if (
      !p.masked
        .slice(...lineBounds(p, line))
        .trimStart()
        .startsWith('|')
    )
      return null;
    const row = ruledRowAround(p, line);
    if (!row) return null;
    if (ROW_REFUSED.test(row)) return 'refused';
    return ROW_APPROVED.test(row) ? 'approved' : null;
  });
  if (!verdicts.includes('refused')) return found;
  return withoutCodes(
    p,
    found,
    found.codes.filter((_, k) => verdicts[k] === 'approved'),
  );
}

// "WHAT WE APPROVED: … 96413 and 96415 … WHAT WE DENIED: … J1745": a partial decision's approved
// codes are not what it refused, unless the refused part names them too.
function withoutApprovedPart(p: PreparedText, found: ProcedureCodes): ProcedureCodes {
  if (found.codes.length < 2) return found;
  const parts = decisionParts(p);
  if (!parts) return found;
  const named = (spans: Span[], code: string): boolean =>
    spans.some(([s, e]) => new RegExp(`(?<![\\w-])${code}(?![\\w])`).test(p.masked.slice(s, e)));
  const values = [...new Set(found.codes.map((c) => c.value))];
  const refused = values.filter((v) => named(parts.refused, v));
  const approvedOnly = new Set(
    values.filter((v) => !refused.includes(v) && named(parts.approved, v)),
  );
  if (refused.length === 0 || approvedOnly.size === 0) return found;
  return withoutCodes(
    p,
    found,
    found.codes.filter((c) => approvedOnly.has(c.value)),
  );
}

// "Your doctor can order a home sleep apnea test (CPT 95800 or 95806), which your plan covers";
// "A large filling or pulling the tooth (D7140) are part of your adult dental benefit", "a home
// test (HSAT, for example CPT 95800) is the appropriate first study", "a lightweight manual
// wheelchair (K0004) would let you get around your home": codes the
// letter offers in place of the refused service are not what it refused.
const OFFERED =
  /\b(?:(?:which|that) (?:your|the) plan covers|(?:does|still|also) cover (?:a|an|the)\b|(?:is|are) (?:still )?(?:covered(?! only| when| if| for| after| under| as)|a covered benefit|part of your|included in your)|(?:would|will|could) be (?:covered|approved|paid)|(?:can|may) (?:order|ask for|request|get|try) (?:a|an|the)\b|(?:approved|covered|paid) instead\b|(?:is|are|would be) (?:the |an? )?(?:more )?(?:appropriate|recommended|preferred|suitable)(?: first| initial| next)? (?:study|test|step|option|treatment|choice|service|setting)\b|\bwould (?:let|allow|enable) (?:you|the (?:patient|member|enrollee))\b)/i;
const REFUSAL_IN_SENTENCE =
  /\b(?:den(?:y|ies|ied|ial)|not (?:covered|approved|paid|payable|medically|a covered)|did not approve|(?:cannot|can ?not|will not|won't) (?:approve|cover|pay)|asked us|does not meet|no longer)\b/i;

function withoutOfferedAlternatives(p: PreparedText, found: ProcedureCodes): ProcedureCodes {
  if (
    found.codes.length < 2 ||
    !hasAny(p, [
      'covers',
      'covered',
      'part',
      'included',
      'order',
      'instead',
      'get',
      'try',
      'request',
      'appropriate',
      'recommended',
      'preferred',
      'suitable',
      'let',
      'allow',
      'enable',
    ])
  )
    return found;
  const offered = found.codes.filter((c) => {
    const sentence = p.masked
      .slice(sentenceStart(p, c.span[0]), sentenceEnd(p, c.span[0]))
      .replace(/\s+/g, ' ');
    return OFFERED.test(sentence) && !REFUSAL_IN_SENTENCE.test(sentence);
  });
  if (offered.length === 0 || offered.length === found.codes.length) return found;
  return withoutCodes(p, found, offered);
}

/** `found` without the `dropped` codes and the modifiers printed right after them ("95800-26"). */
function withoutCodes(p: PreparedText, found: ProcedureCodes, dropped: CodeHit[]): ProcedureCodes {
  const gone = new Set(dropped);
  const ofDropped = (m: CodeHit): boolean =>
    dropped.some(
      (c) =>
        m.span[0] > c.span[1] &&
        m.span[0] <= c.span[1] + 12 &&
        !/\s/.test(p.masked.slice(c.span[1], m.span[0])),
    );
  return {
    codes: found.codes.filter((c) => !gone.has(c)),
    modifiers: found.modifiers.filter((m) => !ofDropped(m)),
  };
}

export function extractIcd10(p: PreparedText, procedureSpans: ReadonlySet<number>): CodeHit[] {
  const out: CodeHit[] = [];
  const seen = new Set<number>();
  ICD_DOTTED.lastIndex = 0;
  for (let m = ICD_DOTTED.exec(p.masked); m; m = ICD_DOTTED.exec(p.masked)) {
    seen.add(m.index);
    out.push({ value: m[0], span: [m.index, m.index + m[0].length] });
  }
  DIAGNOSIS_LABEL.lastIndex = hasAny(p, ['diagnosis', 'diagnoses', 'dx', 'icd', 'icd10'])
    ? 0
    : p.masked.length;
  for (let d = DIAGNOSIS_LABEL.exec(p.masked); d; d = DIAGNOSIS_LABEL.exec(p.masked)) {
    const at = d.index + d[0].length;
    const m = ICD_UNDOTTED.exec(p.masked.slice(at, at + 12));
    if (!m || seen.has(at) || procedureSpans.has(at)) continue;
    const code = m[1] as string;
    // An undotted code is written with its dot for display: M5416 → M54.16.
    const value = code.length > 3 ? `${code.slice(0, 3)}.${code.slice(3)}` : code;
    seen.add(at);
    out.push({ value, span: [at, at + code.length] });
  }
  if (hasAny(p, ['diagnosis', 'diagnoses'])) out.push(...codesInDiagnosisColumns(p, seen));
  if (out.length) out.push(...alignedShortCodes(p, out, seen, procedureSpans));
  if (out.length) out.push(...shortCodesInLists(p, out, seen, procedureSpans));
  out.sort((a, b) => a.span[0] - b.span[0]);
  return out;
}

const SHORT_ICD = /^[A-Z]\d[0-9A-Z](?![\w.])/;
const ICD_CELL = /^([A-Z]\d[0-9A-Z](?:\.[0-9A-Z]{1,4})?)(?![\w.])/;
const DIAGNOSIS_HEADER = /^[ \t|]*diagnos[ie]s\b/i;
const ICD_COLUMN_LABEL = /^(?:ICD(?:-10)?(?:-CM)? )?codes?$/i;

/**
 * A diagnosis table ("Diagnosis            Code" / "Malignant neoplasm of prostate   C61"): the
 * code column of a header that opens with "Diagnosis", row by row until a blank line.
 */
function codesInDiagnosisColumns(p: PreparedText, seen: Set<number>): CodeHit[] {
  const found: CodeHit[] = [];
  for (const { m, at } of cellsUnderLabel(p, DIAGNOSIS_HEADER, ICD_COLUMN_LABEL, ICD_CELL)) {
    if (seen.has(at)) continue;
    seen.add(at);
    const code = m[1] as string;
    found.push({ value: code, span: [at, at + code.length] });
  }
  return found;
}
// What may stand before a code in a list row: a margin, a number or bullet, a boxed table's empty
// cells, or the list's label.
const LIST_PREFIX = /^(?:[ \t\d).*|-]*|[^\n]*\b(?:diagnos[ie]s|dx|ICD)\b[^\n]*)$/i;
/** How far a list of diagnoses runs above or below one of its dotted codes. */
const LIST_REACH = 4;

/**
 * Three-character codes (I10, R69) have no dot, so only their place tells them: in a list of
 * diagnoses ("    E66.01   Morbid obesity" / "    I10      Essential hypertension", or numbered
 * "1) I10" / "2) R00.2") a code in the same column as a dotted code on a nearby line is one too.
 */
function alignedShortCodes(
  p: PreparedText,
  dotted: readonly CodeHit[],
  seen: Set<number>,
  procedureSpans: ReadonlySet<number>,
): CodeHit[] {
  const found: CodeHit[] = [];
  for (const hit of dotted) {
    const line = lineIndexAt(p, hit.span[0]);
    const column = hit.span[0] - (lineBounds(p, line)[0] as number);
    for (const step of [-1, 1]) {
      for (let j = line + step, k = 0; k < LIST_REACH && j >= 0; j += step, k++) {
        const [ls, le] = lineBounds(p, j);
        if (le <= ls || p.masked.slice(ls, le).trim() === '') break;
        const at = ls + column;
        if (
          at >= le ||
          seen.has(at) ||
          procedureSpans.has(at) ||
          !/\s/.test(p.masked[at - 1] ?? ' ')
        )
          continue;
        const m = SHORT_ICD.exec(p.masked.slice(at, Math.min(le, at + 4)));
        if (!m || !LIST_PREFIX.test(p.masked.slice(ls, at))) continue;
        seen.add(at);
        found.push({ value: m[0], span: [at, at + m[0].length] });
      }
    }
  }
  return found;
}

const SHORT_BEFORE = /(?<![\w.-])([A-Z]\d[0-9A-Z])[ \t]*[,;][ \t]*$/;
const SHORT_AFTER = /^[ \t]*[,;][ \t]*([A-Z]\d[0-9A-Z])(?![\w.-])/;
// "R00.2  (Palpitations)    I10  (Essential hypertension)": codes each followed by their name.
const SHORT_AFTER_NAMED =
  /^[ \t]*\([A-Za-z][^()\n]{1,60}\)[ \t]*[,;]?[ \t]+([A-Z]\d[0-9A-Z])(?=[ \t]+\([A-Za-z])/;
// "G35 (multiple sclerosis), R26.2 (difficulty in walking)", "G35 (…) and R26.89": the same, the
// short code first.
const SHORT_BEFORE_NAMED =
  /(?<![\w.-])([A-Z]\d[0-9A-Z])[ \t]+\([A-Za-z][^()\n]{1,60}\)(?:[ \t]*[,;]|[ \t]+and)\s*$/;

/**
 * A three-character code in the same comma list as a diagnosis code ("I10, R00.2" in a table
 * cell, "R00.2; I10") is one too, and so is the next one along the list.
 */
function shortCodesInLists(
  p: PreparedText,
  codes: readonly CodeHit[],
  seen: Set<number>,
  procedureSpans: ReadonlySet<number>,
): CodeHit[] {
  const found: CodeHit[] = [];
  const queue = [...codes];
  for (let hit = queue.shift(); hit; hit = queue.shift()) {
    const [start, end] = hit.span;
    const before =
      SHORT_BEFORE.exec(p.masked.slice(Math.max(0, start - 10), start)) ??
      SHORT_BEFORE_NAMED.exec(p.masked.slice(Math.max(0, start - 80), start));
    const after =
      SHORT_AFTER.exec(p.masked.slice(end, end + 10)) ??
      SHORT_AFTER_NAMED.exec(p.masked.slice(end, end + 80));
    const candidates: Array<[number, string]> = [];
    if (before) candidates.push([start - before[0].length, before[1] as string]);
    if (after)
      candidates.push([end + after[0].length - (after[1] as string).length, after[1] as string]);
    for (const [at, value] of candidates) {
      if (seen.has(at) || procedureSpans.has(at)) continue;
      seen.add(at);
      const code: CodeHit = { value, span: [at, at + value.length] };
      found.push(code);
      queue.push(code);
    }
  }
  return found;
}

// Adjustment codes: "CO-97", "PR 2", "CARC 27", "Reason: 18 - Exact duplicate claim/service".
const GROUPED_CARC =
  /(?<![\w-])(CO|PR|OA|PI|CR)[ -]?(\d{1,3}|[A-Z]\d{1,2}|P\d{1,2})(?![\w-]|\.\d)/g;
const LABELLED_CARC =
  /\b(?:CARC|(?:claim )?adjustment reason(?: code)?|(?:denial|reason|remark) code)s?[ \t]*[:#]?[ \t]*(\d{1,3}|[A-Z]\d{1,2})(?![\w.-])/gi;
const GROUPED_CARC_ON_LINE = /(?<![\w-])(?:CO|PR|OA|PI|CR)[ -]?(?:\d{1,3}|[A-Z]\d{1,2})(?![\w-])/;
const REASON_NUMBER =
  /\b(?:reason|denial|explanation)(?: code)?\s*[:#]\s*(\d{1,3}|[A-Z]\d{1,2})\s*[-–:]\s*([A-Za-z][^\n]{4,80})/gi;
const RARC_TOKEN = /(?<![\w-])(MA\d{2,3}|N\d{1,3}|M\d{1,3})(?![\w.-])/g;
// An adjustment code and its remark printed as a pair: "Code 16/M127: claim lacks information".
const PAIRED_CARC = /(?<![\w/.-])(\d{1,3})\/(?:MA\d{2,3}|N\d{1,3}|M\d{1,3})(?![\w./-])/g;
const PAIRED_BEFORE = /(?<![\w/.-])\d{1,3}\/$/;
const RARC_CONTEXT = /\b(?:RARC|remark)/i;

function descriptionEchoes(description: string, following: string): boolean {
  const words = description.toLowerCase().match(/[a-z]{3,}/g) ?? [];
  const text = following.toLowerCase();
  let hits = 0;
  for (const w of words.slice(0, 5)) if (text.includes(w)) hits++;
  return hits >= 2;
}

function detail(code: string, group: string | null, span: Span): CodeDetail {
  const info = lookupCarc(code);
  return {
    code: group ? `${group}-${info.code}` : info.code,
    group,
    description: info.description,
    category: info.category,
    denial: info.denial,
    known: info.known,
    span,
  };
}

export interface AdjustmentCodes {
  carc: CodeDetail[];
  rarc: CodeDetail[];
  /** Spans of code occurrences followed by their meaning in words on the same line. */
  explained: Span[];
}

/** A code followed on its line by words (not just more columns) is "explained". */
function isExplained(p: PreparedText, end: number): boolean {
  const [, le] = lineBounds(p, lineIndexAt(p, end));
  const rest = p.masked.slice(end, Math.min(le, end + 160));
  // Words, not more columns: a letter after the separator and a dozen letters in all.
  return /^\s*[-–:]?\s*[A-Za-z]/.test(rest) && (rest.match(/[A-Za-z]/g) ?? []).length >= 12;
}

export function extractAdjustmentCodes(p: PreparedText): AdjustmentCodes {
  const carc: CodeDetail[] = [];
  const explained: Span[] = [];
  // `meaningFrom`: where the code's words would start (after the remark of a "16/M127" pair).
  const add = (d: CodeDetail, meaningFrom = d.span[1]): void => {
    if (isExplained(p, meaningFrom)) explained.push(d.span);
    if (!carc.some((c) => c.code === d.code)) carc.push(d);
  };
  GROUPED_CARC.lastIndex = 0;
  for (let m = GROUPED_CARC.exec(p.masked); m; m = GROUPED_CARC.exec(p.masked)) {
    const d = detail(m[2] as string, m[1] as string, [m.index, m.index + m[0].length]);
    if (d.known) add(d);
  }
  LABELLED_CARC.lastIndex = hasAny(p, [
    'carc',
    'adjustment',
    'denial',
    'reason',
    'remark',
    'reasons',
    'codes',
  ])
    ? 0
    : p.masked.length;
  for (let m = LABELLED_CARC.exec(p.masked); m; m = LABELLED_CARC.exec(p.masked)) {
    const code = m[1] as string;
    const start = m.index + m[0].length - code.length;
    const d = detail(code, null, [start, start + code.length]);
    if (d.known && !carc.some((c) => c.span[0] <= start && start < c.span[1])) add(d);
  }
  PAIRED_CARC.lastIndex = p.masked.includes('/') ? 0 : p.masked.length;
  for (let m = PAIRED_CARC.exec(p.masked); m; m = PAIRED_CARC.exec(p.masked)) {
    const code = m[1] as string;
    const d = detail(code, null, [m.index, m.index + code.length]);
    if (d.known && !carc.some((c) => c.span[0] <= m.index && m.index < c.span[1]))
      add(d, m.index + m[0].length);
  }
  REASON_NUMBER.lastIndex = hasAny(p, ['reason', 'denial', 'explanation']) ? 0 : p.masked.length;
  for (let m = REASON_NUMBER.exec(p.masked); m; m = REASON_NUMBER.exec(p.masked)) {
    const code = m[1] as string;
    const start = m.index + m[0].indexOf(code, m[0].search(/[:#]/));
    const d = detail(code, null, [start, start + code.length]);
    if (d.known && descriptionEchoes(d.description, m[2] as string)) add(d);
  }
  const rarc: CodeDetail[] = [];
  RARC_TOKEN.lastIndex = 0;
  for (let m = RARC_TOKEN.exec(p.masked); m; m = RARC_TOKEN.exec(p.masked)) {
    const [ls, le] = lineBounds(p, lineIndexAt(p, m.index));
    const line = p.masked.slice(ls, le);
    const paired = PAIRED_BEFORE.test(p.masked.slice(Math.max(ls, m.index - 5), m.index));
    if (!paired && !RARC_CONTEXT.test(line) && !GROUPED_CARC_ON_LINE.test(line)) continue;
    const info = lookupRarc(m[1] as string);
    if (!info.known || rarc.some((r) => r.code === info.code)) continue;
    rarc.push({
      code: info.code,
      group: null,
      description: info.description,
      category: null,
      denial: false,
      known: true,
      span: [m.index, m.index + m[0].length],
    });
  }
  carc.sort((a, b) => a.span[0] - b.span[0]);
  return { carc, rarc, explained };
}
