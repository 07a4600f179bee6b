import type { Field, PlanHint, PlanTypeHint, Reviewer, Span } from '../record-check.types';
import { type PreparedText, hasAny, lineBounds } from '../text/prepare-text';
import { collapse, textField, tightenSpan } from '../text/text-utils';

const ORG_WORD =
  /\b(?:health|healthcare|plans?|insurance|assurance|benefits?|administrators?|mutual|care|medical|life|blue|cross|shield|services?|solutions|groups?|company|corp(?:oration)?|inc|llc|l\.l\.c|hmo|ppo|advantage|medicaid|medicare|networks?|trust|fund|alliance|cigna|aetna|humana|anthem|unitedhealthcare|kaiser|molina|centene|wellcare|ambetter|oscar)\b/i;
const TITLE_LINE =
  /\b(?:notice|explanation of benefits|not a bill|important|omb|approval|control no|expiration|revised|model|template|denial|adverse|determination|statement|page \d|dear|re:)\b/i;
const ADDRESS_LINE =
  /\b(?:P\.?\s?O\.?\s+Box|Suite|Street|St\.|Ave\.?|Avenue|Road|Rd\.|Drive|Blvd|Way|Lane|Park Dr)\b|\b[A-Z]{2},?\s+\d{5}(?:-\d{4})?\b|\b\d{3}[-.)\s]\s?\d{3}[-.]\d{4}\b|www\.|https?:|@/i;
const FORM_LABEL_LINE = /^(?:name of|address|telephone|website|e-?mail|fax|phone)\b|:\s*$/i;
const PLAN_TYPE_PAREN = /\s*\((?:[^()]*\b(?:Medicaid|Medicare|Managed Care|CHIP)\b[^()]*)\)\s*$/i;

function cleanLine(p: PreparedText, ls: number, le: number): Span {
  return tightenSpan(p.original, ls, le);
}

export interface PartyFields {
  payer: Field<string> | null;
  planName: Field<string> | null;
  patient: Field<string> | null;
  memberName: Field<string> | null;
  provider: Field<string> | null;
  reviewer: Field<Reviewer> | null;
  state: Field<string> | null;
}

const PAYER_LABEL = /^[ \t*]*(?:payer|insurer|insurance company|health plan|plan name|carrier|issuer|claims administrator)[ \t*]*:[ \t*]*([^\n]{3,80})$/im;
const SPONSORED_PLAN = /\b(?:claims )?administrator for (?:the )?|\bon behalf of (?:the )?/gi;

/** The payer is the letterhead: the first organisation-looking line among the first few lines. */
function extractPayer(p: PreparedText): { payer: Field<string> | null; planName: Field<string> | null } {
  let planName: Field<string> | null = null;
  SPONSORED_PLAN.lastIndex = 0;
  const sponsor = SPONSORED_PLAN.exec(p.masked.slice(0, 1500));
  if (sponsor) {
    const s = sponsor.index + sponsor[0].length;
    const nl = p.masked.indexOf('\n', s);
    const lineEnd = nl === -1 ? Math.min(p.analyzedLength, s + 120) : nl;
    const bar = p.masked.slice(s, lineEnd).search(/\s\|\s|\s{2,}/);
    planName = textField(p.original, s, bar === -1 ? lineEnd : s + bar, 0.8);
  }
  const labelled = PAYER_LABEL.exec(p.masked.slice(0, 3000));
  if (labelled && /[A-Za-z]{3}/.test(labelled[1] as string)) {
    const start = labelled.index + labelled[0].length - (labelled[1] as string).length;
    const f = textField(p.original, start, start + (labelled[1] as string).length, 0.85);
    if (f) return { payer: f, planName };
  }
  let nonBlank = 0;
  for (let i = 0; i < p.lineStarts.length && nonBlank < 8; i++) {
    const [ls, le] = lineBounds(p, i);
    if (le - ls > 200) continue;
    const raw = p.masked.slice(ls, le);
    const line = raw.replace(/\*\*/g, '').trim();
    if (line === '') continue;
    nonBlank++;
    if (/^(?:Dear|Re:|To:)\b/i.test(line)) break;
    if (TITLE_LINE.test(line) || ADDRESS_LINE.test(line) || FORM_LABEL_LINE.test(line)) continue;
    if (/^(?:on behalf of|claims administrator for|administrator for|a (?:medicare|medicaid))/i.test(line)) continue;
    // The payer's name ends where a "| Administrator for …" or plan-type note begins.
    let end = le;
    const cut = raw.search(/\s\|\s|\s{2,}\S|,\s+(?:your|the|a|an|on behalf)\s/i);
    if (cut > 0) end = ls + cut;
    const segment = p.masked.slice(ls, end);
    const words = segment.replace(/\*\*/g, '').trim();
    if (words.split(/\s+/).length > 10 || /[.!?]$/.test(words.replace(/\b(?:Inc|Co|Corp|Ltd|L\.L\.C)\.$/i, ''))) continue;
    const paren = PLAN_TYPE_PAREN.exec(segment);
    if (paren) end = ls + paren.index;
    if (!ORG_WORD.test(p.masked.slice(ls, end))) continue;
    const span = cleanLine(p, ls, end);
    return { payer: { value: collapse(p.original.slice(span[0], span[1])), span, confidence: 0.75 }, planName };
  }
  return { payer: null, planName };
}

const NAME = String.raw`((?:Dr\.?[ ]+)?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?(?:[ ][A-Z]\.?)?(?:[ ][A-Z][a-zA-Z'’-]+){1,2}(?:,?[ ](?:Jr|Sr|II|III|IV)\.?)?)`;
const NOT_A_NAME = /\b(?:Member|Services|Department|Plan|Health|Insurance|Provider|Claims?|Appeals?|Notice|Customer|Information|Name|Number|Date|Dear|Unit|Box)\b/;

function nameAfter(p: PreparedText, re: RegExp, confidence: number, words: readonly string[]): Field<string> | null {
  if (!hasAny(p, words)) return null;
  re.lastIndex = 0;
  for (let m = re.exec(p.masked); m; m = re.exec(p.masked)) {
    const v = m[1] as string;
    if (NOT_A_NAME.test(v)) continue;
    const start = m.index + m[0].length - v.length;
    return { value: v.replace(/\s+/g, ' '), span: [start, start + v.length], confidence };
  }
  return null;
}

// Labels spelled with explicit case classes: the NAME pattern must stay case-sensitive.
const PATIENT_LABEL = new RegExp(String.raw`(?<![A-Za-z])(?:[Pp]atient|PATIENT)(?:['’]s)?(?:[ \t]+(?:[Nn]ame|NAME))?[ \t]*(?:\*\*)?[ \t]*:[ \t*]*${NAME}`, 'g');
const PATIENT_NEXT_LINE = new RegExp(String.raw`[Pp]atient [Ii]nformation[ \t]*(?:\*\*)?[ \t]*:?[ \t*]*\n[ \t*]*${NAME}`, 'g');
const CHILD = new RegExp(String.raw`\byour (?:child|son|daughter|dependent|spouse|wife|husband),?[ \t]+${NAME}`, 'g');
const MEMBER_LABEL = new RegExp(String.raw`(?<![A-Za-z])(?:[Mm]ember|[Ee]nrollee|[Bb]eneficiary|[Ss]ubscriber|[Ii]nsured|MEMBER|ENROLLEE)(?:['’]s)?(?:[ \t]+[Nn]ame)?[ \t]*(?:\*\*)?[ \t]*:[ \t*]*${NAME}`, 'g');
const NAME_LABEL = new RegExp(String.raw`^[ \t*]*(?:[Nn]ame|NAME)[ \t]*:[ \t*]*${NAME}`, 'gm');
const DEAR = new RegExp(String.raw`^[ \t]*Dear[ \t]+(?:Mr\.|Ms\.|Mrs\.|Mx\.)?[ \t]*${NAME}`, 'gm');

// Starts at the keyword (fast to scan); the look-behind then checks it opens a field: line start, after
// a column gap ("Claim: …  Provider: …") or after markdown, with an optional role word.
const PROVIDER_LABEL =
  /(?:provider|physician|doctor|facility)(?<=(?:^|\n|[ \t]{2}|\*\*|\|)[ \t*]{0,4}(?:(?:requesting|rendering|treating|servicing|billing|attending|referring)[ \t]+)?(?:provider|physician|doctor|facility))(?:[ \t]+name)?[ \t]*(?:\*\*)?[ \t]*:[ \t*]*([^\n]{2,120})/gi;

function extractProvider(p: PreparedText): Field<string> | null {
  if (!hasAny(p, ['provider', 'physician', 'doctor', 'facility'])) return null;
  PROVIDER_LABEL.lastIndex = 0;
  for (let m = PROVIDER_LABEL.exec(p.masked); m; m = PROVIDER_LABEL.exec(p.masked)) {
    let v = m[1] as string;
    const start = m.index + m[0].length - v.length;
    // Same-line neighbours ("Provider: Bayou Family Clinic   Service date: …") end the value.
    const cut = v.search(/\s{2,}|\s\|\s/);
    if (cut >= 0) v = v.slice(0, cut);
    v = v.replace(/\s*\((?:[^()]*)\)\s*$/, '');
    if (!/[A-Za-z]{2}/.test(v)) continue;
    return textField(p.original, start, start + v.length, 0.85);
  }
  return null;
}

const REVIEWER_NAMED = /\b(?:made|reviewed|decided|signed|determined|issued)[ \t\n]+by[ \t\n]+((?:Dr\.?[ \t]+)?[A-Z][a-z]+(?:[ \t]+[A-Z]\.)?[ \t]+[A-Z][A-Za-z'’-]+)(?:,?[ \t]*((?:M\.?D\.?|D\.?O\.?|R\.?N\.?|Ph\.?D\.?|PharmD|NP|PA-C)(?![A-Za-z])))?(?:,[ \t\n]*(?:a|an|our)[ \t\n]+([^.;\n]{3,100}(?:\n[^.;\n]{0,80})?))?/;
const REVIEWER_ROLE = /\b((?:physician|medical|clinical|peer|nurse|pharmacist|doctor)[ \t]+reviewer|medical director|peer reviewer)\b(?:,[ \t\n]*(?:a|an|who is a|who is an)[ \t\n]+([^,.;\n]{3,80}))?/i;
const REVIEWER_UNNAMED = /\b(?:reviewed|made|decided|determined)[ \t\n]+by[ \t\n]+(?:a|an|our)[ \t\n]+((?:board[- ]certified[ \t]+|licensed[ \t]+)?(?:[a-z-]+[ \t]+){0,3}(?:[a-z]+(?:ist|ian|eon|or)|physician|doctor|nurse|pharmacist|clinician|psychologist)s?)\b(?![ \t]+reviewer)/i;
const REVIEWER_LABEL = /^[ \t*]*(?:reviewer|reviewed by|medical reviewer|physician reviewer)[ \t]*:[ \t*]*([^\n]{3,100})$/im;

function extractReviewer(p: PreparedText): Field<Reviewer> | null {
  if (!hasAny(p, ['reviewer', 'reviewed', 'director', 'made', 'decided', 'signed', 'determined', 'issued'])) return null;
  const labelled = REVIEWER_LABEL.exec(p.masked);
  if (labelled) {
    const v = labelled[1] as string;
    const start = labelled.index + labelled[0].length - v.length;
    const [name, ...cred] = v.split(/,\s*/);
    return { value: { name: collapse(name ?? '') || null, credentials: cred.length ? collapse(cred.join(', ')) : null }, span: [start, start + v.length], confidence: 0.85 };
  }
  const named = REVIEWER_NAMED.exec(p.masked);
  if (named) {
    const name = named[1] as string;
    const creds = [named[2], named[3]].filter((x): x is string => !!x).map(collapse).join(', ');
    const start = named.index + named[0].indexOf(name);
    const end = named.index + named[0].length;
    return { value: { name: collapse(name), credentials: creds || null }, span: tightenSpan(p.original, start, end), confidence: 0.8 };
  }
  const role = REVIEWER_ROLE.exec(p.masked);
  const unnamed = role?.[2] ? null : REVIEWER_UNNAMED.exec(p.masked);
  if (unnamed) {
    const span = tightenSpan(p.original, unnamed.index, unnamed.index + unnamed[0].length);
    return { value: { name: null, credentials: collapse(unnamed[1] as string) }, span, confidence: 0.7 };
  }
  if (role) {
    const roleText = role[1] as string;
    const appositive = role[2] ? collapse(role[2]) : null;
    const span = tightenSpan(p.original, role.index, role.index + role[0].length);
    return { value: { name: null, credentials: appositive ?? (/medical director/i.test(roleText) ? collapse(roleText) : null) }, span, confidence: 0.7 };
  }
  return null;
}

const US_STATES = new Set(
  'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR'.split(' '),
);
const CITY_STATE_ZIP = /,[ \t]*([A-Z]{2})[ \t]+\d{5}(?:-\d{4})?\b/g;

/** The state of the letterhead address (first one in the letter). A hint only. */
function extractState(p: PreparedText): Field<string> | null {
  CITY_STATE_ZIP.lastIndex = 0;
  const head = p.masked.slice(0, Math.min(p.analyzedLength, 1500));
  for (let m = CITY_STATE_ZIP.exec(head); m; m = CITY_STATE_ZIP.exec(head)) {
    const st = m[1] as string;
    if (!US_STATES.has(st)) continue;
    const start = m.index + m[0].indexOf(st);
    return { value: st, span: [start, start + 2], confidence: 0.5 };
  }
  return null;
}

export function extractParties(p: PreparedText): PartyFields {
  const { payer, planName } = extractPayer(p);
  const memberName = nameAfter(p, MEMBER_LABEL, 0.75, ['member', 'enrollee', 'beneficiary', 'subscriber', 'insured']);
  const patient =
    nameAfter(p, PATIENT_LABEL, 0.9, ['patient']) ??
    nameAfter(p, PATIENT_NEXT_LINE, 0.8, ['patient']) ??
    nameAfter(p, CHILD, 0.8, ['child', 'son', 'daughter', 'dependent', 'spouse', 'wife', 'husband']) ??
    memberName ??
    nameAfter(p, NAME_LABEL, 0.7, ['name']) ??
    nameAfter(p, DEAR, 0.6, ['dear']);
  return { payer, planName, patient, memberName, provider: extractProvider(p), reviewer: extractReviewer(p), state: extractState(p) };
}

const HINTS: ReadonlyArray<{ hint: PlanTypeHint; re: RegExp; words: readonly string[] }> = [
  { hint: 'employer_sponsored', words: ['employee', 'employees', 'employer', 'group'], re: /\bEmployee(?:s['’])? (?:Health|Medical|Benefits?|Welfare|Dental) Plan\b|\bemployer(?:['’]s)?(?: group)? (?:health )?plan\b|\bgroup health plan\b|\byour employer\b/i },
  { hint: 'self_funded_erisa', words: ['self', 'administrator', 'behalf'], re: /\bself[- ](?:funded|insured)\b|\b(?:claims )?administrator for (?:the )?[^\n]{0,80}\bEmployee(?:s['’])? [A-Za-z ]{0,20}Plan\b|\bon behalf of (?:the )?[^\n]{0,80}\bEmployee(?:s['’])? [A-Za-z ]{0,20}Plan\b/i },
  { hint: 'fully_insured', words: ['insured', 'underwritten', 'insurance'], re: /\b(?:insured|underwritten) by\b|\bfully insured\b|\binsurance company\b/i },
  { hint: 'individual', words: ['individual', 'marketplace', 'healthcare'], re: /\bindividual (?:policy|plan|health insurance|coverage|market)\b|\b(?:Health Insurance )?Marketplace\b|\bHealthCare\.gov\b/i },
  { hint: 'medicare_advantage', words: ['advantage', 'entity', 'denial'], re: /\bMedicare Advantage\b|\bIndependent Review Entity\b|\bNotice of Denial of (?:Medical Coverage|Payment)\b/i },
  { hint: 'medicare', words: ['medicare'], re: /\bMedicare\b/ },
  { hint: 'medicaid', words: ['medicaid', 'mmc', 'mltc', 'chip'], re: /\bMedicaid\b|\bMMC\b|\bMLTC\b|\bCHIP\b/ },
];

export function extractPlanHints(p: PreparedText): PlanHint[] {
  const out: PlanHint[] = [];
  for (const { hint, re, words } of HINTS) {
    if (!hasAny(p, words)) continue;
    const m = re.exec(p.masked);
    if (m) out.push({ hint, cue: collapse(m[0]), span: [m.index, m.index + m[0].length] });
  }
  return out;
}
