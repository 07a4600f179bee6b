import type { Field, Reviewer } from '../record-check.types';
import { type PreparedText, hasAny } from '../text/prepare-text';
import { textField } from '../text/text-utils';
import { extractPayer, extractState } from './extract-payer';
import { extractReviewer } from './extract-reviewer';

export interface PartyFields {
  payer: Field<string> | null;
  planName: Field<string> | null;
  patient: Field<string> | null;
  memberName: Field<string> | null;
  provider: Field<string> | null;
  reviewer: Field<Reviewer> | null;
  state: Field<string> | null;
}

const NAME = String.raw`((?:Dr\.?[ ]+)?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?(?:[ ][A-Z]\.?)?(?:[ ][A-Z][a-zA-Z'’-]+){1,2}(?:,?[ ](?:Jr|Sr|II|III|IV)\.?)?)`;
const NOT_A_NAME =
  /\b(?:Member|Services|Department|Plan|Health|Insurance|Provider|Claims?|Appeals?|Notice|Customer|Information|Name|Number|Date|Dear|Unit|Box)\b/;

function nameAfter(
  p: PreparedText,
  re: RegExp,
  confidence: number,
  words: readonly string[],
): Field<string> | null {
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
const PATIENT_LABEL = new RegExp(
  String.raw`(?<![A-Za-z])(?:[Pp]atient|PATIENT)(?:['’]s)?(?:[ \t]+(?:[Nn]ame|NAME))?[ \t]*(?:\*\*)?[ \t]*:[ \t*]*${NAME}`,
  'g',
);
const PATIENT_NEXT_LINE = new RegExp(
  String.raw`[Pp]atient [Ii]nformation[ \t]*(?:\*\*)?[ \t]*:?[ \t*]*\n[ \t*]*${NAME}`,
  'g',
);
const CHILD = new RegExp(
  String.raw`\byour (?:child|son|daughter|dependent|spouse|wife|husband),?[ \t]+${NAME}`,
  'g',
);
const MEMBER_LABEL = new RegExp(
  String.raw`(?<![A-Za-z])(?:[Mm]ember|[Ee]nrollee|[Bb]eneficiary|[Ss]ubscriber|[Ii]nsured|MEMBER|ENROLLEE)(?:['’]s)?(?:[ \t]+[Nn]ame)?[ \t]*(?:\*\*)?[ \t]*:[ \t*]*${NAME}`,
  'g',
);
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

export function extractParties(p: PreparedText): PartyFields {
  const { payer, planName } = extractPayer(p);
  const memberName = nameAfter(p, MEMBER_LABEL, 0.75, [
    'member',
    'enrollee',
    'beneficiary',
    'subscriber',
    'insured',
  ]);
  const patient =
    nameAfter(p, PATIENT_LABEL, 0.9, ['patient']) ??
    nameAfter(p, PATIENT_NEXT_LINE, 0.8, ['patient']) ??
    nameAfter(p, CHILD, 0.8, [
      'child',
      'son',
      'daughter',
      'dependent',
      'spouse',
      'wife',
      'husband',
    ]) ??
    memberName ??
    nameAfter(p, NAME_LABEL, 0.7, ['name']) ??
    nameAfter(p, DEAR, 0.6, ['dear']);
  return {
    payer,
    planName,
    patient,
    memberName,
    provider: extractProvider(p),
    reviewer: extractReviewer(p),
    state: extractState(p),
  };
}
