import type { Finding, Span } from '../record-check.types';
import { hasAny } from '../text/prepare-text';
import { documentationGapSpan } from '../disclosures/assess-disclosures';
import { sentenceEnd, sentenceStart } from '../text/paragraphs';
import { collapse, tightenSpan } from '../text/text-utils';
import { type FindingContext, isMedicalJudgment } from './finding-context';
import { REGIME_CITATIONS } from './regime-citations.data';

function statusOf(ctx: FindingContext, element: string): string | undefined {
  return ctx.disclosures.find((d) => d.element === element)?.status;
}

/** Criteria named (or said to exist) but neither enclosed nor offered free of charge. */
export function criteriaNotProvided(ctx: FindingContext): Finding[] {
  const status = statusOf(ctx, 'criteria_or_guideline');
  if (status === 'not_applicable' || ctx.x.criteria.enclosed) return [];
  if (ctx.regime === 'medicare_advantage' || ctx.regime === 'medicare_ffs') return [];
  const named = ctx.x.criteria.criteria;
  const generic = ctx.x.criteria.genericMention;
  if (!named && !generic) return [];
  const free = ctx.x.criteria.offers.some((o) => o.free && (o.criteria || o.documents));
  if (free) return [];
  const notFree = ctx.x.criteria.offers.some((o) => o.criteria && !o.free);
  const what = named ? named.value.text : 'the criteria it refers to';
  const f: Finding = {
    id: 'criteria_not_provided',
    kind: 'criteria_not_provided',
    severity: 'high',
    citation: REGIME_CITATIONS[ctx.regime].criteria,
    explanation: notFree
      ? `The letter relies on ${what} and offers it on request, but not free of charge as the rule requires.`
      : `The letter relies on ${what} but neither encloses it nor says a copy is available free of charge.`,
  };
  const span: Span | null = named?.span ?? generic;
  if (span) f.span = span;
  return [f];
}

/** A medical-judgment denial must come from an appropriately qualified clinician. */
export function reviewerCredentialsMissing(ctx: FindingContext): Finding[] {
  if (!isMedicalJudgment(ctx)) return [];
  const r = ctx.x.fields.reviewer;
  if (r?.value.credentials) return [];
  const f: Finding = {
    id: 'reviewer_credentials_missing',
    kind: 'reviewer_credentials_missing',
    severity: 'medium',
    citation: REGIME_CITATIONS[ctx.regime].reviewer,
    explanation: r
      ? 'The letter names a reviewer but not their credentials or specialty; a medical-judgment denial must be made by a clinician with appropriate training and experience in the field.'
      : 'The letter does not say who made this medical-judgment decision or what their credentials are.',
  };
  if (r) f.span = r.span;
  return [f];
}

const RECORDS_REVIEWED =
  /\b(?:according to|based on) (?:the |your )?(?:medical |clinical )?(?:records|information|documentation)\b|\breviewed (?:the )?(?:office notes|medical records|clinical records|records|notes|information|documentation)\b|\brecords (?:we )?reviewed\b|\binformation from your (?:doctor|provider|physician)\b|\bbased on (?:the )?(?:records|information|documentation) (?:from|submitted|provided)\b/i;

export function recordsReviewedNotIdentified(ctx: FindingContext): Finding[] {
  if (!isMedicalJudgment(ctx) || RECORDS_REVIEWED.test(ctx.p.masked)) return [];
  return [
    {
      id: 'records_reviewed_not_identified',
      kind: 'records_reviewed_not_identified',
      severity: 'low',
      citation: REGIME_CITATIONS[ctx.regime].claimFile,
      explanation:
        'The letter does not say which records the reviewer had; a decision made on an incomplete file can be reopened by completing the file.',
    },
  ];
}

/** The reason rests on what the record did not show: documenting it answers the denial. */
export function documentationGapFinding(ctx: FindingContext): Finding[] {
  const r = ctx.x.reason.statedReason;
  if (!ctx.documentationGap || !r) return [];
  // Quote the sentence that names the gap, not the start of the reason.
  const gap = documentationGapSpan(ctx);
  const span: Span = gap
    ? tightenSpan(ctx.p.original, sentenceStart(ctx.p, gap[0]), sentenceEnd(ctx.p, gap[1]), true)
    : r.span;
  const sentence = collapse(ctx.p.original.slice(span[0], span[1]));
  const excerpt = sentence.slice(0, 200);
  return [
    {
      id: 'documentation_gap',
      kind: 'documentation_gap',
      severity: 'medium',
      citation: `${REGIME_CITATIONS[ctx.regime].notice}; ${REGIME_CITATIONS[ctx.regime].claimFile}`,
      explanation: `The denial rests on what the record did not show ("${excerpt}${sentence.length > 200 ? '…' : ''}"). Records that document it (with dates) answer the denial directly.`,
      span,
    },
  ];
}

const DIAGNOSIS_KEYED =
  /\b(?:only (?:covered )?for|covered (?:benefit )?only for|limited to)\b[^.]{0,80}\bdiagnos[ie]s\b/i;
const PATIENT_DIAGNOSIS =
  /\b(?:records|you|the patient|member)\b[^.]{0,40}\b(?:indicate|indicates|show|shows|have|has)\b[^.]{0,20}\bdiagnos[ie]s\b/i;
const ADULT_CRITERIA = /\badult\b/i;
const CHILD = /\b(?:your child|pediatric|your son|your daughter|infant|adolescent)\b/i;

/** Criteria that do not fit the patient: keyed to another diagnosis, population or program. */
export function criteriaMismatch(ctx: FindingContext): Finding[] {
  const out: Finding[] = [];
  const reason = ctx.x.reason.statedReason;
  const cite = REGIME_CITATIONS[ctx.regime].criteria;
  if (reason && DIAGNOSIS_KEYED.test(reason.value) && PATIENT_DIAGNOSIS.test(reason.value)) {
    out.push({
      id: 'criteria_mismatch:diagnosis_keyed_rule',
      kind: 'criteria_mismatch',
      severity: 'medium',
      citation: cite,
      explanation:
        "The rule applied is keyed to a diagnosis the patient does not carry; whether the patient's actual condition and treatment call for the service is a clinical question the treating physician can answer against the rule's purpose.",
      span: reason.span,
    });
  }
  const c = ctx.x.fields.criteria;
  if (
    c &&
    (c.value.vendor === 'CMS NCD' ||
      c.value.vendor === 'CMS LCD' ||
      c.value.vendor === 'CMS manual') &&
    (ctx.regime === 'erisa_group_health' || ctx.regime === 'aca_individual')
  ) {
    out.push({
      id: 'criteria_mismatch:medicare_criteria_on_commercial_plan',
      kind: 'criteria_mismatch',
      severity: 'medium',
      citation: cite,
      explanation: `${c.value.text} is Medicare coverage policy; a commercial plan applying it must show the plan adopted it.`,
      span: c.span,
    });
  }
  if (c && ADULT_CRITERIA.test(c.value.text) && CHILD.test(ctx.p.masked)) {
    out.push({
      id: 'criteria_mismatch:adult_criteria_for_child',
      kind: 'criteria_mismatch',
      severity: 'medium',
      citation: cite,
      explanation: `${c.value.text} is written for adults; the patient is a child.`,
      span: c.span,
    });
  }
  return out;
}

const BEHAVIORAL =
  /\b(?:mental health|behavioral health|substance (?:use|abuse)|psychiatric|psychotherapy|psychological testing|addiction|detox(?:ification)?|opioid use|alcohol use|residential (?:treatment|program)|partial hospitali[sz]ation|intensive outpatient|applied behavior(?:al)? analysis|ABA therapy|autism|eating disorder|major depressive|depression|anxiety disorder|bipolar|schizophrenia|PTSD|ADHD)\b/i;

const BEHAVIORAL_WORDS = [
  'mental',
  'behavioral',
  'substance',
  'psychiatric',
  'psychotherapy',
  'psychological',
  'addiction',
  'detox',
  'detoxification',
  'opioid',
  'alcohol',
  'residential',
  'partial',
  'intensive',
  'applied',
  'aba',
  'autism',
  'eating',
  'major',
  'depression',
  'anxiety',
  'bipolar',
  'schizophrenia',
  'ptsd',
  'adhd',
];

/**
 * MH/SUD benefits are classified by condition (plans follow DSM / ICD chapter F). With diagnosis
 * codes on the letter they decide; a psychiatric procedure code (TMS for migraine) does not.
 */
function behavioralCodes(ctx: FindingContext): { codes: string[]; diagnosisDecides: boolean } {
  const all = ctx.x.fields.icd10?.value ?? [];
  const icd = all.filter((c) => /^F\d/.test(c));
  if (all.length > 0) return { codes: icd, diagnosisDecides: true };
  const cpt = (ctx.x.fields.cptHcpcs?.value ?? []).filter(
    (c) => /^90(?:7[89]\d|8\d\d)$/.test(c) || /^H(?:0|1|2)\d{3}$/.test(c),
  );
  return { codes: cpt, diagnosisDecides: false };
}

/** MHPAEA: limits on mental-health / SUD benefits may be no stricter than on comparable medical ones. */
export function parityQuestion(ctx: FindingContext): Finding[] {
  const cite = REGIME_CITATIONS[ctx.regime].parity;
  if (!cite) return [];
  const { codes, diagnosisDecides } = behavioralCodes(ctx);
  const m = hasAny(ctx.p, BEHAVIORAL_WORDS) ? BEHAVIORAL.exec(ctx.p.masked) : null;
  if (codes.length === 0 && (diagnosisDecides || !m)) return [];
  const f: Finding = {
    id: 'parity_question',
    kind: 'parity_question',
    severity: 'medium',
    citation: cite,
    explanation: `This is a mental-health or substance-use service (${codes.length ? codes.join(', ') : (m as RegExpExecArray)[0]}). Parity law bars applying medical-necessity, prior-authorization or network rules to it more strictly than to comparable medical/surgical care: ask for the comparative analysis.`,
  };
  if (m) f.span = [m.index, m.index + m[0].length];
  return [f];
}

export function urgentWithoutExpedited(ctx: FindingContext): Finding[] {
  if (ctx.serviceType !== 'urgent') return [];
  const d = ctx.disclosures.find((x) => x.element === 'expedited_process');
  if (!d || (d.status !== 'missing' && d.status !== 'vague')) return [];
  const f: Finding = {
    id: 'urgent_without_expedited_process',
    kind: 'urgent_without_expedited_process',
    severity: 'high',
    citation: d.citation,
    explanation: `This is an urgent-care request, but the notice ${d.status === 'missing' ? 'does not describe' : 'does not say how to use'} the expedited review process.`,
  };
  if (d.span) f.span = d.span;
  return [f];
}

/** A notice still holding "[Insert …]" or "<date>" was sent (or is) unfinished. */
export function placeholderFinding(ctx: FindingContext): Finding[] {
  const ph = ctx.p.placeholders;
  if (ph.length === 0) return [];
  const samples = ph.slice(0, 3).map(([s, e]) => collapse(ctx.p.original.slice(s, e)).slice(0, 40));
  return [
    {
      id: 'template_placeholder_unfilled',
      kind: 'template_placeholder_unfilled',
      severity: ctx.p.looksLikeTemplate ? 'medium' : 'high',
      citation: REGIME_CITATIONS[ctx.regime].notice,
      explanation: `${ph.length} template placeholder${ph.length === 1 ? '' : 's'} left unfilled (${samples.map((s) => `"${s}"`).join(', ')}${ph.length > 3 ? ', …' : ''}). Anything behind a placeholder was not disclosed.`,
      span: ph[0] as Span,
    },
  ];
}
