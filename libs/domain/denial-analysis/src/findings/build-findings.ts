import type { DeadlineFinding } from '@claimlane/domain-deadlines';
import type { Finding } from '../record-check.types';
import { carcContradictionFindings } from './code-findings';
import { dateFindings } from './date-findings';
import { disclosureFindings } from './disclosure-findings';
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
    ...deadlineFindings.map((d) => {
      const key = `${d.kind}:${d.deadlineKind ?? ''}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      return fromDeadline(d, counts.get(key) as number);
    }),
  ];
  const seen = new Set<string>();
  const unique = all.filter((f) => (seen.has(f.id) ? false : (seen.add(f.id), true)));
  return unique
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.i - b.i)
    .map((x) => x.f);
}
