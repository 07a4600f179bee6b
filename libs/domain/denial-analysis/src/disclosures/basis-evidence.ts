// Evidence for the elements that state the basis of the decision: reason, provision, information
// needed, criteria, clinical rationale (2560.503-1(g)(1)(i)-(iii), (v); 438.404(b)(2); 422.568(e)(2)).
import { firstPlaceholderFrom } from '../text/placeholders';
import {
  type EvidenceContext,
  type Evidence,
  firstMatch,
  matchAcrossLines,
  missing,
  present,
  sentenceAround,
  vague,
} from './evidence.helpers';
import { matchOutside } from '../classify/score-cues';
import type { Span } from '../record-check.types';
import { type PreparedText, hasAny } from '../text/prepare-text';
import { type TableCell, ruledTables } from '../text/ruled-tables';

const CONCLUSION =
  /\bnot medically necessary\b|\bnot (?:a )?covered(?: benefit| service)?\b|\bexperimental\b|\binvestigational\b|\bnot (?:eligible|payable)\b/gi;
// Words that carry no fact: a reason made only of these plus a conclusion says nothing specific.
const EMPTY_WORDS = new Set(
  'the a an and or of to for in on at by is are was were be been has have had this that these those your you our we us it its with as from under per which who not claim claims service services request denied deny denial because plan policy terms benefit benefits coverage covered necessary medically medical decision determination reviewed review after careful notice letter payment'.split(
    ' ',
  ),
);

function factWords(text: string): number {
  let n = 0;
  for (const w of text
    .replace(CONCLUSION, ' ')
    .toLowerCase()
    .match(/[a-z]{3,}/g) ?? [])
    if (!EMPTY_WORDS.has(w)) n++;
  return n;
}

const DECISION_ONLY =
  /^[^.]{0,60}\b(?:denied|not (?:been )?approved|declined|not covered)\b[^.]{0,20}\.?\s*$/i;

// A sentence about what to do next ("Appeal in writing within 180 days") is no reason.
const NEXT_STEPS = /\b(?:appeal|disagree|call|questions?|contact|write to)\b/i;

const REASON_SLOT =
  /\breason\s+(?:for\s+(?:this|the|our)\s+(?:decision|denial|determination)\s+)?is:?/i;

export function specificReason({ p, x }: EvidenceContext): Evidence {
  const r = x.reason.statedReason;
  // "Your claim has been denied." under a reason heading states the decision, not a reason, unless
  // the next sentence gives it ("WHY: We denied this claim. We asked the clinic for the notes …").
  const [firstSentence = '', nextSentence = ''] = r?.value.split(/(?<=[.!?])\s/) ?? [];
  if (
    r &&
    DECISION_ONLY.test(firstSentence) &&
    factWords(firstSentence) < 3 &&
    (factWords(nextSentence) < 5 || NEXT_STEPS.test(nextSentence))
  )
    return missing('states the decision ("denied", "not approved") but gives no reason');
  if (r) {
    // A reason is specific when it names a criterion, provision or code meaning, or states facts
    // beyond the conclusion ("…because the service was not medically necessary" states none).
    const named =
      x.criteria.criteria !== null ||
      x.codes.explained.length > 0 ||
      (x.provision.planProvision !== null && x.provision.specific);
    if (named || factWords(r.value) >= 5)
      return present(r.span, 'the letter states why the claim was denied');
    return vague(
      r.span,
      'only a conclusion ("not medically necessary", "not covered") with no fact or criterion behind it',
    );
  }
  // "The reason for this decision is: <insert reason>.": a model notice's slot for the reason.
  const slot = hasAny(p, ['reason']) ? REASON_SLOT.exec(p.masked) : null;
  const slotBlank = slot ? firstPlaceholderFrom(p.placeholders, slot.index + slot[0].length) : null;
  if (slot && slotBlank && slotBlank[0] - (slot.index + slot[0].length) <= 3)
    return vague(
      [slot.index, slotBlank[1]],
      'the notice has a place for the reason, but it is blank or a placeholder',
    );
  const heading = x.reason.headingSpans[0];
  if (heading)
    return vague(
      heading,
      'the notice has a place for the reason, but it is blank or a placeholder',
    );
  const denied = firstMatch(
    p,
    // "If your appeal is denied, …" is a condition, not a denial.
    /(?<!\bif [^.\n]{0,40})\b(?:we (?:have )?denied|has been denied|was denied|is denied)\b/i,
    ['denied'],
  );
  if (denied)
    return vague(sentenceAround(p, denied), 'says the claim was denied without saying why');
  return missing('no reason for the denial is stated');
}

// In Medicaid the rules a decision rests on are the state's and the program's (438.404(b)(2)): a
// services regulation (42 CFR part 440/441), a state administrative rule, a provider manual section.
// The appeal-procedure parts (431, 438) are the appeal rights, not the basis.
const MEDICAID_RULE =
  /\b42 CFR 44[01]\.\d+|\bAdministrative (?:Code|Regulations?|Rules?)\b|\bK\.A\.R\. \d|\b[A-Z][a-z]+ Rules,? (?:part|chapter) \d+|\b(?:provider|policy|program) manual,? (?:section|chapter|§) ?\d+/i;

const MEDICARE_LAW =
  /\b1862\s?\(a\)\s?\(\d{1,2}\)|\bSocial Security Act,?\s+(?:section|sec\.|§)\s*\d{4}|\b42\s+C\.?F\.?R\.?\s*(?:§\s*|(?:part|section)\s+)?4(?:09|1\d|2[0-4])\b/i;

export function planProvision({ p, x, regime }: EvidenceContext): Evidence {
  const pp = x.provision.planProvision;
  const c = x.criteria.criteria;
  if (!pp && regime === 'medicaid_managed_care') {
    const rule = matchOutside(p, MEDICAID_RULE, ['appeal_rights']);
    if (rule) return present(rule, 'cites the state or program rule the decision rests on');
  }
  // In Medicare the law itself may be the provision: "Section 1862(a)(1)(A) of the Social Security
  // Act", "42 CFR 410.38" (coverage rules, not the appeal rules of part 405).
  if (!pp && (regime === 'medicare_ffs' || regime === 'medicare_advantage')) {
    const law = matchOutside(p, MEDICARE_LAW, ['appeal_rights']);
    if (law) return present(law, 'cites the Medicare law or coverage rule the decision rests on');
  }
  // In Medicare the "provision" is the NCD/LCD/manual section applied (42 CFR 405.921(a)(2)(ii)).
  if (
    !pp &&
    c &&
    c.value.vendor?.startsWith('CMS') &&
    (regime === 'medicare_ffs' || regime === 'medicare_advantage')
  )
    return present(c.span, `cites ${c.value.text}`);
  if (pp && x.provision.specific)
    return present(
      pp.span,
      `cites ${pp.value.length > 80 ? pp.value.slice(0, 77) + '…' : pp.value}`,
    );
  if (pp) return vague(pp.span, 'names a plan document without the section relied on');
  if (x.provision.genericMention)
    return vague(
      x.provision.genericMention,
      'refers to "the terms of your plan" without naming the provision',
    );
  return missing('no plan provision is cited');
}

// What a provider or member may send to have the claim looked at again (ERISA (g)(1)(iii)), by family.
// A provider, doctor or supplier who may send what is missing.
const PROVIDER_MAY_SEND =
  /(?:provider|doctor|physician|supplier|office|clinic|facility|hospital|surgeon|dentist|therapist|nurse|lab|laboratory|prescriber|they)\b[^.,;]{0,20}?\b(?:may|can|could|should|will need to|needs? to|must)\s+(?:also\s+)?(?:re)?(?:send|submit|fax|provide)\b(?! (?:you|the member)\b)[^.]{0,60}?\b(?:report|records?|notes?|letter|documentation|proof|results?|statement|exception|referral|explanation|claim)\b|can send (?:those|these|the|their) (?:notes|records|results|reports)/;
// A direct request for papers: "please send", "we need", "send us copies", "send us the names of".
const ASKS_FOR_PAPERS =
  /please (?:send|submit|provide)|(?:send|submit|provide) (?:us )?(?:the following|additional|more|copies of|medical records|documentation)|we need(?:ed)?\b|send (?:it|them) to us|send (?:us )?(?:copies|a copy)\b|by sending (?:the|a|an|your|us)|can also send us|what (?:you|[\w ]{1,30}) can send(?: us)?|send us (?:the )?(?:names?|dates?|list|details|proof|records?|results?|reports?|notes)\b/;
// What would help an appeal: records that show, information that would support, what to include,
// "What could help your appeal:".
const WHAT_WOULD_HELP =
  /(?:your|the) appeal should include|what (?:could|would|might|may|can) help (?:your|the|an|this) (?:appeal|case|request|claim)|you (?:may|can) (?:send|submit) (?:additional|more|new)|information (?:that|which) (?:would|could|may) (?:help|support|change)|(?:sends?|submits?|provides?)(?: us)?\s+(?:proof of|the other plan['’]s|new information that|(?:the |your )?(?:new |newer |updated |additional )?(?:chart notes|clinic notes|records|test results|results|notes|documentation) (?:that|showing|which|documenting))|include (?:the |your )?(?:clinic |office |medical |progress |chart )?(?:notes|records|documentation|results) (?:that|showing|which|documenting)|(?:may|can) send (?:them|it|these|those) with\s+(?:an|your|the)\s+appeal|(?:records|information|documents) that (?:would|could|may|might) help|the records you want (?:us to )?consider(?:ed)?|it (?:helps|would help|may help|might help|could help) to (?:attach|send|include|upload)|(?:send|include) (?:it|them|those|these)(?: [\w-]+){0,3} with (?:your|an|the) (?:appeal|request)|records that were not (?:included|sent|submitted)|(?:include|attach|send)\b[^.]{0,60}?\b(?:(?:records|papers|notes|documents)\b[^.]{0,60}\b(?:that|which) (?:show|shows|prove|proves|explain|explains)|a (?:letter|note|statement) from (?:your|the) (?:doctor|physician|provider|supplier|therapist)|(?:records|papers|documents)\b[^.]{0,40}\(for example)/;
// What would change the decision: "to perfect your claim", "we would reconsider if".
// "What can change this decision", "COULD THIS CHANGE?", "We will look at the claim again if you
// can show", "Acceptable proof includes:".
const WHAT_WOULD_CHANGE =
  /to (?:perfect|complete|reconsider) (?:your|the|this) claim|what (?:(?:information|records|documents) )?(?:may|might|would|could|can) change (?:this|the|our)|could (?:this|the decision|our decision) (?:be )?change[d]?|(?:we|the\s+plan)\s+(?:would|will|could)\s+(?:look\s+at\s+(?:this|it|the\s+claim|the\s+request)\s+again|reconsider|approve|cover\s+(?:it|this))\s+if\b|acceptable proof (?:includes?|is|would be)/;
// What would have the claim looked at again: "may be reconsidered if Dr. N submits", "To have this
// claim looked at again, send us", "INFORMATION THAT MAY ALLOW RECONSIDERATION".
const LOOK_AGAIN =
  /(?:may|will|can|could) be (?:looked at|reviewed|reconsidered|re-?reviewed|reprocessed)(?: again)? (?:if|when|once) (?!you (?:appeal|ask|request|file)\b)|to have (?:us )?(?:(?:process|review|reconsider|reprocess|look at) )?(?:this|the|your) (?:claim|request|decision|service)(?: (?:looked at|reviewed|reconsidered|reprocessed)(?: again)?)?(?: as secondary)?,? (?:send|submit|fax|have|please)|information (?:that|which) (?:may|might|would|could) (?:allow|lead to|support) (?:a |our )?reconsideration|what information would help|(?:records|notes|documents) showing\b[^.]{0,200}\b(?:upload|send|submit|fax) (?:them|it)\b|with the (?:order|office notes|records|notes|report)\b[^.]{0,80}\b(?:may|can) be (?:sent|submitted|faxed|uploaded)\b|we (?:will|would|can) (?:review|look at|reconsider) (?:the|this|your) (?:claim|request|decision) again\b|(?:may|can) be (?:sent back|resubmitted|submitted again) as a corrected claim|\bif (?:your|the) [\w -]{1,40}? (?:completes?|sends?|submits?|provides?|faxes)\b[^.]{0,120}?\bwe (?:will|would|can|may) (?:look at|review|reconsider|reprocess)/;
// A corrected or new claim, a form to complete, the other plan's statement to send.
const NEW_OR_CORRECTED_CLAIM =
  /complete the (?:enclosed|attached) [\w ]{0,40}?form|send (?:us )?(?:the |that |a copy of the )?(?:primary|other) (?:plan|insurer|insurance|carrier)['’]s|(?:submit|send) (?:us )?(?:a )?(?:corrected claim|new request|claim reconsideration)\b[^.]{0,60}\bwith\b|(?:can|may) (?:send|submit) (?:us )?a (?:new|corrected|updated) (?:request|claim)|resubmit(?:s|ted)?(?: (?:the|a|this) (?:claim|bill))? with|send (?:a |us a )?(?:replacement|corrected) claim|send us\b[^.]{0,50}\ba copy of (?:that|the other|the primary|their) plan['’]s|send (?:us )?the (?:authorization|approval|reference) number/;
const INFO_REQUEST = new RegExp(
  String.raw`\b(?:${[
    PROVIDER_MAY_SEND,
    ASKS_FOR_PAPERS,
    WHAT_WOULD_HELP,
    WHAT_WOULD_CHANGE,
    LOOK_AGAIN,
    NEW_OR_CORRECTED_CLAIM,
  ]
    .map((r) => r.source)
    .join('|')})\b`,
  'i',
);
// What makes "any records" specific: an example, a named letter, or what the records must show.
const SPECIFIC_REQUEST =
  /\(for example\b|\bsuch as\b|\ba (?:letter|note|statement) from (?:your|the) (?:doctor|physician|provider|supplier|therapist)\b|\b(?:records|papers|notes|documents)\b[^.]{0,20}\b(?:that|which) (?:show|shows|prove|proves)\b/i;
const GENERIC_REQUEST =
  /\bany (?:additional )?(?:information|records|documents)\b|\bthat you (?:believe|think)\b/i;

export function additionalInformation({ p, x, documentationGap }: EvidenceContext): Evidence {
  const m = hasAny(p, [
    'send',
    'submit',
    'provide',
    'need',
    'needed',
    'perfect',
    'complete',
    'reconsider',
    'include',
    'attach',
    'information',
    'sends',
    'change',
    'would',
    'will',
    'could',
    'corrected',
    'primary',
    'sending',
    'resubmit',
    'help',
    'considered',
    'again',
    'reconsideration',
    'reconsidered',
    'submits',
    'reviewed',
    'reprocessed',
    'sent',
    'upload',
  ])
    ? matchAcrossLines(p, INFO_REQUEST)
    : null;
  if (m) {
    // "To complete your claim, we need: [describe any additional material …]": a blank to fill.
    const end = m[1];
    const blank = firstPlaceholderFrom(p.placeholders, end);
    if (
      blank &&
      /^[\s:,-]*(?:we need|please (?:send|provide))?[\s:,-]*$/i.test(p.masked.slice(end, blank[0]))
    )
      return vague([end, blank[1]], 'has a place for what is needed, but it is a blank to fill in');
    const span = sentenceAround(p, m);
    const sentence = p.masked.slice(span[0], span[1]);
    if (GENERIC_REQUEST.test(sentence) && !SPECIFIC_REQUEST.test(sentence))
      return vague(
        span,
        'invites "any additional information" without saying what would change the decision',
      );
    return present(span, 'says what to send to complete the claim');
  }
  if (documentationGap && x.reason.statedReason)
    return vague(
      x.reason.statedReason.span,
      'says what the record lacks but not what to send or why it would change the decision',
    );
  return missing('does not say what information would perfect the claim');
}

export function criteria({ x, regime }: EvidenceContext): Evidence {
  const named = x.criteria.criteria;
  const freeCriteria = x.criteria.offers.find((o) => o.free && (o.criteria || o.documents));
  const anyOffer = x.criteria.offers.find((o) => o.criteria);
  const freeDocs = x.criteria.offers.find((o) => o.free && o.documents);
  const generic = x.criteria.genericMention;
  // "You may ask for a free copy of the rule we used": the statement (g)(1)(v)(A) allows in place
  // of the rule itself, without its name.
  const freeRule = x.criteria.offers.find((o) => o.free && o.criteria);
  if (x.criteria.enclosed)
    return present(named?.span ?? null, 'the criteria are enclosed with the notice');
  if (regime === 'medicaid_managed_care') {
    if (named) return present(named.span, `names ${named.value.text}`);
    if (freeDocs)
      return present(
        freeDocs.span,
        'offers free copies of all documents used, which include the medical necessity criteria (42 CFR 438.404(b)(2))',
      );
    if (freeRule) return present(freeRule.span, 'offers a free copy of the rule or criteria used');
    if (generic)
      return vague(generic, 'refers to criteria without naming them or offering a free copy');
    return missing('neither names the criteria nor offers free copies of the documents used');
  }
  if (regime === 'medicare_advantage' || regime === 'medicare_ffs') {
    if (named) return present(named.span, `names ${named.value.text}`);
    if (generic) return vague(generic, 'refers to coverage criteria without naming them');
    if (freeRule)
      return vague(freeRule.span, 'offers a free copy of the rule used, but does not name it');
    return missing(
      'does not name the coverage criteria (NCD, LCD, manual or internal criteria) applied',
    );
  }
  if (named && freeCriteria)
    return present(named.span, `names ${named.value.text} and offers a copy free of charge`);
  if (named && anyOffer)
    return vague(
      named.span,
      `names ${named.value.text}; offers a copy on request but does not say free of charge`,
    );
  if (named)
    return vague(
      named.span,
      `names ${named.value.text} but neither provides it nor says a copy is free on request`,
    );
  if (generic && freeCriteria)
    return vague(
      generic,
      'says criteria were used and offers documents free of charge, but does not name the criteria',
    );
  if (generic)
    return vague(generic, 'refers to criteria without naming them or offering a free copy');
  if (freeRule)
    return vague(
      freeRule.span,
      'says a rule was relied on and offers a free copy, but does not name the rule',
    );
  // The claim-file offer ((h)(2)(iii)) is a different right: it does not say a rule or guideline
  // was relied on, so the criteria disclosure is still missing.
  const docs = x.criteria.offers.find((o) => o.documents);
  if (docs)
    return missing(
      'offers documents on request, but does not say a rule or guideline was relied on',
    );
  return missing(
    'does not identify any rule, guideline or criteria relied on, or offer a free copy',
  );
}

// What the patient's records (or the published evidence) show or do not show, said of this patient:
// not inside a condition ("unless the records show") and not what records "must" show.
const RECORDS_SUBJECT = String.raw`(?:(?:the|these|those|this|your|his|her|their|facility['’]s|hospital['’]s|doctor['’]s|provider['’]s) (?:medical |clinical |hospital |treatment |office |therapy |progress |nursing |visit |facility |supplier )?(?:records?|notes?|chart|documentation|x-?rays|radiographs|images)(?: and (?:narrative|notes))?|(?:office|clinical|medical|progress|hospital|therapy|nursing|physician|discharge|visit) notes|information from your (?:doctor|provider|physician)|(?:the )?information (?:your|the) (?:provider|doctor|physician|supplier)s? (?:sent|submitted|gave us)|(?:records|documentation) (?:you|your (?:doctor|provider)) (?:sent|submitted|provided)|(?:the )?(?:medical |clinical )?information (?:sent|submitted|provided|we (?:received|reviewed))|(?:published|reliable|scientific|clinical) evidence|(?:medical |peer-reviewed |published )?(?:literature|studies)|(?:Dr\.?|doctor) [A-Z][\w'’-]+['’]s (?:office |progress |clinic |visit )?notes?|(?:the )?(?:machine |device |usage |compliance )?download)`;
const RECORDS_VERB = String.raw`(?:(?:have|has|had) not (?:shown|demonstrated|established)|(?:(?:(?:do(?:es)?|did) not |doesn['’]t |don['’]t |didn['’]t |never |fail(?:s|ed)? to )?(?:show|shows|showed|indicate[sd]?|describe[sd]?|documents?|documented|states?|points? to|reflect(?:s|ed)?|demonstrate[sd]?|suggest(?:s|ed)?|list(?:s|ed)?|include[sd]?|mention(?:s|ed)?|records?|recorded|says|said)|(?:(?:do(?:es)?|did) not|doesn['’]t|don['’]t|didn['’]t|never|fail(?:s|ed)? to) [a-z]+))`;
const RECORDS_SHOW = String.raw`(?<!\b(?:if|unless|when|whether) )\b${RECORDS_SUBJECT}\b(?: (?!(?:must|should|would|could|may|might|can|will)\b)(?:Dr\.|[\w,()/'’-]+)){0,12}? (?<!\bto )${RECORDS_VERB}\b`;
const CLINICAL_EXPLANATION = new RegExp(
  `${RECORDS_SHOW}` +
    String.raw`|\b(?:not |never )?(?:shown|documented|found) in (?:the|your) (?:medical |clinical )?records\b|\b(?:reviewer|we) (?:compared|checked|matched|measured) (?:the|your) [\w'’ ]{0,30}\brecords?\b` +
    String.raw`|\byou (?:can|are able to|could|were able to)\b[^.]{0,40}\b(?:walk|perform|manage|transfer|travel|be treated|be managed)\b|\byou (?:(?:are|were) (?:now )?(?:walking|climbing|transferring|independent|tolerating)|tolerated?|walked)\b|\bhere is what (?:she|he|the (?:reviewer|doctor|physician)|we) found\b|\b(?:the )?reviewer (?:found|noted|saw)[ \t]*:|\b(?:the|your|this) (?:in-home |functional |clinical )?(?:assessment|evaluation) (?:found|showed|shows)\b|\byou (?:do not|don't|did not) (?:have|need|show)\b[^.]{0,60}\b(?:symptoms?|signs?|findings?|monitoring|supervision|care)\b|\baccording to (?:the |your )?(?:medical |clinical )?records\b|\b(?:symptoms?|pain)\b[^.]{0,60}\bduration\b|\bno (?:documented|red-flag|objective)\b|\b(?:none|neither)(?: of (?:these|them|those))? (?:was|were|is|are) (?:documented|noted|found|reported|present)\b|\bthe only (?:condition|diagnosis|symptom|problem|finding) (?:listed|reported|given|documented|shown)\b` +
    // What the reviewer saw in this patient's case or in the evidence ("The reviewer noted that you
    // have had pain for four years", "found that the published evidence … consists of case series"),
    // and an assessment tool scored for this patient ("Your score of 38 does not support …").
    // A physician reviewer's own summary ("I reviewed the therapy notes …", "In my judgment the
    // continued stay is not appropriate", "She no longer needs close daily physician oversight").
    String.raw`|\b(?:I|the reviewer|our (?:physician|medical director|nurse) reviewer) reviewed (?:the|your|her|his|their) [\w ,'’-]{0,40}?\b(?:notes|records|chart|documentation)\b|\bin my (?:clinical |medical |professional )?(?:judgment|opinion)\b|\b(?:she|he|the (?:patient|member|enrollee)) (?:no longer (?:needs|requires)|does not (?:need|require)|can (?:now )?(?:walk|transfer|manage|be (?:treated|managed|cared for)))\b` +
    String.raw`|\b(?:the )?reviewer (?:noted|found|observed|saw|pointed out) that (?:you|your|the (?:patient|member|enrollee)\b|the (?:published |medical |scientific |clinical )?(?:evidence|literature|studies|records|notes|chart))|\byour (?:assessment |functional |acuity )?score (?:of|was|is) \d`,
  'i',
);
// A labelled rationale with something written after the label. Apart from the pattern above, so
// that one keeps word openings and runs only where they occur (see text/anchored-search.ts).
const LABELLED_RATIONALE =
  /^[ \t*]*(?:clinical|medical) (?:rationale|reasoning|basis)(?: for (?:this|the|our) decision)?[ \t*]*:[ \t]*\S[^\n]{20}/im;
const RATIONALE_KEY = /^(?:(?:clinical|medical) (?:rationale|reasoning|basis)|rationale)$/i;

/** A ruled key/value table's "Clinical basis" row with something written beside it. */
function rationaleCell(p: PreparedText): Span | null {
  if (!hasAny(p, ['rationale', 'reasoning', 'basis'])) return null;
  for (const table of ruledTables(p))
    for (const row of table.rows)
      for (let k = 0; k + 1 < row.length; k++) {
        const cell = row[k + 1] as TableCell;
        if (!RATIONALE_KEY.test((row[k] as TableCell).text) || cell.text.length < 20) continue;
        const [first, last] = [cell.parts[0] as Span, cell.parts[cell.parts.length - 1] as Span];
        return [first[0], last[1]];
      }
  return null;
}
const CRITERIA_CHECKLIST =
  /[ \t|](?:MET|Met)[ \t|]*\n[\s\S]{0,400}?[ \t|](?:NOT MET|Not met)\b|[ \t|](?:NOT MET|Not met)[ \t|]*\n[\s\S]{0,400}?[ \t|](?:MET|Met)[ \t|]*$/m;
const NECESSITY_CONCLUSION =
  /\bnot medically necessary\b|\bmedical necessity\b|\bexperimental\b|\binvestigational\b/i;

export function clinicalRationale({ p, x }: EvidenceContext): Evidence {
  const m = hasAny(p, [
    'records',
    'record',
    'chart',
    'evidence',
    'literature',
    'studies',
    'notes',
    'information',
    'documentation',
    'can',
    'able',
    'could',
    'symptoms',
    'symptom',
    'pain',
    'no',
    'not',
    'don',
    'walking',
    'walked',
    'tolerate',
    'tolerated',
    'independent',
    'reviewer',
    'score',
    'none',
    'neither',
    'judgment',
    'opinion',
    'longer',
    'found',
    'showed',
    'shows',
  ])
    ? matchAcrossLines(p, CLINICAL_EXPLANATION)
    : null;
  const found =
    m ?? firstMatch(p, LABELLED_RATIONALE, ['rationale', 'reasoning', 'basis']) ?? rationaleCell(p);
  if (found)
    return present(
      sentenceAround(p, found),
      "explains the clinical judgment applied to the patient's records",
    );
  // A criteria checklist scored against the record ("Treated with insulin … NOT MET") applies
  // each criterion to this patient.
  const checklist = hasAny(p, ['met']) ? CRITERIA_CHECKLIST.exec(p.masked) : null;
  if (checklist)
    return present(
      [checklist.index, checklist.index + checklist[0].length],
      "scores each criterion against the patient's records (met / not met)",
    );
  const offer = x.criteria.offers.find((o) => o.free && o.clinical);
  if (offer) return present(offer.span, 'offers the clinical rationale free of charge on request');
  // Only the decision itself counts: "include records that support medical necessity" in the
  // appeal instructions is not a clinical conclusion about this patient.
  const reason = x.reason.statedReason;
  const conclusion = reason
    ? NECESSITY_CONCLUSION.test(p.masked.slice(reason.span[0], reason.span[1])) && reason.span
    : firstMatch(p, NECESSITY_CONCLUSION, [
        'necessary',
        'necessity',
        'experimental',
        'investigational',
      ]);
  // "Not medically necessary" is the conclusion the rationale must explain, not a rationale.
  if (conclusion)
    return missing(
      'states a medical-judgment conclusion without the clinical basis for this patient',
    );
  return missing('gives no clinical rationale and does not offer one free of charge');
}
