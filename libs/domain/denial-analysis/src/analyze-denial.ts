import { computeDeadlines } from '@claimlane/domain-deadlines';
import { classifyCategory } from './classify/classify-category';
import { classifyRegime } from './classify/classify-regime';
import { inferServiceType } from './classify/infer-service-type';
import { buildDeadlineFacts } from './deadline-facts';
import {
  assessDisclosures,
  clinicalBasis,
  documentationGap,
} from './disclosures/assess-disclosures';
import { ENGINE_VERSION, RULES_VERSION } from './engine-version';
import { codeStrings, extractFields } from './extract/extract-fields';
import { parseDateString } from './extract/extract-dates';
import { buildFindings } from './findings/build-findings';
import type { FindingContext } from './findings/finding-context';
import { composeLetter, selectNextQuestions } from './questions/next-questions';
import { chooseStrongestGround } from './questions/strongest-ground';
import type { AnalyzeOptions, KnownFacts, RecordCheckResult } from './record-check.types';
import { hasAny, prepareText } from './text/prepare-text';

const FINAL_DETERMINATION =
  /\bfinal (?:internal )?adverse (?:benefit )?determination\b|\b(?:you|your provider|you or your provider) (?:asked for|requested|filed) (?:a |an |your )?(?:plan |internal )?appeal\b|\bwe (?:have )?(?:reviewed|decided) your appeal\b|\b(?:denial|decision) (?:was|is|has been) upheld\b|\buph(?:eld|old) (?:our|the) (?:original |initial )?(?:decision|denial)\b/i;

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

  const { regime, evidence: regimeEvidence } = classifyRegime(p, facts.regime);
  const { category, evidence: categoryEvidence } = classifyCategory(
    p,
    fields.statedReason?.span ?? null,
    x.codes.carc,
  );
  const serviceType = inferServiceType(p, facts.serviceType);
  const finalDetermination =
    hasAny(p, ['final', 'appeal', 'upheld', 'uphold']) && FINAL_DETERMINATION.test(p.masked);

  const noticeDate = facts.noticeDate ?? fields.noticeDate?.value ?? null;
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

  return {
    version: { engine: ENGINE_VERSION, rules: RULES_VERSION },
    category,
    categoryEvidence,
    regime,
    regimeEvidence,
    serviceType,
    determinationLevel: finalDetermination ? 'final_internal' : 'initial',
    fields,
    carc: codeStrings(x.codes.carc),
    rarc: codeStrings(x.codes.rarc),
    carcDetails: x.codes.carc,
    rarcDetails: x.codes.rarc,
    disclosures,
    deadlines: deadlineResult.deadlines,
    findings,
    nextQuestions,
    letter: composeLetter(ctx, nextQuestions),
    strongestGround: chooseStrongestGround(ctx, findings),
    input: {
      length: input.length,
      analyzedLength: p.analyzedLength,
      excerptMarkerRemoved: p.excerptMarkerRemoved,
      placeholderCount: p.placeholders.length,
      looksLikeTemplate: p.looksLikeTemplate,
    },
  };
}
