import type { Field } from '../record-check.types';
import { type PreparedText, hasAny } from '../text/prepare-text';
import { type EobTable, parseMoney } from './eob-table';

type AmountKind = 'billed' | 'denied' | 'paid' | 'allowed' | 'patientResponsibility';

const AMOUNT = String.raw`(\$[ \t]{0,3}\d{1,3}(?:,\d{3})*(?:\.\d{2})?|\$[ \t]{0,3}\d+(?:\.\d{2})?|\d{1,3}(?:,\d{3})*\.\d{2})(?![\d,])`;
// A colon, dash or bar, or dotted leaders ("Not covered ....... $949.00"); the amount may sit at
// the start of the next line ("The lab billed\n$2,650.00"). The label may carry a note of some
// words ("Amount NOT paid - denied (12 days, 04/16 through 04/27):   $8,376.00"); a bare code
// ("CONTRACTUAL/DENIED (CO):") names another total.
const SEP = String.raw`(?:[ \t]+(?:for|on|by|from) [^:$\n]{1,40}(?=:))?(?:[ \t]*\([^()\n$ ]{1,20} [^()\n$]{1,50}\))?[ \t]*(?:[:\-|]|\.{1,40})?[ \t*|]*(?:\r?\n[ \t]*)?`;

// Labels as EOBs and letters print them. Order matters inside a kind only for the first hit.
const LABELS: ReadonlyArray<{ kind: AmountKind; re: RegExp; words: readonly string[] }> = [
  {
    kind: 'billed',
    words: ['billed', 'charges', 'charge', 'charged'],
    re: new RegExp(
      // "You may be billed" is what the patient owes (Medicare Summary Notices), not the charge. A
      // review's header may name the charge of what it refused ("ESTIMATED CHARGES, DAYS REQUESTED").
      String.raw`\b(?<!(?:may|can|might|will) be )(?:amount billed|billed amount|total billed|total charges?|billed charges?|amount charged|charged amount|provider charged|(?:billed|charged) (?:at|by [A-Z][^$\n]{1,60}?)|charges?(?:,[ \t]+(?:days|services|items|visits)[ \t]+requested)?|billed|charged)${SEP}${AMOUNT}`,
      'gi',
    ),
  },
  // "Amount ........ $212.00" opening a line of the claim's header block: the claim's charge.
  {
    kind: 'billed',
    words: ['amount'],
    re: new RegExp(String.raw`(?<=^|\n)[ \t]*(?:claim |total )?amount${SEP}${AMOUNT}`, 'gi'),
  },
  // "$180.00 charged": the amount before its label (Medicare Summary Notices).
  {
    kind: 'billed',
    words: ['billed', 'charged'],
    re: new RegExp(String.raw`${AMOUNT}[ \t]+(?:billed|charged)\b`, 'gi'),
  },
  {
    kind: 'denied',
    words: ['denied', 'covered', 'paid', 'pay'],
    re: new RegExp(
      String.raw`\b(?:amount denied|denied amount|amount not covered(?: by (?:the|your) (?:plan|insurance|insurer|Medicare))?|not covered amount|(?:will|did|can) not pay (?:any (?:part )?of )?(?:the )?|not covered|denied charges?|denied|(?:total |amount )?not paid|amount (?:we|the plan|Medicare) (?:will|did|does|can) not pay)${SEP}${AMOUNT}`,
      'gi',
    ),
  },
  // "We will not pay for the MRI of your left knee (CPT 73721, $1,180.00)": the refused service's
  // charge in parentheses after it.
  {
    kind: 'denied',
    words: ['pay', 'cover'],
    re: new RegExp(
      String.raw`\b(?:will|did|can|could) not (?:pay|cover) for\b[^$.]{1,120}?\([^()$\n]{0,30}?${AMOUNT}(?=\))`,
      'gi',
    ),
  },
  // "97530 x3  06/11/2025  $336.00 denied": one-line notices put the amount before the verdict.
  {
    kind: 'denied',
    words: ['denied', 'paid', 'covered'],
    re: new RegExp(String.raw`${AMOUNT}:?[ \t|]+(?:denied|not (?:paid|covered))\b`, 'gi'),
  },
  {
    kind: 'paid',
    words: ['paid', 'payment', 'pays', 'pay'],
    re: new RegExp(
      String.raw`\b(?<!\bnot )(?:paid by [\w ]{1,40}? to (?:the )?provider|plan paid|amount paid|paid amount|plan payment|payment amount|we paid|insurance paid|paid|plan pays|we pay)${SEP}${AMOUNT}`,
      'gi',
    ),
  },
  {
    kind: 'allowed',
    words: ['allowed'],
    re: new RegExp(String.raw`\b(?:allowed amount|amount allowed|allowed)${SEP}${AMOUNT}`, 'gi'),
  },
  {
    kind: 'patientResponsibility',
    words: ['responsibility', 'owe', 'resp', 'billed'],
    re: new RegExp(
      String.raw`\b(?:your responsibility|patient responsibility|you owe|your resp\.?|member responsibility|(?:total )?you may be billed)${SEP}${AMOUNT}`,
      'gi',
    ),
  },
];

export interface AmountFields {
  billedAmount: Field<number> | null;
  deniedAmount: Field<number> | null;
  paidAmount: Field<number> | null;
  allowedAmount: Field<number> | null;
  patientResponsibility: Field<number> | null;
}

/** The first labelled amount; a refused amount of nothing ("$0.00  DENIED", a paid cell) is none. */
function firstLabelled(p: PreparedText, re: RegExp, kind: AmountKind): Field<number> | null {
  re.lastIndex = 0;
  for (let m = re.exec(p.masked); m; m = re.exec(p.masked)) {
    const raw = m[1] as string;
    const value = parseMoney(raw);
    if (kind === 'denied' && value === 0) continue;
    const start = m[0].startsWith(raw) ? m.index : m.index + m[0].length - raw.length;
    return { value, span: [start, start + raw.length], confidence: 0.9 };
  }
  return null;
}

const cents = (n: number): number => Math.round(n * 100) / 100;

/**
 * Labelled amounts first, then the EOB grid's totals; a full denial lets one missing figure follow
 * from the other two (marked `derived`, lower confidence).
 */
export function extractAmounts(
  p: PreparedText,
  table: EobTable,
  fullDenial: boolean,
): AmountFields {
  const found: Partial<Record<AmountKind, Field<number>>> = {};
  for (const { kind, re, words } of LABELS) {
    if (!hasAny(p, words)) continue;
    const f = firstLabelled(p, re, kind);
    if (f && !found[kind]) found[kind] = f;
  }
  const fromTable = (
    kind: 'billed' | 'allowed' | 'paid' | 'patientResponsibility',
  ): Field<number> | null => {
    const t = table.totals[kind];
    return t ? { value: t.value, span: t.span, confidence: 0.85 } : null;
  };
  const billed = found.billed ?? fromTable('billed');
  const paid = found.paid ?? fromTable('paid');
  const allowed = found.allowed ?? fromTable('allowed');
  const patientResponsibility = found.patientResponsibility ?? fromTable('patientResponsibility');
  let denied =
    found.denied ??
    (table.denied
      ? {
          value: table.denied.value,
          span: table.denied.span,
          confidence: 0.75,
          derived: 'sum of billed minus allowed on lines carrying a denial code',
        }
      : null);
  let paidOut = paid;
  // Nothing paid on a billed claim in a denial notice: the whole charge was denied.
  if (billed && !denied && paid && paid.value === 0 && table.lines.length === 0)
    denied = {
      value: billed.value,
      span: billed.span,
      confidence: 0.6,
      derived: 'billed amount, nothing paid',
    };
  // Read early too (not only in settleDeniedAmount): the document-kind classifier weighs a refused
  // amount, and the text already says the whole claim was denied.
  if (fullDenial && billed && !denied && (!paid || paid.value === 0))
    denied = chargeAsDenied(billed);
  if (fullDenial && billed) {
    if (!paid && denied && cents(billed.value - denied.value) >= 0 && denied.value === billed.value)
      paidOut = { value: 0, span: denied.span, confidence: 0.5, derived: 'billed minus denied' };
  }
  return {
    billedAmount: billed,
    deniedAmount: denied,
    paidAmount: paidOut,
    allowedAmount: allowed,
    patientResponsibility,
  };
}

/** A full denial that names only the charge ("billed $285.00") denied all of it. */
function chargeAsDenied(billed: Field<number>): Field<number> {
  return { value: billed.value, span: billed.span, confidence: 0.55, derived: FROM_BILLED };
}
const FROM_BILLED = 'billed amount of a full denial';

/**
 * Once the document's kind is known: a full denial that prints only the charge (and no payment)
 * denied all of it; a document that denies nothing (an approval, a request for information) has no
 * denied amount derived from its charge.
 */
export function settleDeniedAmount(
  amounts: Pick<AmountFields, 'billedAmount' | 'deniedAmount' | 'paidAmount'>,
  documentKind: string,
  paidOnLines: number,
): Field<number> | null {
  const { billedAmount: billed, deniedAmount: denied, paidAmount: paid } = amounts;
  if (documentKind === 'denial') {
    if (denied || !billed || (paid && paid.value > 0) || paidOnLines > 0) return denied;
    return chargeAsDenied(billed);
  }
  if (documentKind === 'partial_denial') return denied;
  return denied?.derived ? null : denied;
}
