import type { CodeDetail, CueHit, DocumentKind, DocumentKindVerdict } from '../record-check.types';
import type { PreparedText } from '../text/prepare-text';
import type { Cue } from './cue.types';
import { scoreCues } from './score-cues';

/**
 * Is this text an adverse determination at all (issue 9)? A payment confirmation, an approval or a
 * request for records must not get a filing deadline and a list of disclosure defects. Read from
 * everything but boilerplate and appeal-rights text (which talks about denials in general).
 */
const KIND_CUES: readonly Cue<DocumentKind>[] = [
  {
    id: 'denied',
    target: 'denial',
    weight: 3,
    hints: ['denied', 'deny', 'denying', 'denial', 'denials'],
    // Not a possibility ("if we do not hear from you, the claim may be denied"), a denial of
    // denial ("Nothing in this request was reduced or denied") nor a count ("Number of services
    // Medicare denied   0").
    re: /\b(?:we |has |have |was |were |is |are )?(?<!\b(?:not|never) )(?<!n't )(?<!\b(?:may|might|could|would) be )(?:denied|denying|deny)\b(?<!\b(?:nothing|none)\b[^.\n]{0,40}|\bnumber of (?:services?|claims?|items?|lines?)\b[^.\n]{0,30}|\bno (?:services?|items?|lines?|part) (?:was|were|is|are|has been|have been) (?:\w+ or )?(?:denied|deny))|\bdenial (?:of|code|reason)\b|\breason for (?:the )?denial\b|\bnotice of (?:claim )?denial\b|\bclaim denial\b/i,
    why: 'says the request or claim was denied',
  },
  {
    id: 'adverse_determination',
    target: 'denial',
    weight: 4,
    hints: ['adverse'],
    re: /\badverse (?:benefit )?determination\b/i,
    why: 'an adverse (benefit) determination',
  },
  {
    // The scope of an approval ("items delivered after 09/09/2025 are not covered under this
    // approval") and a warning ("the second procedure may not be payable") are no refusal.
    id: 'not_approved',
    target: 'denial',
    weight: 3,
    hints: ['approved', 'approve', 'covered', 'payable', 'pay', 'paid', 'authorized', 'cover'],
    re: /(?<!\b(?:may|might|could) )\bnot (?:be )?(?:approved|covered|payable|authorized|medically necessary)\b(?! (?:under|by) (?:this|the|your) (?:approval|authori[sz]ation)\b)|\bwill not be paid\b|\bcannot (?:approve|pay|cover)\b|\bunable to (?:approve|pay|cover)\b|\bApprove All (?:Services|Claims|Items)\?\s*NO\b|\bwill not pay for (?:it|them|this|these|that|those)\b|\bService(?:s)? Approved\?/i,
    why: 'says the service or payment was not approved',
  },
  {
    id: 'partial',
    target: 'partial_denial',
    weight: 4,
    hints: [
      'partly',
      'partially',
      'partial',
      'part',
      'down',
      'reduced',
      'cut',
      'decreased',
      'lowered',
      'approve',
      'approving',
      'reducing',
      'cutting',
      'said',
      'other',
      'remaining',
      'reduce',
      'only',
    ],
    re: /\b(?:partly|partially) (?:approved|denied|covered|paid)\b|\b(?:did not|didn['’]t) approve (?:part|some) of\b|\bapproved (?:part|some) of (?:your|the|this) (?:request|claim)\b|\bsaid no to the (?:other|remaining|rest of the) \d+|\bthe (?:other|remaining) \d+(?:\.\d+)? (?:hours|visits|sessions|units|days)(?: (?:a|per) (?:week|month|day))?\b[^.]{0,40}\b(?:will stop|will end|are not approved|were not approved|are denied|were denied)\b|\b(?:cut|reduction|decrease) (?:by|of) \d+(?:\.\d+)? (?:hours|visits|sessions|units|days)\b|\b(?:reducing|reduces|cutting|lowering|decreasing)\b[^.\n]{0,60}\bfrom \d+(?:\.\d+)?(?: hours| visits| sessions| units)? (?:to|down to) \d+|\bpartial (?:denial|approval)\b|(?<!\bno )\bpart of (?:your|the|this) (?:request|claim|bill|charge|amount) (?:was|is) (?:not approved|denied|not covered|not allowed|not paid)\b|\bwhat we approved\b[\s\S]{3,1500}?\bwhat we did not approve\b|\b(?:did not approve|are not approving) the (?:other|remaining|rest of the) \d+|\b(?:go(?:es)? down|(?:be|is|are|was|were) (?:reduced|cut|decreased|lowered)) from \d+(?:\.\d+)? to \d+(?:\.\d+)?\b|\breduce\b[^.\n]{0,40}\bto \d+(?:\.\d+)? (?:hours|visits|sessions|units|days)\b|\bonly the \d+(?:\.\d+)? (?:hours|visits|sessions|units|days)\b[^.\n]{0,40}\b(?:are|were) not approved\b/i,
    why: 'part was approved and part denied',
  },
  {
    // Concurrent reviews list what they approve and what they do not ("Approved: days 10/02
    // through 10/06 … Not approved: days beginning 10/07"); decision columns print APPROVED on one
    // row and NOT APPROVED on another.
    id: 'approved_and_not_approved',
    target: 'partial_denial',
    weight: 4,
    hints: ['approved', 'approve'],
    re: /(?<!NOT )\bAPPROVED\b[\s\S]{3,300}?\bNOT APPROVED\b|\bNOT APPROVED\b[\s\S]{3,300}?(?<!NOT )\bAPPROVED\b|(?<!Not )\b(?:Approved|We approved):[\s\S]{3,400}?\b(?:Not approved|We did not approve):|\b(?:Not approved|We did not approve):[\s\S]{3,400}?(?<!Not )\b(?:Approved|We approved):/,
    why: 'lists what was approved and what was not',
  },
  {
    id: 'approved',
    target: 'approval',
    weight: 4,
    hints: ['approved', 'approval'],
    // Not a relative clause ("except care we approved in advance"): that names a rule, not a decision.
    re: /(?<!\b(?:care|services?|items?|treatment|that|which|what) )\bwe (?:have )?approved\b(?! (?:in advance|ahead of time|beforehand))|\bnotice of approval\b|\bapproved dates\b|\bwe (?:have )?reviewed [^.\n]{0,80}? and approved\b|(?<!\b(?:requires?|needs?|needed|without|obtain|get|no|any) )\b(?:(?:prior )?authorization|pre-?certification|precert) approval\b|\b(?:request|service|authorization|procedure|surgery|admission|stay|item|treatment)s? (?:(?:listed )?below |above )?(?:has been|is|are|was|were) approved\b|\b(?:service|request) approved:|(?<!\b(?:that|which|what|who|must|should|would) )\b(?:has|have) been approved\b(?! (?:in advance|ahead of time|beforehand|before))|\band (?:have |has )?approved (?:all|the|your|this|these|each|every)\b/i,
    why: 'says the request was approved',
  },
  {
    id: 'payment',
    target: 'payment_notice',
    weight: 4,
    hints: ['payment', 'paid'],
    re: /\bthank you for your (?:premium )?payment\b|\bpayment (?:confirmation|received)\b|\bwe received your (?:premium )?payment\b|\bprocessed and paid\b|\bpaid in full\b|\bwhat (?:your|the) plan paid\b|(?<!\b(?:first|other|earlier|original|previous|prior|that) )\bclaim (?:was|has been) paid\b/i,
    why: 'confirms a payment',
  },
  {
    id: 'all_approved',
    target: 'payment_notice',
    weight: 4,
    hints: ['approve', 'denied'],
    // A Medicare Summary Notice's summary box: "Did Medicare approve all services?  YES",
    // "Number of services Medicare denied   0".
    re: /\bapprove all (?:services|claims|items)\?[ \t.]*YES\b|\bnumber of (?:services|claims|items) (?:Medicare |we )?denied[ \t:.]*0\b/i,
    why: 'says every service was approved',
  },
  {
    id: 'information_request',
    target: 'request_for_information',
    weight: 4,
    hints: [
      'information',
      'decision',
      'pended',
      'hold',
      'denial',
      'enclosed',
      'reviewed',
      'review',
      'sent',
    ],
    re: /\brequest for (?:additional |more )?information\b|\bwe need (?:more|additional) information\b|\bno decision has been made\b|\bpended\b|\b(?:claim|request|it) (?:is|remains)\s+on hold\b|\bplease (?:complete|fill out|return) the enclosed\b|\bthis is not a denial\b|\binformation requested\b|\b(?:have|has) not (?:yet )?made a decision\b|\bnot made a decision yet\b|\b(?:it|request|claim) is (?:being reviewed|under review)\b|\bplease have (?:the |your )?(?:notes|records|information) sent\b/i,
    why: 'asks for information before deciding',
  },
];

const NOT_A_DENIAL =
  /\b(?:this|it)(?: letter)? is not a denial\b|\bno part of (?:this|the|your) (?:claim|request|bill) (?:was|is|has been) (?:denied|turned down)\b|\bnothing (?:was|has been) (?:denied|turned down)\b|\bno decision has been made\b|\b(?:have|has) not (?:yet )?made a\s+decision\b|\bnot made a decision yet\b|\b(?:we )?(?:have|has)\s+not\s+(?:been\s+)?denied\b|\bis not (?:being )?denied\b|\bon hold,? (?:and )?not denied\b/i;
const MIN_DENIAL = 3;
// Any word of refusal anywhere keeps a paid statement from reading as fully paid.
const REFUSAL_WORD =
  /\bnot (?:covered|covrd|paid|allowed|payable|approved)\b|\bden(?:ied|ial)\b|\bno (?:payment|benefits?)\b/i;
const REFUSED_AMOUNT_WEIGHT = 3;

export function classifyDocumentKind(
  p: PreparedText,
  carc: readonly CodeDetail[],
  paidAmount: number | null,
  deniedAmount: number | null = null,
): DocumentKindVerdict {
  const { scores, hits } = scoreCues(p, KIND_CUES, [], ['boilerplate', 'appeal_rights']);
  const denialCodes = carc.filter((c) => c.denial && c.group !== 'PR');
  const codeHits: CueHit[] = denialCodes.map((c) => ({
    cue: `carc:${c.code}`,
    target: 'denial',
    weight: 3,
    span: c.span,
    why: `denial code ${c.code}`,
  }));
  // An amount the plan refused (a "Not covered" column, "Not paid $165.00") is a denial even when no
  // sentence says "denied".
  const refusedAmount = deniedAmount !== null && deniedAmount > 0;
  const all = [...hits, ...codeHits];
  const score = (k: DocumentKind): number => scores.get(k) ?? 0;
  let denial =
    score('denial') +
    3 * Math.min(denialCodes.length, 2) +
    (refusedAmount ? REFUSED_AMOUNT_WEIGHT : 0);
  // `lower` holds every ASCII-case variant the /i regex could match.
  const saysNotDenial =
    (p.lower.includes('not a denial') ||
      p.lower.includes('no part of') ||
      p.lower.includes('turned down') ||
      p.lower.includes('no decision has been made') ||
      (p.words.has('made') && p.words.has('decision')) ||
      p.lower.includes('not denied') ||
      (p.words.has('not') && p.words.has('been') && p.words.has('denied')) ||
      p.lower.includes('not being denied')) &&
    NOT_A_DENIAL.test(p.masked);
  // Part approved and part refused is a denial of that part, whatever else the letter says.
  if (score('partial_denial') >= 4) denial = Math.max(denial, MIN_DENIAL);
  if (saysNotDenial) denial = Math.min(denial, 2);
  const verdict = (
    value: DocumentKind,
    s: number,
    reason: string,
    confidence: number,
  ): DocumentKindVerdict => ({
    value,
    score: s,
    confidence,
    evidenceKind:
      value === 'denial' && s === 0
        ? 'inferred'
        : denialCodes.length && value !== 'approval'
          ? 'code'
          : 'sentence',
    reason,
    cues: all,
    decidingQuestion:
      confidence < 0.6
        ? 'Does this letter deny, reduce or stop a service or a payment (an adverse determination), or does it approve, confirm a payment or ask for information?'
        : null,
  });

  if (score('request_for_information') >= 4 && (saysNotDenial || denial < MIN_DENIAL))
    return verdict(
      'request_for_information',
      score('request_for_information'),
      'asks for information and decides nothing yet',
      0.85,
    );
  if (denial >= MIN_DENIAL) {
    const partial = score('partial_denial') > 0 || (paidAmount !== null && paidAmount > 0);
    return partial
      ? verdict(
          'partial_denial',
          denial,
          'denies part of the claim or request and pays or approves the rest',
          0.8,
        )
      : verdict('denial', denial, 'denies a service or a payment', denial >= 6 ? 0.95 : 0.8);
  }
  if (score('approval') >= 4)
    return verdict('approval', score('approval'), 'approves the request', 0.85);
  if (score('payment_notice') >= 4)
    return verdict(
      'payment_notice',
      score('payment_notice'),
      'confirms a payment; nothing was denied',
      0.85,
    );
  if (score('request_for_information') >= 4)
    return verdict(
      'request_for_information',
      score('request_for_information'),
      'asks for information',
      0.7,
    );
  // No denial word, code or refused amount, and the plan paid: a statement of a paid claim (an EOB
  // whose paid column is its only message). Still asked, since nothing says so in words.
  if (denial === 0 && paidAmount !== null && paidAmount > 0 && !REFUSAL_WORD.test(p.masked))
    return verdict('payment_notice', 0, 'shows what the plan paid and nothing it refused', 0.55);
  // Nothing says which: keep the denial reading (the safe one for the member) and ask.
  return verdict(
    'denial',
    denial,
    'no statement of denial, approval or payment found; read as a denial',
    0.4,
  );
}
