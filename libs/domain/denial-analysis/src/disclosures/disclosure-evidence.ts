import type { DisclosureElement, Regime } from '@claimlane/shared-contracts';
import type { Extraction } from '../extract/extract-fields';
import type { Span } from '../record-check.types';
import { firstPlaceholderFrom } from '../text/placeholders';
import { sentenceEnd, sentenceStart } from '../text/paragraphs';
import { type PreparedText, hasAny } from '../text/prepare-text';

/** What the letter itself shows for one element, before the regime decides whether it matters. */
export interface Evidence {
  found: 'present' | 'vague' | 'missing';
  span: Span | null;
  explanation: string;
}

export interface EvidenceContext {
  p: PreparedText;
  x: Extraction;
  regime: Regime;
  documentationGap: boolean;
}

const present = (span: Span | null, explanation: string): Evidence => ({ found: 'present', span, explanation });
const vague = (span: Span | null, explanation: string): Evidence => ({ found: 'vague', span, explanation });
const missing = (explanation: string): Evidence => ({ found: 'missing', span: null, explanation });

/** First match of `re`, run only when the text has one of `words` (see hasAny). */
function firstMatch(p: PreparedText, re: RegExp, words: readonly string[]): Span | null {
  if (!hasAny(p, words)) return null;
  const m = re.exec(p.masked);
  return m ? [m.index, m.index + m[0].length] : null;
}

function sentenceAround(p: PreparedText, span: Span): Span {
  return [sentenceStart(p, span[0]), sentenceEnd(p, span[1])];
}

const CONCLUSION = /\bnot medically necessary\b|\bnot (?:a )?covered(?: benefit| service)?\b|\bexperimental\b|\binvestigational\b|\bnot (?:eligible|payable)\b/gi;
// Words that carry no fact: a reason made only of these plus a conclusion says nothing specific.
const EMPTY_WORDS = new Set(
  'the a an and or of to for in on at by is are was were be been has have had this that these those your you our we us it its with as from under per which who not claim claims service services request denied deny denial because plan policy terms benefit benefits coverage covered necessary medically medical decision determination reviewed review after careful notice letter payment'.split(' '),
);

function factWords(text: string): number {
  let n = 0;
  for (const w of text.replace(CONCLUSION, ' ').toLowerCase().match(/[a-z]{3,}/g) ?? []) if (!EMPTY_WORDS.has(w)) n++;
  return n;
}

function specificReason({ p, x }: EvidenceContext): Evidence {
  const r = x.reason.statedReason;
  if (r) {
    // A reason is specific when it names a criterion, provision or code meaning, or states facts
    // beyond the conclusion ("…because the service was not medically necessary" states none).
    const named = x.criteria.criteria !== null || x.codes.explained.length > 0 || (x.provision.planProvision !== null && x.provision.specific);
    if (named || factWords(r.value) >= 5) return present(r.span, 'the letter states why the claim was denied');
    return vague(r.span, 'only a conclusion ("not medically necessary", "not covered") with no fact or criterion behind it');
  }
  const heading = x.reason.headingSpans[0];
  if (heading) return vague(heading, 'the notice has a place for the reason, but it is blank or a placeholder');
  const denied = firstMatch(p, /\b(?:we (?:have )?denied|has been denied|was denied|is denied)\b/i, ['denied']);
  if (denied) return vague(sentenceAround(p, denied), 'says the claim was denied without saying why');
  return missing('no reason for the denial is stated');
}

function planProvision({ x, regime }: EvidenceContext): Evidence {
  const pp = x.provision.planProvision;
  const c = x.criteria.criteria;
  // In Medicare the "provision" is the NCD/LCD/manual section applied (42 CFR 405.921(a)(2)(ii)).
  if (!pp && c && c.value.vendor?.startsWith('CMS') && (regime === 'medicare_ffs' || regime === 'medicare_advantage'))
    return present(c.span, `cites ${c.value.text}`);
  if (pp && x.provision.specific) return present(pp.span, `cites ${pp.value.length > 80 ? pp.value.slice(0, 77) + '…' : pp.value}`);
  if (pp) return vague(pp.span, 'names a plan document without the section relied on');
  if (x.provision.genericMention) return vague(x.provision.genericMention, 'refers to "the terms of your plan" without naming the provision');
  return missing('no plan provision is cited');
}

const INFO_REQUEST = /\b(?:please (?:send|submit|provide)|(?:send|submit|provide) (?:us )?(?:the following|additional|more|copies of|medical records|documentation)|we need(?:ed)?\b|to (?:perfect|complete|reconsider) (?:your|the|this) claim|(?:your|the) appeal should include|you (?:may|can) (?:send|submit) (?:additional|more|new)|information (?:that|which) (?:would|could|may) (?:help|support|change))\b/i;
const GENERIC_REQUEST = /\bany (?:additional )?(?:information|records|documents)\b|\bthat you (?:believe|think)\b/i;

function additionalInformation({ p, x, documentationGap }: EvidenceContext): Evidence {
  const m = hasAny(p, ['send', 'submit', 'provide', 'need', 'needed', 'perfect', 'complete', 'reconsider', 'include', 'information']) ? INFO_REQUEST.exec(p.masked) : null;
  if (m) {
    const span = sentenceAround(p, [m.index, m.index + m[0].length]);
    const sentence = p.masked.slice(span[0], span[1]);
    if (GENERIC_REQUEST.test(sentence)) return vague(span, 'invites "any additional information" without saying what would change the decision');
    return present(span, 'says what to send to complete the claim');
  }
  if (documentationGap && x.reason.statedReason)
    return vague(x.reason.statedReason.span, 'says what the record lacks but not what to send or why it would change the decision');
  return missing('does not say what information would perfect the claim');
}

const IN_WRITING = /\bin writing\b|\bwritten (?:appeal|request)\b|\bfile (?:an|your)(?: internal| written| first-level)? appeal\b|\bhow to (?:appeal|file)\b|\bask (?:us |[A-Z][\w ]{0,40})?for (?:an|a) (?:appeal|review|state hearing|fair hearing)\b/i;
const REVIEW_MENTION = /\b(?:request|ask for) a review\b|\bright to appeal\b|\bappeal\b/i;

function appealProcedures({ p, x }: EvidenceContext): Evidence {
  const window = x.deadlines.all.find((w) => !w.fromLaterEvent) ?? x.deadlines.all[0] ?? null;
  const how = x.fields.appealInstructions ?? null;
  const writing = firstMatch(p, IN_WRITING, ['writing', 'written', 'file', 'how', 'ask']);
  if (window && (how || writing)) return present(window.span, `states a ${window.value.days}-day window and how to file`);
  if (window) return vague(window.span, `states a ${window.value.days}-day window but not where or how to file`);
  const review = firstMatch(p, REVIEW_MENTION, ['review', 'appeal']);
  return missing(review ? 'mentions an appeal or review but states no time limit (or no procedure)' : 'no appeal procedure or time limit is described');
}

const SUE = /\b502\s?\(a\)|\bcivil action\b|\bright to (?:sue|bring (?:a )?(?:civil action|lawsuit|suit|legal action))\b|\b(?:file|bring) (?:a )?(?:lawsuit|suit) in (?:federal|state) court\b/i;

function rightToSue({ p }: EvidenceContext): Evidence {
  const m = firstMatch(p, SUE, ['502', 'civil', 'sue', 'lawsuit', 'suit']);
  if (!m) return missing('no statement of the right to bring a civil action under ERISA §502(a)');
  const sentence = sentenceAround(p, m);
  const text = p.masked.slice(sentence[0], sentence[1]);
  if (/502\s?\(a\)|ERISA|Employee Retirement/i.test(text)) return present(sentence, 'states the right to sue under ERISA §502(a)');
  return vague(sentence, 'mentions a lawsuit without tying it to ERISA §502(a)');
}

function criteria({ x, regime }: EvidenceContext): Evidence {
  const named = x.criteria.criteria;
  const freeCriteria = x.criteria.offers.find((o) => o.free && (o.criteria || o.documents));
  const anyOffer = x.criteria.offers.find((o) => o.criteria);
  const freeDocs = x.criteria.offers.find((o) => o.free && o.documents);
  const generic = x.criteria.genericMention;
  if (x.criteria.enclosed) return present(named?.span ?? null, 'the criteria are enclosed with the notice');
  if (regime === 'medicaid_managed_care') {
    if (named) return present(named.span, `names ${named.value.text}`);
    if (freeDocs) return present(freeDocs.span, 'offers free copies of all documents used, which include the medical necessity criteria (42 CFR 438.404(b)(2))');
    if (generic) return vague(generic, 'refers to criteria without naming them or offering a free copy');
    return missing('neither names the criteria nor offers free copies of the documents used');
  }
  if (regime === 'medicare_advantage' || regime === 'medicare_ffs') {
    if (named) return present(named.span, `names ${named.value.text}`);
    if (generic) return vague(generic, 'refers to coverage criteria without naming them');
    return missing('does not name the coverage criteria (NCD, LCD, manual or internal criteria) applied');
  }
  if (named && freeCriteria) return present(named.span, `names ${named.value.text} and offers a copy free of charge`);
  if (named && anyOffer) return vague(named.span, `names ${named.value.text}; offers a copy on request but does not say free of charge`);
  if (named) return vague(named.span, `names ${named.value.text} but neither provides it nor says a copy is free on request`);
  if (generic && freeCriteria) return vague(generic, 'says criteria were used and offers documents free of charge, but does not name the criteria');
  if (generic) return vague(generic, 'refers to criteria without naming them or offering a free copy');
  const docs = x.criteria.offers.find((o) => o.documents);
  if (docs) return vague(docs.span, 'offers documents on request, but does not say a rule or guideline was relied on');
  return missing('does not identify any rule, guideline or criteria relied on, or offer a free copy');
}

const CLINICAL_EXPLANATION =
  /\b(?:the (?:medical |clinical )?records|(?:office|clinical|medical|progress) notes|information from your (?:doctor|provider|physician)|(?:records|documentation) (?:you|your (?:doctor|provider)) (?:sent|submitted|provided))\b[^.]{0,80}\b(?:show|shows|showed|indicate|indicates|document|documents|state|states|reflect|reflects|do not|does not)\b|\byou (?:can|are able to|could|were able to)\b[^.]{0,40}\b(?:walk|perform|manage|transfer|travel|be treated|be managed)\b|\byou (?:do not|don't|did not) (?:have|need|show)\b[^.]{0,60}\b(?:symptoms?|signs?|findings?|monitoring|supervision|care)\b|\baccording to (?:the |your )?(?:medical |clinical )?records\b|\b(?:symptoms?|pain)\b[^.]{0,60}\bduration\b|\bno (?:documented|red-flag|objective)\b/i;
const NECESSITY_CONCLUSION = /\bnot medically necessary\b|\bmedical necessity\b|\bexperimental\b|\binvestigational\b/i;

function clinicalRationale({ p, x }: EvidenceContext): Evidence {
  const m = hasAny(p, ['records', 'notes', 'information', 'documentation', 'can', 'able', 'could', 'symptoms', 'symptom', 'pain', 'no', 'not', 'don']) ? CLINICAL_EXPLANATION.exec(p.masked) : null;
  if (m) return present(sentenceAround(p, [m.index, m.index + m[0].length]), "explains the clinical judgment applied to the patient's records");
  const offer = x.criteria.offers.find((o) => o.free && o.clinical);
  if (offer) return present(offer.span, 'offers the clinical rationale free of charge on request');
  // Only the decision itself counts: "include records that support medical necessity" in the
  // appeal instructions is not a clinical conclusion about this patient.
  const reason = x.reason.statedReason;
  const conclusion = reason
    ? NECESSITY_CONCLUSION.test(p.masked.slice(reason.span[0], reason.span[1])) && reason.span
    : firstMatch(p, NECESSITY_CONCLUSION, ['necessary', 'necessity', 'experimental', 'investigational']);
  if (conclusion) return vague(reason ? conclusion : sentenceAround(p, conclusion), 'states a medical-judgment conclusion without the clinical basis for this patient');
  return missing('gives no clinical rationale and does not offer one free of charge');
}

const EXPEDITED = /\b(?:expedited|fast|faster|urgent|quick)\b[^.\n]{0,40}\b(?:appeal|review|reconsideration|decision|hearing|process)\b|\bexpedited\b/i;
const HOW = /\b(?:call|calling|ask for|request|fax|phone|contact)\b/i;

function expedited({ p }: EvidenceContext): Evidence {
  const m = firstMatch(p, EXPEDITED, ['expedited', 'fast', 'faster', 'urgent', 'quick']);
  if (!m) return missing('no expedited (urgent) review process is described');
  const s = sentenceAround(p, m);
  if (HOW.test(p.masked.slice(s[0], s[1]))) return present(s, 'describes how to ask for an expedited review');
  return vague(s, 'mentions an expedited review without saying how to ask for it');
}

const ID_LABELS: ReadonlyArray<{ what: string; re: RegExp; words: readonly string[] }> = [
  { what: 'date of service', words: ['service', 'dos', 'requested'], re: /\bdates? of service\b|\bservice dates?\b|\bDOS\b|\brequested start\b/i },
  { what: 'provider', words: ['provider', 'physician', 'facility'], re: /\b(?:provider|physician|facility)(?: name)?\s*\**\s*:/i },
  { what: 'amount', words: ['billed', 'charged', 'charge', 'amt', 'amount'], re: /\b(?:amount billed|billed|charged?|amt\.?)\b/i },
  { what: 'claim number', words: ['claim'], re: /\bclaim(?: number| no\.?| #| id)?\s*\**\s*[:#]/i },
  { what: 'service', words: ['service', 'services'], re: /^[ \t*]*(?:service|services|description of service|service\/device)\b[^:\n]{0,20}:/im },
];

function claimIdentification({ p, x }: EvidenceContext): Evidence {
  const f = x.fields;
  const values: Array<[string, Span | undefined]> = [
    ['date of service', f.serviceDates?.span],
    ['provider', f.provider?.span],
    ['amount', f.billedAmount?.span],
    ['claim number', f.claimNumber?.span],
    ['service codes', f.cptHcpcs?.span],
  ];
  const withValue = values.filter((v): v is [string, Span] => v[1] !== undefined);
  if (withValue.length >= 2) {
    const first = withValue.map((v) => v[1]).sort((a, b) => a[0] - b[0])[0] as Span;
    return present(first, `identifies the claim (${withValue.map((v) => v[0]).join(', ')})`);
  }
  const labels = ID_LABELS.map((l) => ({ what: l.what, span: firstMatch(p, l.re, l.words) })).filter((l): l is { what: string; span: Span } => l.span !== null);
  if (withValue.length + labels.length >= 2) {
    const first = [...withValue.map((v) => v[1]), ...labels.map((l) => l.span)].sort((a, b) => a[0] - b[0])[0] as Span;
    return vague(first, `has fields to identify the claim (${labels.map((l) => l.what).join(', ')}) but they are blank or incomplete`);
  }
  if (withValue.length === 1) return vague((withValue[0] as [string, Span])[1], `identifies the claim only by ${(withValue[0] as [string, Span])[0]}`);
  return missing('does not identify the claim (date of service, provider, amount)');
}

const CODES_AVAILABLE =
  /\b(?:diagnosis|treatment|procedure)\b[^.]{0,60}\bcodes?\b[^.]{0,80}\b(?:request|available|ask)\b|\b(?:request|ask for|available)\b[^.]{0,60}\b(?:diagnosis|treatment)\b[^.]{0,40}\bcodes?\b/i;

function diagnosisCodes({ p }: EvidenceContext): Evidence {
  const m = firstMatch(p, CODES_AVAILABLE, ['code', 'codes']);
  if (m) return present(sentenceAround(p, m), 'says the diagnosis and treatment codes and their meanings are available on request');
  return missing('does not say the diagnosis and treatment codes (and their meanings) are available on request');
}

const DENIAL_CODE_LABEL = /\b(?:denial|reason|remark|adjustment) codes?\b\s*\**\s*:/i;

function denialCode({ p, x }: EvidenceContext): Evidence {
  const explained = x.codes.explained[0];
  if (explained) return present(explained, 'gives the denial code with its meaning');
  const code = x.codes.carc.find((c) => c.denial) ?? x.codes.carc[0];
  if (code) return vague(code.span, `shows code ${code.code} without its meaning`);
  const label = firstMatch(p, DENIAL_CODE_LABEL, ['code', 'codes']);
  if (label) return vague(label, 'has a denial-code field, but it is blank');
  return missing('no denial code or its meaning is given');
}

const EXTERNAL =
  /\bexternal (?:review|appeal)\b|\bIndependent Review (?:Entity|Organi[sz]ation)\b|\bIRO\b|\bIRE\b|\b(?:state )?fair hearing\b|\bstate hearing\b|\bQualified Independent Contractor\b|\bindependent (?:external )?review\b/i;

function externalReview({ p }: EvidenceContext): Evidence {
  const m = firstMatch(p, EXTERNAL, ['external', 'independent', 'iro', 'ire', 'hearing', 'qualified']);
  if (!m) return missing('does not describe external review (or the fair hearing / IRE path)');
  const s = sentenceAround(p, m);
  if (/\b(?:ask|request|automatically|within|sent|send|forward(?:ed)?|file|call|by)\b/i.test(p.masked.slice(s[0], s[1]))) return present(s, 'describes the external review / hearing path');
  return vague(s, 'names external review without saying how to get it');
}

const CONSUMER =
  /\bconsumer assistance\b|\bombudsman\b|\bEmployee Benefits Security Administration\b|\bEBSA\b|\b1-866-444-3272\b|\b1-800-MEDICARE\b|\bState Health Insurance Assistance Program\b|\bSHIP\b|\bSHINE\b|\bDepartment of (?:Insurance|Managed Health Care|Financial Services)\b|\bInsurance (?:Department|Commissioner)\b|\bIndependent Consumer Advocacy Network\b|\bICAN\b|\blegal (?:aid|services)\b|\bHealth Insurance Counseling\b/i;
const HELP_LINE = /\b(?:need help|for help|get help|help with)\b/gi;
const PHONE_NEAR = /(?:1[-. ]?)?(?:\(\d{3}\)[ ]?|\d{3}[-. ])\d{3}[-. ]\d{4}/;

function consumerAssistance({ p }: EvidenceContext): Evidence {
  const m = firstMatch(p, CONSUMER, ['consumer', 'ombudsman', 'security', 'ebsa', '444', 'medicare', 'assistance', 'ship', 'shine', 'department', 'insurance', 'advocacy', 'ican', 'legal', 'counseling']);
  if (m) return present(sentenceAround(p, m), 'gives an independent consumer-assistance contact');
  HELP_LINE.lastIndex = hasAny(p, ['help']) ? 0 : p.masked.length;
  for (let h = HELP_LINE.exec(p.masked); h; h = HELP_LINE.exec(p.masked)) {
    const end = h.index + h[0].length;
    const after = p.masked.slice(end, end + 80);
    const ph = firstPlaceholderFrom(p.placeholders, end);
    if (PHONE_NEAR.test(after) || (ph && ph[0] - end <= 10))
      return vague(sentenceAround(p, [h.index, end]), "offers a help line, but it is the plan's own number, not an independent consumer-assistance program or ombudsman");
  }
  return missing('no consumer-assistance or ombudsman contact is given');
}

export const EVIDENCE: Record<DisclosureElement, (ctx: EvidenceContext) => Evidence> = {
  specific_reason: specificReason,
  plan_provision: planProvision,
  additional_information_needed: additionalInformation,
  appeal_procedures_and_time_limits: appealProcedures,
  right_to_sue_502a: rightToSue,
  criteria_or_guideline: criteria,
  clinical_rationale: clinicalRationale,
  expedited_process: expedited,
  claim_identification: claimIdentification,
  diagnosis_treatment_codes_available: diagnosisCodes,
  denial_code_meaning: denialCode,
  external_review_info: externalReview,
  consumer_assistance_contact: consumerAssistance,
};
