import type { DisclosureElement } from '@claimlane/shared-contracts';
import type {
  DisclosureAssessment,
  Finding,
  LetterSender,
  NextQuestion,
  RecordFields,
} from '../record-check.types';
import { isMedicalJudgment, type FindingContext } from '../findings/finding-context';
import { REGIME_CITATIONS } from '../findings/regime-citations.data';

function status(
  ds: readonly DisclosureAssessment[],
  e: DisclosureElement,
): DisclosureAssessment['status'] {
  return ds.find((d) => d.element === e)?.status ?? 'missing';
}

const unanswered = (s: DisclosureAssessment['status']): boolean => s === 'missing' || s === 'vague';

function serviceWords(f: RecordFields): string {
  const codes = f.cptHcpcs?.value.length ? ` (${f.cptHcpcs.value.join(', ')})` : '';
  const dates = f.serviceDates?.value.length ? ` on ${f.serviceDates.value.join(', ')}` : '';
  return `the service${codes}${dates}`;
}

/**
 * The written questions that the letter leaves open, in the order a reviewer should answer them.
 * The claim-file request is always included: it is how the member sees what the reviewer saw.
 */
export function selectNextQuestions(
  ctx: FindingContext,
  findings: readonly Finding[],
): NextQuestion[] {
  const { disclosures: ds, regime } = ctx;
  const f = ctx.x.fields;
  const cites = REGIME_CITATIONS[regime];
  const out: Array<Omit<NextQuestion, 'priority'>> = [];
  const basisOf = (e: DisclosureElement): string =>
    ds.find((d) => d.element === e)?.citation ?? cites.notice;

  if (unanswered(status(ds, 'specific_reason')))
    out.push({
      id: 'specific_reason',
      basis: basisOf('specific_reason'),
      text: `State the specific reason for denying ${serviceWords(f)}: each fact the decision rests on and each criterion you found unmet.`,
    });
  if (unanswered(status(ds, 'plan_provision')))
    out.push({
      id: 'plan_provision',
      basis: basisOf('plan_provision'),
      text: 'Identify the specific plan provision(s) the denial is based on (document, section and text), in the version in effect on the date of service.',
    });
  const criteriaStatus = status(ds, 'criteria_or_guideline');
  if (criteriaStatus !== 'not_applicable' && !ctx.x.criteria.enclosed) {
    const named = f.criteria?.value.text;
    out.push({
      id: 'criteria_copy',
      basis: cites.criteria,
      text: named
        ? `Provide, free of charge, a complete copy of ${named} as in effect on the date of service, and identify the specific criteria in it that you found unmet.`
        : 'Identify every internal rule, guideline, protocol or criteria set relied on (name, version, and vendor such as InterQual or MCG) and provide a complete copy free of charge.',
    });
  }
  if (
    status(ds, 'clinical_rationale') !== 'not_applicable' &&
    unanswered(status(ds, 'clinical_rationale'))
  )
    out.push({
      id: 'clinical_rationale',
      basis: cites.clinical,
      text: "Provide, free of charge, the explanation of the scientific or clinical judgment for the determination, applying the plan's terms to the patient's medical circumstances.",
    });
  const reviewer = f.reviewer?.value;
  if (isMedicalJudgment(ctx) && (!reviewer?.name || !reviewer.credentials))
    out.push({
      id: 'reviewer_credentials',
      basis: cites.reviewer,
      text: `Identify the reviewer who made this decision${reviewer?.credentials ? ` (described as ${reviewer.credentials})` : ''} by name, licensure, board certification and specialty, and identify any medical experts whose advice was obtained.`,
    });
  out.push({
    id: 'claim_file',
    basis: cites.claimFile,
    text: 'Provide, free of charge, copies of all documents, records and other information relevant to the claim (the entire claim file), including the records the reviewer received and reviewed, internal notes and any guideline or rationale relied on.',
  });
  if (findings.some((x) => x.kind === 'parity_question') && cites.parity)
    out.push({
      id: 'parity_comparison',
      basis: cites.parity,
      text: 'Provide the comparative analysis showing that the medical-necessity, prior-authorization or network rules applied to this mental-health/substance-use benefit are comparable to, and applied no more stringently than, those for medical/surgical benefits in the same classification.',
    });
  if (status(ds, 'diagnosis_treatment_codes_available') === 'missing')
    out.push({
      id: 'diagnosis_treatment_codes',
      basis: basisOf('diagnosis_treatment_codes_available'),
      text: 'Provide the diagnosis and treatment codes on the claim and their meanings.',
    });
  if (unanswered(status(ds, 'denial_code_meaning')))
    out.push({
      id: 'denial_code_meaning',
      basis: basisOf('denial_code_meaning'),
      text: 'State each denial code applied, its meaning, and the standard used in denying the claim.',
    });
  if (status(ds, 'external_review_info') === 'missing')
    out.push({
      id: 'external_review',
      basis: cites.externalReview,
      text: 'Confirm in writing whether this decision can go to external review (or a State fair hearing), and how and by when to request it.',
    });
  if (unanswered(status(ds, 'appeal_procedures_and_time_limits')))
    out.push({
      id: 'appeal_deadline',
      basis: basisOf('appeal_procedures_and_time_limits'),
      text: 'Confirm in writing the deadline for appealing this decision and the address, fax number or portal for filing.',
    });
  const has = (kind: Finding['kind']) => findings.some((x) => x.kind === kind);
  if (has('coverage_limit_standards'))
    out.push({
      id: 'coverage_limit_standards',
      basis: '42 CFR 438.404(b)(2); 438.210(a)(3)-(5)',
      text: 'Provide, free of charge, the processes, strategies and evidentiary standards used to set the coverage limit applied here, and state whether and how the limit can be exceeded when more services are medically necessary.',
    });
  if (has('epsdt_under_21'))
    out.push({
      id: 'epsdt_review',
      basis: 'Social Security Act §1905(r), 42 U.S.C. 1396d(r)(5)',
      text: 'The member is under 21. State whether the request was reviewed under the EPSDT standard (any service needed to correct or ameliorate a condition, regardless of state plan limits), and if not, review it under that standard.',
    });
  if (has('improvement_standard'))
    out.push({
      id: 'improvement_standard',
      basis: '42 CFR 409.32(c); Jimmo v. Sebelius settlement',
      text: 'State whether the decision required the patient to improve. Identify the skilled-need assessment applied: skilled care needed to maintain the patient or to slow decline is covered without improvement.',
    });
  if (regime === 'unknown')
    out.push({
      id: 'plan_type',
      basis: '29 CFR 2560.503-1(h)(2)(iii); ERISA §104(b)(4)',
      text: 'State whether this coverage is an employer-sponsored group health plan subject to ERISA (and whether it is self-funded or insured) or individual coverage, and send the plan document or policy that governs it.',
    });
  return out.map((q, i) => ({ ...q, priority: i + 1 }));
}

const SENDER_ROLE: Record<NonNullable<LetterSender['role']>, string> = {
  member: 'the member',
  provider: "the member's treating provider",
  authorized_representative: "the member's authorized representative",
};

/** The questions as one request, ready to paste. */
export function composeLetter(
  ctx: FindingContext,
  questions: readonly NextQuestion[],
  sender?: LetterSender,
): string {
  const f = ctx.x.fields;
  const ref = [
    f.claimNumber && `claim ${f.claimNumber.value}`,
    f.memberId && `member ID ${f.memberId.value}`,
    f.patient && `patient ${f.patient.value}`,
    ctx.serviceDates.length ? `date(s) of service ${ctx.serviceDates.join(', ')}` : null,
  ].filter((x): x is string => typeof x === 'string' && x !== '');
  // The appeals address often starts with the payer's name already.
  const address = f.appealInstructions?.value.address ?? null;
  const payerFirstWord = ctx.payer?.split(/[\s,]+/)[0]?.toLowerCase() ?? '';
  const to = ctx.payer
    ? `To: ${address && payerFirstWord !== '' && address.toLowerCase().startsWith(payerFirstWord) ? address : [ctx.payer, address].filter(Boolean).join(', ')}\n`
    : '';
  const notice = ctx.noticeDate ? ` dated ${ctx.noticeDate}` : '';
  const name = sender?.name?.trim() || '[Your name]';
  const role = sender?.role
    ? SENDER_ROLE[sender.role]
    : "[the member / the member's provider / authorized representative]";
  // The member's own request needs no authorization; anyone else needs the member's signed form to
  // receive the claim file (a provider usually does).
  const representative =
    sender?.role === 'member'
      ? []
      : [
          '',
          "Enclosed: an authorized-representative form signed by the member, which authorizes me to act for the member in this claim and to receive the member's claim file.",
        ];
  const lines = [
    `From: ${name}, ${role}`,
    `${to}Re: Request for information about the denial${notice}${ref.length ? ` (${ref.join('; ')})` : ''}`,
    '',
    `I am writing about the adverse determination${notice}. Please provide the following in writing:`,
    '',
    ...questions.map((q, i) => `${i + 1}. ${q.text} [${q.basis}]`),
    '',
    'Please send these documents free of charge. This request is not an appeal and does not waive or shorten any right to appeal; if the appeal deadline approaches before you answer, I will file and supplement the appeal when the information arrives.',
    ...representative,
    '',
    `${name}`,
  ];
  return lines.join('\n');
}
