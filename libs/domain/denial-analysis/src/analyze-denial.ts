import { computeDeadlines } from '@claimlane/domain-deadlines';
import { CATEGORY_MIN_SCORE, classifyCategory } from './classify/classify-category';
import { committedCategoryModel } from './classify/category-model';
import { classifyDocumentKind } from './classify/classify-document-kind';
import { REGIME_MIN_MARGIN, REGIME_MIN_SCORE, classifyRegime } from './classify/classify-regime';
import { withCategoryConfidence, withRegimeConfidence } from './classify/confidence';
import { inferServiceType } from './classify/infer-service-type';
import { buildDeadlineFacts, windowFromLastDay } from './deadline-facts';
import {
  assessDisclosures,
  clinicalBasis,
  documentationGap,
} from './disclosures/assess-disclosures';
import { ENGINE_VERSION, RULES_VERSION } from './engine-version';
import { settleDeniedAmount } from './extract/extract-amounts';
import { codeStrings, extractFields } from './extract/extract-fields';
import { parseDateString } from './extract/extract-dates';
import { reasonAtCue } from './extract/extract-reason';
import { buildFindings } from './findings/build-findings';
import type { FindingContext } from './findings/finding-context';
import { composeLetter, selectNextQuestions } from './questions/next-questions';
import { chooseStrongestGround } from './questions/strongest-ground';
import type {
  AnalyzeOptions,
  DisclosureAssessment,
  KnownFacts,
  RecordCheckResult,
  Tuning,
  UserQuestion,
} from './record-check.types';
import { hasAny, prepareText } from './text/prepare-text';
import { matchOutside } from './classify/score-cues';

const FINAL_DETERMINATION =
  /\bfinal (?:internal )?adverse (?:benefit )?determination\b|\b(?:you|your provider|you or your provider) (?:asked for|requested|filed) (?:a |an |your )?(?:plan |internal )?appeal\b|\bwe (?:have )?(?:reviewed|decided) your appeal\b|\b(?:denial|decision) (?:was|is|has been) upheld\b|\buph(?:eld|old) (?:our|the) (?:original |initial )?(?:decision|denial)\b|\bwhat we decided (?:about|on) (?:the|your) appeal\b|\bappeal decision\W{1,5}(?:redetermination|reconsideration)\b|\b(?:our|the|appeal) decision\W{1,5}(?:partially )?unfavorable\b/i;

function isoOrUndefined(s: string | undefined): string | undefined {
  if (s === undefined) return undefined;
  return /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : (parseDateString(s) ?? undefined);
}

function normaliseFacts(f: KnownFacts | undefined): KnownFacts {
  const out: KnownFacts = { ...(f ?? {}) };
  const notice = isoOrUndefined(f?.noticeDate);
  const received = isoOrUndefined(f?.receivedDate);
  if (notice) out.noticeDate = notice;
  else delete out.noticeDate;
  if (received) out.receivedDate = received;
  else delete out.receivedDate;
  const services = [...(f?.serviceDates ?? []), ...(f?.serviceDate ? [f.serviceDate] : [])]
    .map(isoOrUndefined)
    .filter((d): d is string => !!d);
  if (services.length) out.serviceDates = services;
  return out;
}

/**
 * Reads a denial letter (or EOB) and returns the Record Check: fields with spans, category and
 * regime with their evidence, the 13 disclosures, findings, deadlines, the next written questions
 * and the strongest ground. Pure, deterministic, never throws on text input, never logs.
 */
export function analyzeDenial(text: string, options: AnalyzeOptions = {}): RecordCheckResult {
  const input = typeof text === 'string' ? text : '';
  const facts = normaliseFacts(options.facts);
  const p = prepareText(input);
  const x = extractFields(p);
  const fields = x.fields;

  const tuning: Tuning = {
    categoryMinScore: CATEGORY_MIN_SCORE,
    regimeMinScore: REGIME_MIN_SCORE,
    regimeMinMargin: REGIME_MIN_MARGIN,
    ...options.tuning,
  };
  // A line the plan allowed counts as kept even where the EOB prints no paid column (vision and
  // dental statements show Billed / Covered / You owe).
  const paidOnLines = fields.serviceLines.reduce(
    (a, l) => a + (l.amounts.paid ?? l.amounts.allowed ?? 0),
    0,
  );
  // A claim table's paid column beats a paid figure in prose, which may be another claim's
  // ("already processed on claim X, paid $86.40").
  const tablePaid = fields.serviceLines.some((l) => l.amounts.paid !== undefined);
  const documentKind = classifyDocumentKind(
    p,
    x.codes.carc,
    tablePaid
      ? paidOnLines
      : ((x.paidInOtherClaims ?? fields.paidAmount)?.value ??
          (paidOnLines > 0 ? paidOnLines : null)),
    fields.deniedAmount?.value ?? null,
  );
  const adverse = documentKind.value === 'denial' || documentKind.value === 'partial_denial';
  fields.deniedAmount = settleDeniedAmount(fields, documentKind.value, paidOnLines);

  const regimeRead = classifyRegime(p, facts.regime, tuning.regimeMinScore, tuning.regimeMinMargin);
  const regime = regimeRead.regime;
  const regimeEvidence = withRegimeConfidence(p, regime, regimeRead.evidence);
  const categoryRead = classifyCategory(
    p,
    fields.statedReason?.span ?? null,
    x.codes.carc,
    tuning.categoryMinScore,
    options.categoryModel === undefined ? committedCategoryModel() : options.categoryModel,
  );
  const category = adverse ? categoryRead.category : 'other';
  const categoryEvidence = adverse
    ? withCategoryConfidence(p, category, categoryRead.evidence)
    : {
        ...categoryRead.evidence,
        decidedBy: 'default' as const,
        reason: `not an adverse determination (${documentKind.value.replace(/_/g, ' ')}): no denial category`,
        confidence: 0,
        evidenceKind: 'inferred' as const,
        decidingQuestion: null,
      };
  // No reason found by heading, zone or phrase: the sentence of the cue that decided the category.
  if (adverse && !fields.statedReason && categoryEvidence.decidedBy === 'cues') {
    const atCue = reasonAtCue(p, categoryEvidence.cues, category);
    if (atCue) {
      fields.statedReason = atCue;
      x.reason.statedReason = atCue;
    }
  }
  const serviceType = inferServiceType(p, facts.serviceType);
  // Read from what the letter decides, not from its appeal-rights text ("if we uphold our
  // decision on appeal…" describes a future step).
  const finalDetermination =
    hasAny(p, ['final', 'appeal', 'upheld', 'uphold']) &&
    matchOutside(p, FINAL_DETERMINATION, ['appeal_rights']) !== null;

  const noticeDate = facts.noticeDate ?? fields.noticeDate?.value ?? null;
  // A window printed as its last day counts from the notice date in use, so it ends on that day.
  fields.statedDeadline ??= windowFromLastDay(x.deadlines.lastDay, noticeDate);
  const serviceDates = facts.serviceDates ?? fields.serviceDates?.value ?? [];
  const disclosures = assessDisclosures({ p, x, regime, category, serviceType: serviceType.value });

  const deadlineResult = computeDeadlines(
    buildDeadlineFacts({
      regime,
      serviceType: serviceType.value,
      noticeDate,
      receivedDate: fields.receivedDate?.value ?? null,
      claimReceivedDate: fields.claimReceivedDate?.value ?? null,
      statedDeadline: fields.statedDeadline,
      finalDetermination,
      // A Medicaid plan serves one state, so its letterhead state is the member's; other plans' is not.
      state: regime === 'medicaid_managed_care' ? (fields.state?.value ?? null) : null,
      facts,
      ...(options.asOf ? { asOf: options.asOf } : {}),
    }),
  );

  const ctx: FindingContext = {
    p,
    x,
    regime,
    category,
    categoryEvidence,
    serviceType: serviceType.value,
    disclosures,
    payer: facts.payer ?? fields.payer?.value ?? null,
    noticeDate,
    serviceDates,
    clinicalBasis: clinicalBasis({ p, x }),
    documentationGap: documentationGap({ p, x, category }),
  };
  const findings = buildFindings(ctx, deadlineResult.findings);
  const nextQuestions = selectNextQuestions(ctx, findings);

  const pendingDeadlines = adverse ? deadlineResult.pending : [];
  const questionsForUser: UserQuestion[] = [];
  if (documentKind.decidingQuestion)
    questionsForUser.push({ decides: 'document_kind', text: documentKind.decidingQuestion });
  if (adverse && categoryEvidence.decidingQuestion)
    questionsForUser.push({ decides: 'category', text: categoryEvidence.decidingQuestion });
  if (regimeEvidence.decidingQuestion)
    questionsForUser.push({ decides: 'regime', text: regimeEvidence.decidingQuestion });
  const dateQuestion = pendingDeadlines[0]?.question;
  if (dateQuestion) questionsForUser.push({ decides: 'notice_date', text: dateQuestion });

  return {
    version: { engine: ENGINE_VERSION, rules: RULES_VERSION },
    documentKind,
    category,
    categoryEvidence,
    regime,
    regimeEvidence,
    serviceType,
    determinationLevel: finalDetermination ? 'final_internal' : 'initial',
    // A window "to respond within 14 days" on a records request is not an appeal window.
    fields: adverse ? fields : { ...fields, statedDeadline: null },
    carc: codeStrings(x.codes.carc),
    rarc: codeStrings(x.codes.rarc),
    carcDetails: x.codes.carc,
    rarcDetails: x.codes.rarc,
    // Not an adverse determination: no notice duties, no clocks, nothing to ask the payer.
    disclosures: adverse ? disclosures : disclosures.map(notRequired),
    deadlines: adverse ? deadlineResult.deadlines : [],
    pendingDeadlines,
    findings: adverse ? findings : [],
    nextQuestions: adverse ? nextQuestions : [],
    letter: adverse ? composeLetter(ctx, nextQuestions, options.sender) : '',
    questionsForUser,
    strongestGround: adverse ? chooseStrongestGround(ctx, findings) : null,
    input: {
      length: input.length,
      analyzedLength: p.analyzedLength,
      excerptMarkerRemoved: p.excerptMarkerRemoved,
      placeholderCount: p.placeholders.length,
      looksLikeTemplate: p.looksLikeTemplate,
    },
  };
}

function notRequired(d: DisclosureAssessment): DisclosureAssessment {
  return {
    ...d,
    status: 'not_applicable',
    span: null,
    explanation: 'not an adverse determination: the notice duties of a denial do not apply',
  };
}
