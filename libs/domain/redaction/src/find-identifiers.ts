import { DATE, dateVariants } from './date-forms';
import type { Detection, IdentifierKind, KnownIdentifiers } from './identifier-kinds';
import { overlaps, protectedSpans } from './protected-spans';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Case-insensitive letters inside an otherwise case-sensitive pattern (names must be capitalised). */
const ci = (words: string) =>
  words.replace(/[a-z]/gi, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`);

/** People whose identifiers are PHI: the patient and their family (never payer staff). */
const PERSON_CUE = ci(
  '(?:patient|member|subscriber|insured|enrollee|beneficiary|dependent|policyholder|spouse|wife|husband|son|daughter|mother|father|parent|guardian|child)',
);
const NAME_WORD = String.raw`[A-Z](?:'[A-Z])?[a-z]+(?:[A-Z][a-z]+)?(?:-[A-Z][a-z]+)?`;
const NAME = String.raw`${NAME_WORD}(?: [A-Z]\.)?(?: ${NAME_WORD}){0,2}`;
/** Capitalised words that follow a person cue without being a name. */
const NOT_NAMES = new Set(
  'Services Service ID Portal Handbook Number Identification Card Plan Benefits Portal Advocate Relations Is Has Was The A An And But Or Yes No Okay Thank Thanks Please'.split(
    ' ',
  ),
);

interface Rule {
  kind: IdentifierKind;
  re: RegExp;
  /** Capture group holding the identifier (0 = whole match). */
  group: number;
  /** Keep the match when this returns true (e.g. the payer's own appeals fax). */
  keep?: (text: string, start: number) => boolean;
}

const sentenceBefore = (text: string, start: number): string => {
  const head = text.slice(Math.max(0, start - 160), start);
  const cut = Math.max(head.lastIndexOf('. '), head.lastIndexOf('? '), head.lastIndexOf('\n'));
  return cut >= 0 ? head.slice(cut + 1) : head;
};
const PAYER_CONTACT =
  /\b(?:fax|appeals?|grievances?|attention|attn|provider services|customer service|TTY|toll[- ]free|our (?:main )?(?:line|number|office|address)|send (?:it|the appeal|appeals|that|them|the request)|mail (?:it|the appeal|appeals|that|them)|mailing address for)\b/i;
const PERSONAL = new RegExp(
  String.raw`\b(?:${PERSON_CUE}'?s?|his|her|their|home|cell|mobile|lives|resides)\b`,
  'i',
);
/** The payer's own contact details are business data the appeal needs, not the patient's PHI. */
const payerContact = (text: string, start: number): boolean => {
  const s = sentenceBefore(text, start);
  return PAYER_CONTACT.test(s) && !PERSONAL.test(s);
};

const STREET = String.raw`(?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr|Boulevard|Blvd|Court|Ct|Way|Place|Pl|Terrace|Ter|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Trail|Trl)\.?`;
const CITY_STATE_ZIP = String.raw`(?:,? (?:(?:Apt|Apartment|Unit|Suite|Ste|#)\.? ?[A-Z0-9-]+))?(?:,? [A-Z][a-z]+(?: [A-Z][a-z]+)*,? [A-Z]{2}(?: \d{5}(?:-\d{4})?)?)?`;

const RULES: Rule[] = [
  // SSN: 123-45-6789 / 123 45 6789 anywhere; 9 digits or the last four after a "social" cue.
  { kind: 'ssn', re: /\b\d{3}[- ]\d{2}[- ]\d{4}\b/g, group: 0 },
  {
    kind: 'ssn',
    re: /\b(?:social(?: security)?(?: number)?|SSN)\b[^.?!\n\d]{0,40}?(\d{9}|\d{4})\b/gi,
    group: 1,
  },
  // Phones: (312) 555-0199, 312-555-0199, 312.555.0199, +1 312 555 0199
  {
    kind: 'phone',
    re: /(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\b\d{3}[\s.-])\d{3}[\s.-]\d{4}\b/g,
    group: 0,
    keep: payerContact,
  },
  // Dates of birth: a date right after a birth cue, or right before "… is the/her date of birth".
  {
    kind: 'dob',
    re: new RegExp(
      String.raw`\b(?:date of birth|birth ?date|birthday|DOB|D\.O\.B\.?|born(?: on)?)\b[^.?!\n\d]{0,30}?(${DATE})`,
      'gi',
    ),
    group: 1,
  },
  {
    kind: 'dob',
    re: new RegExp(
      String.raw`(${DATE})[^.?!\n\d]{0,25}?\b(?:date of birth|birth ?date|birthday|DOB)\b`,
      'gi',
    ),
    group: 1,
  },
  // Member ids after a member/subscriber/policy cue: groups of capitals and digits, 6+ characters.
  {
    kind: 'member_id',
    re: new RegExp(
      String.raw`\b${ci('(?:member|subscriber|insured|enrollee|beneficiary|medicare|medicaid|mbi|policy|identification|id card)')}(?:'s)?(?: ${ci('(?:id|identification|number|no\\.?|#)')})+(?: on (?:the|her|his|their) card)?(?: is| was|:| of)?\s*((?=(?:[A-Z0-9][ -]?){6,})(?=[A-Z0-9 -]*\d[A-Z0-9 -]*\d[A-Z0-9 -]*\d)[A-Z0-9]+(?:[ -](?:[A-Z0-9]+))*)`,
      'g',
    ),
    group: 1,
  },
  // Names after a person cue: "the patient, Dana Whitcombe", "member name is Whitcombe, Dana".
  {
    kind: 'name',
    re: new RegExp(
      String.raw`\b(?:${PERSON_CUE}(?:'s)?(?: (?:full |first |last |legal )?name)?(?: is| was|:|,)?|${ci('(?:full |first |last )name')}(?: is|:)?|${ci('name on the (?:claim|card|account)')}(?: is|:)?|Mr\.?|Mrs\.?|Ms\.?|Miss|Mx\.?)\s+(${NAME_WORD}, ${NAME_WORD}|${NAME})`,
      'g',
    ),
    group: 1,
  },
  // Spelled-out names: "spelled W-H-I-T-C-O-M-B-E"
  { kind: 'name', re: /\bspelled\s+((?:[A-Z][\s.-]{1,3}){2,}[A-Z])\b/g, group: 1 },
  // Street addresses, P.O. boxes and ZIP codes given as such.
  {
    kind: 'address',
    re: new RegExp(
      String.raw`\b\d{1,6}(?: [NSEW]\.?)? (?:[A-Z][a-z]+ ){1,4}${STREET}${CITY_STATE_ZIP}`,
      'g',
    ),
    group: 0,
    keep: payerContact,
  },
  {
    kind: 'address',
    re: new RegExp(String.raw`\bP\.? ?O\.? Box \d+${CITY_STATE_ZIP}`, 'gi'),
    group: 0,
    keep: payerContact,
  },
  {
    kind: 'address',
    re: /\b(?:zip(?: code)?|postal code)(?: is|:)?\s+(\d{5}(?:-\d{4})?)\b/gi,
    group: 1,
  },
];

function knownRules(known: KnownIdentifiers): Array<{ kind: IdentifierKind; re: RegExp }> {
  const out: Array<{ kind: IdentifierKind; re: RegExp }> = [];
  const nameParts = new Set<string>();
  for (const n of known.names ?? []) {
    if (!n?.trim()) continue;
    nameParts.add(n.trim());
    for (const part of n.trim().split(/\s+/))
      if (part.replace(/\W/g, '').length >= 2) nameParts.add(part);
  }
  // Longest first so "Dana Whitcombe" wins over "Dana".
  for (const p of [...nameParts].sort((a, b) => b.length - a.length))
    out.push({ kind: 'name', re: new RegExp(`\\b${escape(p).replace(/\s+/g, '\\s+')}\\b`, 'gi') });
  for (const id of known.memberIds ?? []) {
    const chars = (id ?? '').replace(/[\s-]/g, '');
    if (chars.length < 4) continue;
    out.push({
      kind: 'member_id',
      re: new RegExp(`\\b${[...chars].map(escape).join('[\\s-]?')}\\b`, 'gi'),
    });
  }
  const dob = known.dateOfBirth ? dateVariants(known.dateOfBirth) : null;
  if (dob) out.push({ kind: 'dob', re: new RegExp(dob, 'gi') });
  for (const ph of known.phones ?? []) {
    const digits = (ph ?? '').replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '');
    if (digits.length !== 10) continue;
    const [a, b, c] = [digits.slice(0, 3), digits.slice(3, 6), digits.slice(6)];
    out.push({
      kind: 'phone',
      re: new RegExp(`(?:\\+?1[\\s.-]?)?\\(?${a}\\)?[\\s.-]?${b}[\\s.-]?${c}\\b`, 'g'),
    });
  }
  for (const addr of known.addresses ?? [])
    if (addr?.trim())
      out.push({
        kind: 'address',
        re: new RegExp(escape(addr.trim()).replace(/\s+/g, '\\s+'), 'gi'),
      });
  return out;
}

/**
 * Every identifier in `text`, as non-overlapping spans sorted by position. Known values from the case
 * are always found; shape-based finds yield to reference numbers and codes (never over-redacted).
 */
export function findIdentifiers(text: string, known: KnownIdentifiers = {}): Detection[] {
  const found: Detection[] = [];
  for (const { kind, re } of knownRules(known))
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      found.push({ kind, start: m.index, end: m.index + m[0].length, source: 'known' });
    }
  const guarded = protectedSpans(text);
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      const value = m[rule.group];
      if (!value) continue;
      const start = m.index + m[0].lastIndexOf(value);
      const d: Detection = { kind: rule.kind, start, end: start + value.length, source: 'pattern' };
      if (rule.kind === 'name' && value.split(/[\s,]+/).every((w) => NOT_NAMES.has(w))) continue;
      if (rule.kind === 'name') trimNonNames(text, d);
      if (d.end <= d.start) continue;
      if (rule.keep?.(text, start)) continue;
      if (guarded.some((g) => overlaps(g, d))) continue;
      found.push(d);
    }
  }
  return merge(found);
}

/** "Dana Whitcombe Thanks" → "Dana Whitcombe": drop trailing cue-list words. */
function trimNonNames(text: string, d: Detection): void {
  const words = text.slice(d.start, d.end).split(' ');
  while (words.length > 1 && NOT_NAMES.has(words[words.length - 1]!.replace(/\W/g, '')))
    words.pop();
  d.end = d.start + words.join(' ').length;
}

/** Overlapping detections become one span (the earliest start, the latest end, known over pattern). */
function merge(ds: Detection[]): Detection[] {
  const sorted = [...ds].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Detection[] = [];
  for (const d of sorted) {
    const last = out[out.length - 1];
    if (last && d.start < last.end) {
      last.end = Math.max(last.end, d.end);
      if (d.source === 'known' && last.source !== 'known') {
        last.kind = d.kind;
        last.source = 'known';
      }
    } else out.push({ ...d });
  }
  return out;
}
