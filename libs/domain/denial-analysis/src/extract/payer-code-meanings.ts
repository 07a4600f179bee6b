// A payer's own codes and what they mean, in the two shapes letters print them: a labelled
// statement in prose ("Reason code C22 means: ...") and a legend entry opening a line ("VF7  More
// frequent than ..."). The reason extractor reads refusing legend entries as the stated reason; the
// denial-code disclosure reads either shape as the code's meaning. One owner for both readers.
import type { Field } from '../record-check.types';
import { paragraphEnd } from '../text/paragraphs';
import type { PreparedText } from '../text/prepare-text';
import { textField, wordCount } from '../text/text-utils';

// A payer's own code with its meaning: "Reason code C22 means: \"Other coverage is primary", "Remark
// DI22: information requested … was not received", "NOTE TF3 - WEEKLY VISIT FREQUENCY REACHED",
// "WHAT CODE S44 MEANS", "What reason code 16-M77 means", "Reason code SN-2 (shown on your
// provider's notice) means:".
// "Decision code UM-47 on this letter means", "Explanation code X41 on every line: …", "Reason code on this decision: CP-03, which means",
// "WHAT OUTCOME CODE NC-31 MEANS", "Claim message PX-412: Not a benefit of your plan.", "D18 means:
// "This charge …"", "OC-2 means another carrier pays
// ahead of us" (two letters or more: an ICD or HCPCS code is no payer code).
const ON_THIS = String.raw`(?:[ \t]+on[ \t]+(?:(?:this|the|your)[ \t]+(?:decision|letter|notice|claim|statement|Explanation[ \t]+of[ \t]+Benefits|EOB|remittance)|(?:lines?|rows?)[ \t]+\d{1,2}(?:[ \t]*[-,&][ \t]*\d{1,2})*|(?:every|each|all)[ \t]+(?:lines?|rows?|services?)))`;
export const PAYER_CODE_STATEMENT = new RegExp(
  String.raw`\b(?:[Rr]eason|REASON|[Rr]emark|REMARK|[Dd]enial|DENIAL|[Dd]ecision|DECISION|[Aa]djustment|ADJUSTMENT|[Ee]xplanation|EXPLANATION|[Nn]ote|NOTE|[Rr]sn|RSN|[Ss]tatus|STATUS|[Mm]essage|MESSAGE|[Oo]utcome|OUTCOME)(?:[ \t]+(?:[Cc]ode|CODE))?${ON_THIS}?[ \t]*:?[ \t]+(?=[A-Za-z-]*\d|[A-Z]{1,3}-[A-Z]{1,4}\b)[A-Z0-9][A-Za-z0-9]{0,5}(?:-[A-Za-z0-9]{1,5})*(?![\w-])(?:[ \t]*\([^()\n]{1,60}\))?${ON_THIS}?(?:[ \t]*(?:,?[ \t]*(?:which|that)[ \t]+means?[ \t]*:?|means?[ \t]*:?|[-:=|\u2013][ \t]*(?:what it means(?: for you)?[ \t]*:?)?)|[ \t]{2,}(?=[A-Z][a-z]))[ \t]*\n?[ \t]*["\u201c]?[A-Za-z][A-Za-z]+[\w ,'\u2019-]{8,}` +
    String.raw`|\b(?:WHAT|What)[ \t]+(?:THE[ \t]+|the[ \t]+|THESE[ \t]+|these[ \t]+)?(?:(?:REASON|REMARK|DENIAL|NOTE|OUTCOME|DECISION|STATUS|[Rr]eason|[Rr]emark|[Dd]enial|[Nn]ote|[Oo]utcome|[Dd]ecision|[Ss]tatus)[ \t]+)?(?:CODES?|[Cc]odes?|NOTES|[Nn]otes)(?:[ \t]+[A-Z0-9][A-Z0-9-]*)?[ \t]+(?:MEANS?|means?)\b` +
    String.raw`|\b[A-Z]{1,3}-?\d{1,4}(?:-[A-Z0-9]{1,5})?[ \t]+means[ \t]*:[ \t]*["\u201c]?[A-Za-z][A-Za-z]+[\w ,'\u2019-]{8,}` +
    String.raw`|\b[A-Z]{2,3}-?\d{1,4}(?:-[A-Z0-9]{1,5})?[ \t]+means[ \t]+[a-z][a-z]+[\w ,'\u2019-]{8,}` +
    // A code line over its description line: "Outcome Code     AD14" / "Outcome Desc     Request …".
    String.raw`|\b(?:[Cc]ode|CODE)[ \t]*:?[ \t]+[A-Z0-9][A-Za-z0-9-]{1,8}[ \t]*\n[ \t]*(?:[A-Z][a-z]+[ \t]+)?(?:[Dd]esc(?:ription)?|DESC(?:RIPTION)?|[Mm]eaning|MEANING)\.?[ \t]*:?[ \t]+[A-Za-z][A-Za-z]+[\w ,'\u2019-]{8,}` +
    String.raw`|\b(?:EXPLANATION|REMARK|REASON|DENIAL|ADJUSTMENT|[Ee]xplanation|[Rr]emark|[Rr]eason|[Dd]enial)[ \t]+(?:CODES?|[Cc]odes?)[ \t]+(?:LEGEND|USED|EXPLAINED|KEY|[Ll]egend|used on this|explained)\b`,
);

/** Words one of which a letter must hold before the statement pattern is tried. */
export const PAYER_CODE_WORDS: readonly string[] = [
  'code',
  'reason',
  'remark',
  'note',
  'rsn',
  'means',
  'message',
];

// A legend entry: a payer's own remark code opening a line ("BN  Not paid. …", "VF7  More
// frequent than …", "X41 - WHY: …", "Rsn 18 = …"). One shape wherever an entry is read (its
// start, the start of the next one, a reason that opens with one).
// Boxed legends put the code in its own cell ("| D4   | Not paid. …"). Five-character codes carry
// three digits ("DX417  Units billed exceed …"), so a capitalised word is never taken for one; a
// hyphenated code ("EI-220   The plan does not cover …") carries digits after its hyphen.
const LEGEND_CODE = String.raw`(?:(?:Rsn|Rmk|Reason|Remark|Code|RSN|RMK|REASON|REMARK|CODE)[ \t]+)?([A-Z]{1,3}-\d{1,4}|[A-Z][A-Z0-9]{1,3}|[A-Z]{1,2}\d{3}|\d{2,3})`;
// An equals sign is a legend's own separator, so a meaning may open in lower case after it ("MN04 =
// the service requested is not ...").
const LEGEND_SEPARATOR = String.raw`(?:(?:[ \t]*[-:.=|][ \t]*(?:WHY:[ \t]*)?|[ \t]{2,})(?=[A-Z][a-z])|[ \t]*=[ \t]*(?=[a-z]{2}))`;
// A portal's legend opens each entry with its expand marker ("[-] X42  Provider not in …").
const LEGEND_OPENING = String.raw`[ \t]*(?:\|[ \t]*|\[[-+]\][ \t]*)?`;
const LEGEND_ENTRY = new RegExp(
  String.raw`^${LEGEND_OPENING}${LEGEND_CODE}${LEGEND_SEPARATOR}`,
  'gm',
);
const NEXT_LEGEND_ENTRY = new RegExp(
  String.raw`\n${LEGEND_OPENING}${LEGEND_CODE}${LEGEND_SEPARATOR}`,
);
const REFUSAL =
  /\bduplicate\b|\bnot (?:paid|payable|covered|allowed|eligible|medically necessary|approved)\b|\bdenied\b|\bincluded in (?:the )?(?:payment|allowance)\b|\bmore frequent\b|\bexceeds?\b|\bnot a (?:covered|participating)\b|\bnot (?:a )?partici ?pating\b|\bno (?:approved )?(?:referral|authorization)\b|\bdid not (?:cover|pay)\b|\boutside (?:of )?(?:your|our|the)\b[^.\n]{0,30}\bnetwork\b|\bover the\b[^.\n]{0,20}\b(?:limit|maximum)\b|\bused all\b|\balready (?:covered|paid)\b|\bno coverage\b|\bnot enrolled\b|\b(?:could|did) not find\b[^.\n]{0,60}\bcovered\b/i;

/**
 * The legend of a payer's own remark codes: the first entry whose code also marks an earlier line
 * (the service row) and whose text refuses payment. Copay and deductible remarks are not reasons,
 * but any entry of a code used on the claim gives that code's meaning (`refusalOnly` false).
 */
export function remarkLegendReason(p: PreparedText, refusalOnly = true): Field<string> | null {
  LEGEND_ENTRY.lastIndex = 0;
  for (let m = LEGEND_ENTRY.exec(p.masked); m; m = LEGEND_ENTRY.exec(p.masked)) {
    const code = m[1] as string;
    const used = new RegExp(String.raw`[ \t]${code}(?![\w-])`).test(p.masked.slice(0, m.index));
    if (!used) continue;
    const start = m.index + m[0].length;
    let end = paragraphEnd(p, start, 900, false);
    // Entries often follow one another without a blank line: the next entry ends this one.
    const next = NEXT_LEGEND_ENTRY.exec(p.masked.slice(start, end));
    if (next) end = start + next.index;
    if (refusalOnly && !REFUSAL.test(p.masked.slice(start, end))) continue;
    const field = textField(p.original, start, end, 0.7, true);
    if (field && wordCount(field.value) >= 4) return field;
  }
  return null;
}

// A reason that opens with a legend entry ("PD1  Paid according to …") may be a payment remark:
// the legend entry of the code that marks a refused line is the reason then.
// Reason values are whitespace-collapsed: one space may separate the code from its meaning.
export const OPENS_WITH_ENTRY = new RegExp(
  String.raw`^${LEGEND_CODE}(?:\s*[-:.=]\s*|\s+)(?=[A-Z][a-z])`,
);
