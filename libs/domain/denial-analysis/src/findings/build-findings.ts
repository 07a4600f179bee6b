import type { DeadlineFinding } from '@claimlane/domain-deadlines';
import type { Finding } from '../record-check.types';
import { carcContradictionFindings } from './code-findings';
import { dateFindings } from './date-findings';
import { disclosureFindings } from './disclosure-findings';
import { regimeDepthFindings } from './regime-depth-findings';
import type { FindingContext } from './finding-context';
import {
  criteriaMismatch,
  criteriaNotProvided,
  documentationGapFinding,
  parityQuestion,
  placeholderFinding,
  recordsReviewedNotIdentified,
  reviewerCredentialsMissing,
  urgentWithoutExpedited,
} from './review-findings';

const SEVERITY_ORDER = { high: 0, medium: 1, low: 2 } as const;

function fromDeadline(d: DeadlineFinding, n: number): Finding {
  const f: Finding = {
    id: `${d.kind}${d.deadlineKind ? `:${d.deadlineKind}` : ''}${n > 1 ? `:${n}` : ''}`,
    kind: d.kind,
    severity: d.severity,
    citation: d.citation,
    explanation: d.explanation,
  };
  if (d.span) f.span = d.span;
  return f;
}

/** All findings, most severe first; ids are unique and stable for the same input. */
export function buildFindings(
  ctx: FindingContext,
  deadlineFindings: readonly DeadlineFinding[],
): Finding[] {
  const urgent = urgentWithoutExpedited(ctx);
  const skip = new Set<string>(urgent.length ? ['expedited_process'] : []);
  const counts = new Map<string, number>();
  const all: Finding[] = [
    ...disclosureFindings(ctx, skip),
    ...urgent,
    ...criteriaNotProvided(ctx),
    ...reviewerCredentialsMissing(ctx),
    ...recordsReviewedNotIdentified(ctx),
    ...documentationGapFinding(ctx),
    ...criteriaMismatch(ctx),
    ...carcContradictionFindings(ctx),
    ...parityQuestion(ctx),
    ...dateFindings(ctx),
    ...placeholderFinding(ctx),
    ...regimeDepthFindings(ctx),
    ...deadlineFindings.map((d) => {
      const key = `${d.kind}:${d.deadlineKind ?? ''}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      return fromDeadline(d, counts.get(key) as number);
    }),
  ];
  const seen = new Set<string>();
  const unique = all.filter((f) => (seen.has(f.id) ? false : (seen.add(f.id), true)));
  const sorted = unique
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.i - b.i)
    .map((x) => x.f);
  // Each defect once: one disclosure element is reported by its most severe finding only
  // (criteria not provided (high) and the criteria disclosure being vague (medium) are one defect).
  const elementSeen = new Set<string>();
  return sorted
    .filter((f) => {
      const element = f.element ?? ELEMENT_OF[f.kind];
      if (!element) return true;
      if (elementSeen.has(element)) return false;
      elementSeen.add(element);
      return true;
    })
    .map((f) => ({ ...f, evidence: evidenceOf(ctx, f) }));
}

/** Findings that are about one disclosure element without carrying it. */
const ELEMENT_OF: Partial<Record<Finding['kind'], string>> = {
  criteria_not_provided: 'criteria_or_guideline',
  urgent_without_expedited_process: 'expedited_process',
};

/**
 * How well a finding is supported. A blank template proves nothing about a real notice; a
 * disclosure duty depends on the regime and a clinical-basis finding on the category, so an
 * undecided regime or category weakens them.
 */
function evidenceOf(ctx: FindingContext, f: Finding): NonNullable<Finding['evidence']> {
  const kind = f.span ? 'sentence' : 'inferred';
  let score = f.span ? 0.9 : 0.8;
  if (ctx.p.looksLikeTemplate && f.kind !== 'template_placeholder_unfilled') score = 0.4;
  const disclosure = f.kind === 'missing_disclosure' || f.kind === 'vague_disclosure';
  if (disclosure && ctx.regime === 'unknown') score = Math.min(score, 0.5);
  const clinical =
    f.kind === 'criteria_mismatch' ||
    f.kind === 'documentation_gap' ||
    f.kind === 'carc_contradicts_narrative';
  // A category the engine only guessed (abstained) cannot carry a clinical-basis finding that
  // quotes nothing of its own.
  if (clinical && !f.span && ctx.categoryEvidence.decidedBy === 'default')
    score = Math.min(score, 0.5);
  return { kind, score: Math.round(score * 100) / 100 };
}
