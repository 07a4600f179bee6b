import type { DenialCategory } from '@claimlane/shared-contracts';
import type { Cue } from './cue.types';

/**
 * Narrative cues for the denial category (DESIGN.md §5). Weights: 4 = the phrase names the category
 * outright ("not medically necessary"), 3 = strong, 2 = supporting, 1 = weak (mentions that also
 * appear in boilerplate). Cues inside the stated reason count double (see classify-category.ts).
 * CARCs vote separately with the category from @claimlane/domain-codes.
 */
export const CATEGORY_CUES: readonly Cue<DenialCategory>[] = [
  // medical_necessity
  { id: 'not_medically_necessary', target: 'medical_necessity', weight: 4, hints: ['necessary', 'necessity'], re: /\bnot\s+(?:deemed\s+)?medically\s+necessary\b|\b(?:lack|absence) of medical necessity\b|\bmedical necessity (?:was )?not (?:met|established|supported)\b/i, why: 'states the service was not medically necessary' },
  { id: 'medical_necessity_mention', target: 'medical_necessity', weight: 1, hints: ['necessary', 'necessity'], re: /\bmedical(?:ly)? necess(?:ity|ary)\b/i, why: 'mentions medical necessity' },
  { id: 'criteria_not_met', target: 'medical_necessity', weight: 3, hints: ['meet'], re: /\b(?:does|did|do) not meet (?:the )?(?:medical necessity |clinical |coverage )?(?:criteria|guidelines?)\b/i, why: 'says clinical criteria were not met' },
  { id: 'criteria_vendor', target: 'medical_necessity', weight: 2, hints: ['interqual', 'mcg', 'milliman', 'evicore', 'carelon', 'aim'], re: /\bInterQual\b|\bMCG\b|\bMilliman Care Guidelines\b|\beviCore\b|\bCarelon\b|\bAIM Specialty\b/i, why: 'cites a utilization-review criteria set' },
  { id: 'conservative_therapy', target: 'medical_necessity', weight: 2, hints: ['conservative'], re: /\bconservative (?:therapy|treatment|care|management)\b/i, why: 'turns on conservative-therapy history' },
  { id: 'level_of_care', target: 'medical_necessity', weight: 2, hints: ['level', 'provided', 'lower', 'less', 'safely'], re: /\blevel of care\b|\bcan be (?:safely )?provided (?:safely )?(?:at|in|with|by)\b|\b(?:lower|less intensive) (?:level|setting)\b|\bsafely (?:treated|managed) (?:at|in)\b/i, why: 'says a lower level of care is appropriate' },
  { id: 'does_not_need', target: 'medical_necessity', weight: 1, hints: ['need'], re: /\b(?:do|does|did) not need (?:the|this|an?)\b/i, why: 'says the patient does not need the service' },
  { id: 'clinical_review', target: 'medical_necessity', weight: 1, hints: ['reviewer', 'expertise', 'peer'], re: /\b(?:physician|medical|clinical|peer) reviewer\b|\bphysician with expertise\b|\bpeer[- ]to[- ]peer\b/i, why: 'a clinician reviewed the request' },
  { id: 'clinical_documentation', target: 'medical_necessity', weight: 2, hints: ['show', 'support', 'document', 'demonstrate', 'documented', 'insufficient'], re: /\b(?:records|documentation|notes) (?:do(?:es)? not|did not) (?:show|support|document|demonstrate)\b|\bno documented\b|\bnot documented\b|\binsufficient (?:clinical )?(?:documentation|information) to support\b/i, why: 'the clinical record was judged not to support the service' },
  // prior_authorization
  { id: 'no_prior_auth', target: 'prior_authorization', weight: 4, hints: ['authorization', 'approval', 'certification', 'precertification', 'preauthorization'], re: /\b(?:no|without|did not (?:obtain|get|receive|request)|was not|were not|not)\s+(?:a\s+)?(?:prior\s+|pre-?)(?:authorization|approval|certification)\b|\b(?:prior\s+)?authorization (?:was |were )?(?:not|never) (?:obtained|requested|received|on file)\b|\brequires? (?:prior )?(?:authorization|precertification)\b/i, why: 'says prior authorization was required and not obtained' },
  { id: 'precert_mention', target: 'prior_authorization', weight: 1, hints: ['precertification', 'prior', 'preauthorization', 'pre'], re: /\bprecertification\b|\bprior auth(?:orization)?\b|\bpre-?authorization\b/i, why: 'mentions prior authorization' },
  // out_of_network
  { id: 'not_in_network', target: 'out_of_network', weight: 4, hints: ['network', 'participating', 'contracted'], re: /\bnot (?:in|part of) (?:our|the|your(?: plan['’]s)?|[A-Z][\w]*['’]s) (?:provider )?network\b|\bout[- ]of[- ]network\b|\bnon-?(?:participating|network|contracted) (?:provider|physician|facility)\b/i, why: 'says the provider is out of network' },
  { id: 'network_mention', target: 'out_of_network', weight: 1, hints: ['network'], re: /\bin[- ]network\b|\bnetwork providers?\b/i, why: 'mentions network providers' },
  // experimental_investigational
  { id: 'experimental', target: 'experimental_investigational', weight: 4, hints: ['experimental', 'investigational', 'unproven', 'approved'], re: /\bexperimental\b|\binvestigational\b|\bunproven\b|\bnot (?:yet )?(?:FDA[- ])?approved for\b/i, why: 'calls the service experimental or investigational' },
  // coding_billing
  { id: 'bundled', target: 'coding_billing', weight: 3, hints: ['included', 'bundled', 'bundling', 'unbundled', 'unbundling', 'exclusive', 'ncci', 'correct'], re: /\bincluded in the (?:payment|allowance|reimbursement)\b|\bbundl(?:ed|ing)\b|\bunbundl\w*\b|\bmutually exclusive\b|\bNCCI\b|\bcorrect coding\b/i, why: 'the service is bundled into another' },
  { id: 'modifier', target: 'coding_billing', weight: 3, hints: ['modifier'], re: /\bmodifier\b[^.\n]{0,40}\bnot (?:supported|valid|appropriate)\b|\b(?:invalid|missing|incorrect) modifier\b/i, why: 'a modifier was rejected' },
  { id: 'separately_identifiable', target: 'coding_billing', weight: 2, hints: ['separately'], re: /\bseparately identifiable\b|\bnot separately (?:payable|reimbursable|billable)\b/i, why: 'not a separately identifiable service' },
  { id: 'code_invalid', target: 'coding_billing', weight: 3, hints: ['code', 'codes'], re: /\b(?:invalid|incorrect|inconsistent|mismatched|deleted) (?:procedure |diagnosis |billing |CPT |HCPCS )?codes?\b|\bcode(?:s)? (?:is|are) (?:invalid|inconsistent)\b/i, why: 'a code on the claim was rejected' },
  // timely_filing
  { id: 'timely_filing', target: 'timely_filing', weight: 4, hints: ['timely', 'filing', 'filed', 'deadline', 'limit'], re: /\btimely filing\b|\bfiling (?:limit|deadline|time limit)\b|\btime limit for filing\b|\b(?:received|submitted|filed) (?:after|past|beyond) the (?:filing )?(?:deadline|limit|time limit)\b/i, why: 'the claim was filed too late' },
  // eligibility_coverage
  { id: 'coverage_not_in_effect', target: 'eligibility_coverage', weight: 4, hints: ['coverage', 'eligible', 'enrolled', 'covered'], re: /\bcoverage (?:for [\w ]{1,30} )?(?:was |is )?not (?:in effect|active)\b|\b(?:was|were|is|are) not (?:eligible|enrolled|covered) on\b|\bno (?:active )?coverage on\b/i, why: 'coverage was not in effect on the date of service' },
  { id: 'coverage_ended', target: 'eligibility_coverage', weight: 3, hints: ['coverage', 'eligible', 'enrolled', 'terminated'], re: /\bcoverage\b(?:[\w ,]{0,60})\b(?:ended|terminated|lapsed|cancel(?:l)?ed)\b|\b(?:not|no longer) eligible\b|\bnot enrolled\b|\bafter coverage terminated\b/i, why: 'coverage ended or the patient was not eligible' },
  { id: 'not_covered', target: 'eligibility_coverage', weight: 3, hints: ['covered', 'noncovered', 'non', 'excluded', 'exclusion', 'benefit'], re: /\b(?:is|are) not covered under\b|\bnot (?:a )?covered (?:benefit|service)\b|\bnon-?covered (?:service|benefit|charge)s?\b|\bexcluded from (?:coverage|your (?:plan|policy))\b|\bbenefit exclusion\b|\bnot a benefit of\b/i, why: 'the service is not a covered benefit' },
  { id: 'coverage_limited', target: 'eligibility_coverage', weight: 2, hints: ['covered', 'limit', 'maximum'], re: /\bcovered (?:benefit )?only (?:for|when|if)\b|\bonly covered (?:for|when|if)\b|\bbenefit (?:limit|maximum) (?:has been |was )?(?:reached|exceeded|met)\b|\bvisit limit\b/i, why: 'coverage is limited to conditions the patient does not meet' },
  { id: 'cobra', target: 'eligibility_coverage', weight: 1, hints: ['cobra'], re: /\bCOBRA\b/i, why: 'mentions COBRA continuation' },
  // coordination_of_benefits
  { id: 'cob', target: 'coordination_of_benefits', weight: 4, hints: ['coordination', 'primary'], re: /\bcoordination of benefits\b|\bother (?:insurance|coverage|carrier|payer) (?:is |should be )?primary\b|\bbill (?:the )?primary (?:insurer|carrier|payer) first\b/i, why: 'another payer is primary' },
  { id: 'primary_payer', target: 'coordination_of_benefits', weight: 2, hints: ['primary'], re: /\bprimary (?:insurer|carrier|payer|insurance)\b|\bexplanation of benefits from (?:the|your) (?:other|primary)\b/i, why: 'mentions a primary payer' },
  // duplicate
  { id: 'duplicate', target: 'duplicate', weight: 4, hints: ['duplicate'], re: /\b(?:exact )?duplicate (?:claim|service|submission|bill|charge)s?\b/i, why: 'duplicate of a claim already processed' },
  { id: 'already_paid', target: 'duplicate', weight: 2, hints: ['paid', 'processed', 'submitted'], re: /\balready (?:been )?paid\b|\bpreviously (?:paid|processed|submitted)\b/i, why: 'the service was already paid' },
  // missing_information
  { id: 'info_not_received', target: 'missing_information', weight: 4, hints: ['received', 'receive', 'needed', 'required', 'incomplete', 'lacks'], re: /\b(?:we (?:did not|have not) receive[d]?|not received) (?:the )?(?:requested |additional )?(?:medical |clinical )?(?:information|records|documentation|itemi[sz]ed bill)\b|\b(?:additional|missing|requested) (?:information|records|documentation) (?:is |was |are )?(?:needed|required|not received)\b|\bincomplete claim\b|\bclaim lacks information\b/i, why: 'the plan says it lacks information to decide' },
];
