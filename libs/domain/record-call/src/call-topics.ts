import type {
  DenialCategory,
  DisclosureElement,
  DisclosureStatus,
} from '@claimlane/shared-contracts';

/**
 * What a Record Call asks for, in the order it asks. Ids are stored with each call (script, summary)
 * and appear in GraphQL: rename only with a migration.
 */
export const CALL_TOPICS = [
  'specific_reason',
  'plan_provision',
  'criteria_applied',
  'criteria_copy',
  'reviewer',
  'records_reviewed',
  'appeal_deadline',
  'appeal_submission',
  'reference_number',
] as const;
export type CallTopic = (typeof CALL_TOPICS)[number];

export interface DisclosureState {
  element: DisclosureElement;
  status: DisclosureStatus;
}

const CLINICAL_CATEGORIES: ReadonlySet<DenialCategory> = new Set([
  'medical_necessity',
  'experimental_investigational',
  'prior_authorization',
]);

/** Questions the assistant asks; `followUp` is the sharper second ask after a non-answer. */
export const TOPIC_QUESTIONS: Record<
  CallTopic,
  { ask: string; followUp: string; inWriting: string }
> = {
  specific_reason: {
    ask: 'What is the specific reason for the denial, beyond "not medically necessary"?',
    followUp:
      'I understand it was found not medically necessary. Which specific fact or missing item led to that conclusion?',
    inWriting: 'the specific reason for the denial',
  },
  plan_provision: {
    ask: 'Which plan provision or section of the plan document was the denial based on?',
    followUp:
      'Could you give me the section or page of the plan document or certificate of coverage that applies?',
    inWriting: 'the plan provision the denial relied on',
  },
  criteria_applied: {
    ask: 'Which internal guideline or clinical criteria were applied, with the name and version?',
    followUp:
      'Could you give me the name of the criteria set, such as InterQual or MCG, or the medical policy number and its version?',
    inWriting: 'the internal rule, guideline or criteria relied on',
  },
  criteria_copy: {
    ask: 'Please send a copy of those criteria; under the claims rule a copy is free of charge on request. Can you note that request?',
    followUp: 'Can you confirm a free copy of the criteria will be sent to the provider?',
    inWriting: 'a free copy of the criteria',
  },
  reviewer: {
    ask: 'What is the name and what are the credentials of the reviewer who made the decision?',
    followUp: 'Was the reviewer a physician or a nurse, and in which specialty?',
    inWriting: "the reviewer's name and credentials",
  },
  records_reviewed: {
    ask: 'Which records did the reviewer have when making the decision?',
    followUp: 'Could you list the documents in the claim file that the reviewer looked at?',
    inWriting: 'the list of records reviewed (the claim file)',
  },
  appeal_deadline: {
    ask: 'What is the deadline to file an appeal of this decision?',
    followUp: 'How many days from the denial notice does the provider have to appeal?',
    inWriting: 'the appeal deadline',
  },
  appeal_submission: {
    ask: 'Where should the appeal be sent? Please give me the fax number or mailing address for appeals.',
    followUp: 'Is there a fax number or a mailing address for the appeals unit?',
    inWriting: 'the fax number or address for appeals',
  },
  reference_number: {
    ask: 'May I have a reference number for this call?',
    followUp: 'Before we finish, could I get the reference number for this call, please?',
    inWriting: 'a reference number for this call',
  },
};

const needs = (s: DisclosureState[] | undefined, ...elements: DisclosureElement[]): boolean =>
  !s ||
  s.length === 0 ||
  s.some((d) => elements.includes(d.element) && (d.status === 'missing' || d.status === 'vague'));

/**
 * The topics a call asks about, built from the case's disclosure audit (docs/architecture.md §5): what the letter
 * left missing or vague, plus what no letter carries (reviewer, records, a reference number). Without
 * an audit every topic is asked.
 */
export function topicsFor(
  disclosures: DisclosureState[] | undefined,
  category: DenialCategory,
): CallTopic[] {
  const clinical = CLINICAL_CATEGORIES.has(category);
  const picked = new Set<CallTopic>();
  if (needs(disclosures, 'specific_reason')) picked.add('specific_reason');
  if (needs(disclosures, 'plan_provision')) picked.add('plan_provision');
  if (clinical || needs(disclosures, 'criteria_or_guideline', 'clinical_rationale'))
    picked.add('criteria_applied');
  if (needs(disclosures, 'criteria_or_guideline')) picked.add('criteria_copy');
  if (clinical || needs(disclosures, 'clinical_rationale')) picked.add('reviewer');
  picked.add('records_reviewed');
  if (needs(disclosures, 'appeal_procedures_and_time_limits')) picked.add('appeal_deadline');
  picked.add('appeal_submission');
  picked.add('reference_number');
  return CALL_TOPICS.filter((t) => picked.has(t));
}
