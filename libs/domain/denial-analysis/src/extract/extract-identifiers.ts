import type { Field, Span } from '../record-check.types';
import { type PreparedText, hasAny, lineBounds } from '../text/prepare-text';
import { type TableCell, ruledTables } from '../text/ruled-tables';
import { VERDICT_REFUSED_AT_END } from './eob-table';
import { columnsAbove } from './table-header';

// Value shapes: letters/digits/hyphens with at least one digit; placeholders are already blanked.
// Cards print some ids in digit groups ("CSV 7730 2281 04", "RSA 4082 7731 K", "BWH 5508-1942"):
// single-spaced digit groups (one may carry hyphenated suffixes: "CSH 8820-41736-01") are kept,
// and a last check character after them. Portals mask the start of an id with asterisks ("****6620-01"); some ids
// open with their own prefix and a hash ("CLM#0925-77341-B").
const ID_VALUE = String.raw`((?:\*{2,8}(?=[A-Za-z0-9])|[A-Z]{2,5}#(?=[A-Za-z0-9]))?[A-Za-z0-9](?:[A-Za-z0-9*-]{0,28}[A-Za-z0-9])?(?:[ ]\d{2,10}(?:-\d{1,10}){0,2}(?=[ \t]*(?:$|\n|[ ]\d|[ ][A-Z0-9][ \t]*(?:$|\n|[ \t]{2}|\|)|[ \t]{2})))*(?:(?<=\d)[ ][A-Z0-9](?=[ \t]*(?:$|\n|[ \t]{2}|\|)))?)`;
// A colon, hash or table bar after the label, or a column gap of two or more spaces (portal and
// table layouts print "Member ID          W123…").
// Dotted leaders ("Subscriber ID .... W123") and a label ending in a period ("Member No. W123") count
// as a separator too.
// The value may sit alone on the next line after a colon (large-print letters).
const AFTER_LABEL = String.raw`(?:[ \t]*(?:\*\*)?[ \t]*[:#|][ \t|:#]*(?:\*\*(?!\*))?[ \t|:#]*(?:\r?\n[ \t]*)?|[ \t]*\.{2,}[ \t]*|(?<=\.)[ \t]+|[ \t]{2,})`;

// A label may carry a note in parentheses: "Claim control number (ICN):", "Member ID (Medicaid):".
const LABEL_NOTE = String.raw`(?:[ \t]*\([A-Za-z][A-Za-z /.-]{1,24}\))?`;

interface LabelRule {
  re: RegExp;
  confidence: number;
  words: readonly string[];
  /** Digits the value needs (a bare "Member 4417…" label is only trusted on a long number). */
  minDigits: number;
}

function rule(
  label: string,
  confidence: number,
  words: readonly string[],
  after: string = AFTER_LABEL,
  minDigits = 1,
): LabelRule {
  return {
    re: new RegExp(
      String.raw`(?<![A-Za-z])(?:${label})${LABEL_NOTE}${after}${ID_VALUE}(?![\w-])`,
      'gi',
    ),
    confidence,
    words,
    minDigits,
  };
}
/** Label and value separated by one space only, as one-line notices write them. */
const ONE_SPACE = String.raw`[ \t]`;
/** The same in prose, where the line may wrap between them ("… plan: Claim\n25-1104-77251 (…"). */
const ONE_SPACE_OR_WRAP = String.raw`(?:[ \t]|[ \t]*\r?\n[ \t]*)`;

const OWN_MEMBER_ID = rule(
  String.raw`member[ \t]+id(?:[ \t]+(?:number|no\.?))?|participant[ \t]+id`,
  0.9,
  ['member', 'participant'],
);
// A dependant's own id ("Member ID: HPC448170-02") beats the subscriber's ("HPC448170").
const SUBSCRIBER_ID = rule(
  String.raw`subscriber(?:[ \t]+(?:id(?:[ \t]+number)?|number|no\.?)|(?=[ \t]*#))`,
  0.9,
  ['subscriber'],
);
const PROGRAM_ID = rule(
  String.raw`medicaid(?:[ \t]*\/[ \t]*plan)?[ \t]+(?:id|number|no\.?)|medicare[ \t]+(?:id|number|beneficiary identifier)(?:[ \t]+on[ \t]+file)?|medicare[ \t]*\((?:MBI|number|id)\)|MBI|CIN|HICN?`,
  0.9,
  ['medicaid', 'medicare', 'mbi', 'cin', 'hic', 'hicn'],
);
const MEMBER_NUMBER = rule(
  String.raw`member[ \t]+(?:number|no\.?|#)|enrollee[ \t]+(?:number|id)|beneficiary[ \t]+(?:id|number)`,
  0.85,
  ['member', 'enrollee', 'beneficiary'],
);
const OTHER_MEMBER_LABELS: readonly LabelRule[] = [
  rule(String.raw`id[ \t]+number|identification[ \t]+(?:number|no\.?)|id[ \t]+no\.?`, 0.8, [
    'id',
    'identification',
  ]),
  rule(String.raw`(?<![A-Za-z][ \t])id`, 0.75, ['id']),
  // Review vendors label the member as the patient ("Patient ID ........ HFB-4471902-02").
  rule(String.raw`patient[ \t]+id`, 0.7, ['patient']),
  rule(String.raw`policy[ \t]+(?:number|no\.?|#)|certificate[ \t]+(?:number|no\.?)`, 0.6, [
    'policy',
    'certificate',
  ]),
  rule(
    String.raw`member(?:[ \t]+id)?|subscriber|medicare[ \t]+number|MBI|MBR`,
    0.55,
    ['member', 'subscriber', 'medicare', 'mbi', 'mbr'],
    ONE_SPACE,
    4,
  ),
  // A remittance's "HIC XXXXXXXTK72": the Medicare number (health insurance claim number), masked.
  rule(String.raw`HICN?`, 0.55, ['hic', 'hicn'], ONE_SPACE, 2),
  // "KidsHarbor ID: KH-60915274-02": a state program's or plan's own name before "ID" (not the
  // payer's, provider's or tax id).
  rule(
    String.raw`(?!(?:payer|provider|tax|group|rx|npi|employer|claim|session|user|transaction|reference|case|request|authorization|tracking|check|eft|trace|document|fax|email|login|account|facility|plan|card|national|state|federal|patient)\b)[A-Z][A-Za-z]{2,20}[ \t]+ID`,
    0.5,
    ['id'],
    AFTER_LABEL,
    4,
  ),
  // "Member Dorothea K., ID JSC-30488172": a bare "ID" after a name; "Payer ID 77120" is not it.
  rule(String.raw`(?<![A-Za-z][ \t])ID`, 0.5, ['id'], ONE_SPACE, 6),
];
// Highest priority first: a letter naming "Medicaid ID" and "Plan member number" means the former.
const MEMBER_ID: readonly LabelRule[] = [
  OWN_MEMBER_ID,
  SUBSCRIBER_ID,
  PROGRAM_ID,
  MEMBER_NUMBER,
  ...OTHER_MEMBER_LABELS,
];
// A dual-eligible Medicare Advantage plan (D-SNP) prints the member's Medicaid id beside its own
// member number: the Medicare plan's letter is about its own member number.
const MEDICARE_PLAN_MEMBER_ID: readonly LabelRule[] = [
  OWN_MEMBER_ID,
  SUBSCRIBER_ID,
  MEMBER_NUMBER,
  PROGRAM_ID,
  ...OTHER_MEMBER_LABELS,
];
const MEDICARE_PLAN =
  /\b(?:(?:D|FIDE|HIDE)-?SNP|dual(?:ly)?[ -]eligible special needs|Medicare Advantage)\b/i;
const GROUP_NUMBER: readonly LabelRule[] = [
  rule(String.raw`group(?:[ \t]+(?:number|no\.?|#|id))?`, 0.85, ['group']),
];
const CLAIM_NUMBER: readonly LabelRule[] = [
  rule(
    String.raw`claim(?:[ \t]+(?:number|no\.?|#|id|ref(?:erence)?\.?(?:[ \t]+(?:number|no\.?|#))?|control[ \t]+(?:number|no\.?)|reviewed|under[ \t]+review|in[ \t]+question)|[ \t]*\/[ \t]*request(?:[ \t]+(?:number|no\.?|#|id))?)?|ICN(?:[ \t]*\/[ \t]*claim[ \t]+ref(?:erence)?)?|(?:internal|transaction)[ \t]+control[ \t]+(?:number|no\.?)|TCN`,
    0.9,
    ['claim', 'icn', 'internal', 'transaction', 'tcn'],
  ),
  // An appeal's own case number ranks last: the original claim or request number names the claim.
  rule(
    String.raw`(?<!appeal[ \t]{1,3})(?:reference|case|authorization|tracking|request)(?:[ \t]+(?:number|no\.?|#|id)|(?=[ \t]*#[A-Za-z0-9]))|authorization[ \t]+ref(?:erence)?\.?|(?:case|request|review)[ \t]+(?:reference|ref\.?(?![a-z]))|authorization[ \t]+request|service[ \t]+authori[sz]ation|(?:authorization|auth)[ \t]*\/[ \t]*ref(?:erence)?[ \t]*(?:number|no\.?|#|id)|request[ \t]*\/[ \t]*auth(?:orization)?[ \t]*(?:number|no\.?|#|id)`,
    0.6,
    ['reference', 'ref', 'case', 'authorization', 'authorisation', 'tracking', 'request'],
  ),
  // A bare "Ref: PA-7713094", "Ref#: DQ-26-0041187" or "Reference: UM-2025-1104-08823" only on a long number
  // ("Reference: 42 CFR 405" is no id).
  rule(
    String.raw`ref(?:erence)?`,
    0.5,
    ['ref', 'reference'],
    String.raw`[ \t]*(?:#[ \t]*:?|:)[ \t]*`,
    5,
  ),
  rule(
    String.raw`claim(?:[ \t]+(?:number|no\.?|#))?|ICN|CLM`,
    0.55,
    ['claim', 'icn', 'clm'],
    ONE_SPACE_OR_WRAP,
    6,
  ),
  // A portal message's subject: "Auth 0827-MR-55093 -- NOT APPROVED" (an ISO date is no id).
  rule(
    String.raw`auth(?:ori[sz]ation)?`,
    0.5,
    ['auth', 'authorization', 'authorisation'],
    String.raw`[ \t](?!\d{4}-\d{2}-\d{2}(?![\w-]))`,
    6,
  ),
  rule(String.raw`appeal(?:[ \t]+case)?[ \t]+(?:number|no\.?|#|id)`, 0.5, ['appeal']),
];
// "original claim 25051W…" names the claim it duplicates, not this one.
const RELATED_CLAIM =
  /\b(?:(?:already (?:been )?(?:paid|processed)|paid|processed|previously (?:paid|processed|submitted))[^.\n]{0,30}?\b|original[ \t]+|related[ \t]+|duplicates[ \t]+|duplicate[ \t]+of[ \t]+)claim(?:[ \t]+(?:number|no\.?|#|id))?[ \t:#]*\s?([A-Za-z0-9][A-Za-z0-9-]{3,28}[A-Za-z0-9])(?![\w-])/gi;

// A corrected claim quotes "the original claim number" of this very claim ("send a corrected
// claim (frequency code 7, with the original claim number CBA-25-1860-03374 in box 22)").
const CORRECTION = /\b(?:corrected|replacement) claim\b|\bfrequency code\b|\bresubmi/i;

function relatedClaim(p: PreparedText): RegExpExecArray | null {
  const re = RELATED_CLAIM;
  re.lastIndex = 0;
  for (let m = re.exec(p.masked); m; m = re.exec(p.masked)) {
    const from = Math.max(0, p.masked.lastIndexOf('\n\n', m.index), m.index - 200);
    if (!CORRECTION.test(p.masked.slice(from, m.index + m[0].length))) return m;
  }
  return null;
}

const MASKED = /[X*]{3}/;
const PROCEDURE_WITH_MODIFIER = /^(?:\d{5}|[A-Z]\d{4})(?:-[0-9A-Z]{2})+$/;
// A claim or member id is never shorter than this ("Diagnosis codes on claim: 1) M54.50").
const MIN_ID_LENGTH = 4;

function firstValue(
  p: PreparedText,
  rules: readonly LabelRule[],
  exclude?: (start: number) => boolean,
  minLength = 1,
): Field<string> | null {
  for (const { re, confidence, words, minDigits } of rules) {
    if (!hasAny(p, words)) continue;
    re.lastIndex = 0;
    // A masked id ("XXXX-XX2-MW83") yields to the same label's full value printed further on.
    let masked: Field<string> | null = null;
    for (let m = re.exec(p.masked); m; m = re.exec(p.masked)) {
      const value = m[1] as string;
      if ((value.match(/\d/g)?.length ?? 0) < minDigits || value.length < minLength) continue;
      // "Code on claim: 93306-26" labels a procedure code, not the claim.
      if (minLength > 1 && PROCEDURE_WITH_MODIFIER.test(value)) continue;
      const start = m.index + m[0].length - value.length;
      if (exclude?.(start)) continue;
      const field: Field<string> = { value, span: [start, start + value.length], confidence };
      if (!MASKED.test(value)) return field;
      masked ??= field;
    }
    if (masked) return masked;
  }
  return null;
}

const CLAIM_COLUMN = /^(?:payer |patient |plan )?claim(?: number| no\.?| #| id)?$/i;
const MEMBER_COLUMN = /^(?:member|subscriber|enrollee|patient)(?: id| number| no\.?| #)$/i;
/** A spaced grid's value starts where its label does and holds no space. */
const SPACED_VALUE = /^[A-Za-z0-9][A-Za-z0-9-]{3,28}[A-Za-z0-9](?![\w-])/;
/** A bar grid's value fills its cell and may hold spaces ("W7731 0042 88"). */
const CELL_VALUE = /^[A-Za-z0-9][A-Za-z0-9 -]{2,28}[A-Za-z0-9]$/;

/**
 * An identifier printed under its column label in a claim-status grid ("Payer claim #     Service
 * date" over "25058W113402      02/24/2025", or a bar grid), with four or more digits.
 */
function valueUnderLabel(p: PreparedText, label: RegExp, hint: RegExp): Field<string> | null {
  for (let i = 1; i < p.lineStarts.length; i++) {
    // Cheap pre-check: the label's word is on one of the two lines above (a bar grid has a rule).
    const [hs, he] = lineBounds(p, Math.max(0, i - 2));
    if (!hint.test(p.masked.slice(hs, he)) && !hint.test(p.masked.slice(...lineBounds(p, i - 1))))
      continue;
    const column = columnsAbove(p, i)?.find((c) => label.test(c.label));
    if (!column) continue;
    const [ls, le] = lineBounds(p, i);
    let value: string | undefined;
    let at: number;
    if (column.cell !== null) {
      value = CELL_VALUE.test(column.cell) ? column.cell : undefined;
      at = ls + column.from + p.masked.slice(ls + column.from, ls + column.to).indexOf(column.cell);
    } else {
      value = SPACED_VALUE.exec(p.masked.slice(ls + column.labelAt, le))?.[0];
      at = ls + column.labelAt;
    }
    if (value === undefined || (value.match(/\d/g)?.length ?? 0) < 4) continue;
    if (column.cell === null) {
      const refused = refusedRowBelow(p, i, column.labelAt);
      if (refused) return refused;
    }
    return { value, span: [at, at + value.length], confidence: 0.6 };
  }
  return null;
}

const GRID_ROWS = 30;

/**
 * A spaced grid of several claims ("E26097-…  Paid" / "E26104-…  DENIED"): the refused row's id,
 * when a row other than the first is the one refused.
 */
function refusedRowBelow(p: PreparedText, first: number, labelAt: number): Field<string> | null {
  const last = Math.min(p.lineStarts.length, first + GRID_ROWS);
  for (let i = first; i < last; i++) {
    const [ls, le] = lineBounds(p, i);
    const line = p.masked.slice(ls, le);
    if (line.trim() === '') return null;
    if (!VERDICT_REFUSED_AT_END.test(line)) continue;
    const value = SPACED_VALUE.exec(p.masked.slice(ls + labelAt, le))?.[0];
    if (value === undefined || (value.match(/\d/g)?.length ?? 0) < 4) continue;
    return i === first
      ? null
      : { value, span: [ls + labelAt, ls + labelAt + value.length], confidence: 0.6 };
  }
  return null;
}

const MEMBER_KEY = /^(?:member|subscriber|enrollee|participant)(?: id| number| no\.?| #)$/i;
const WRAPPED_ID = /^[A-Za-z0-9][A-Za-z0-9-]{3,40}$/;

/**
 * An id wrapped inside the value cell beside its label in a ruled key/value table ("Member ID
 * LKC-4771092" / "3-01"): read whole from the cell's pieces.
 */
function wrappedBesideLabel(p: PreparedText, label: RegExp): Field<string> | null {
  for (const table of ruledTables(p))
    for (const row of table.rows)
      for (let k = 0; k + 1 < row.length; k++) {
        const [key, cell] = [row[k] as TableCell, row[k + 1] as TableCell];
        if (cell.parts.length < 2 || !label.test(key.text)) continue;
        if (!WRAPPED_ID.test(cell.text) || (cell.text.match(/\d/g)?.length ?? 0) < 4) continue;
        const first = cell.parts[0] as Span;
        const last = cell.parts[cell.parts.length - 1] as Span;
        return { value: cell.text, span: [first[0], last[1]], confidence: 0.8, pieces: cell.parts };
      }
  return null;
}

/** The wrapped table value when it completes (or stands in for) the one read from one line. */
function completedBy(
  read: Field<string> | null,
  wrapped: Field<string> | null,
): Field<string> | null {
  if (!wrapped) return read;
  if (!read) return wrapped;
  return wrapped.value.length > read.value.length && wrapped.value.startsWith(read.value)
    ? wrapped
    : read;
}

export interface IdentifierFields {
  memberId: Field<string> | null;
  groupNumber: Field<string> | null;
  claimNumber: Field<string> | null;
  relatedClaimNumber: Field<string> | null;
}

export function extractIdentifiers(p: PreparedText): IdentifierFields {
  const related = hasAny(p, ['claim']) ? relatedClaim(p) : null;
  let relatedClaimNumber: Field<string> | null = null;
  if (related) {
    const v = related[1] as string;
    const start = related.index + related[0].length - v.length;
    if (/\d/.test(v))
      relatedClaimNumber = { value: v, span: [start, start + v.length], confidence: 0.8 };
  }
  const labelled = firstValue(
    p,
    CLAIM_NUMBER,
    // The related claim is often printed twice ("duplicates claim X" … "Related claim: X").
    (s) => relatedClaimNumber !== null && p.masked.startsWith(relatedClaimNumber.value, s),
    MIN_ID_LENGTH,
  );
  const inGrid = hasAny(p, ['claim']) ? valueUnderLabel(p, CLAIM_COLUMN, /claim/i) : null;
  // A claim-status grid opening the page names the claim before any later label does ("payer claim
  // control ICN …" in the submission details).
  const claimNumber =
    labelled && inGrid
      ? inGrid.span[0] < labelled.span[0]
        ? inGrid
        : labelled
      : (labelled ?? inGrid);
  const medicarePlan =
    hasAny(p, ['snp', 'dsnp', 'special', 'advantage']) && MEDICARE_PLAN.test(p.masked);
  const memberId =
    firstValue(
      p,
      medicarePlan ? MEDICARE_PLAN_MEMBER_ID : MEMBER_ID,
      (s) => claimNumber !== null && s === claimNumber.span[0],
      MIN_ID_LENGTH,
    ) ?? valueUnderLabel(p, MEMBER_COLUMN, /member|subscriber|enrollee|patient/i);
  const tabled = ruledTables(p).length > 0;
  return {
    memberId: tabled ? completedBy(memberId, wrappedBesideLabel(p, MEMBER_KEY)) : memberId,
    groupNumber: firstValue(p, GROUP_NUMBER),
    claimNumber: tabled
      ? completedBy(claimNumber, wrappedBesideLabel(p, CLAIM_COLUMN))
      : claimNumber,
    relatedClaimNumber,
  };
}
