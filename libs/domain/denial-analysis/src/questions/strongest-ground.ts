import type { Finding, Ground, StrongestGround } from '../record-check.types';
import { BASIS_ELEMENTS, PROCESS_ELEMENTS } from '../findings/element-labels.data';
import type { FindingContext } from '../findings/finding-context';

/** A ground never rests on a finding whose evidence scores below this (a template, a guess). */
export const GROUND_MIN_EVIDENCE = 0.6;

/** Small omissions (codes, consumer assistance…) add up, but never past this: a list of them must not outweigh one real ground. */
const MINOR_CAP = 3;

/**
 * How much each finding weighs toward a ground; `minor` weights share MINOR_CAP. Findings not
 * listed do not argue for any ground.
 */
function contribution(f: Finding): { ground: Ground; weight: number; minor?: boolean } | null {
  switch (f.kind) {
    case 'criteria_mismatch':
      return { ground: 'criteria_mismatch', weight: 5 };
    case 'carc_contradicts_narrative':
      return { ground: 'criteria_mismatch', weight: 4 };
    case 'documentation_gap':
      return { ground: 'incomplete_record', weight: 5 };
    case 'records_reviewed_not_identified':
      return { ground: 'incomplete_record', weight: 2 };
    case 'missing_disclosure':
    case 'vague_disclosure': {
      const missing = f.kind === 'missing_disclosure';
      if (f.element && BASIS_ELEMENTS.has(f.element))
        return { ground: 'disclosure_defect', weight: missing ? 3 : 2 };
      if (f.element && PROCESS_ELEMENTS.has(f.element))
        return { ground: 'disclosure_defect', weight: missing ? 2 : 1 };
      return { ground: 'disclosure_defect', weight: 1, minor: true };
    }
    case 'stated_window_shorter_than_regulation':
      return { ground: 'disclosure_defect', weight: f.severity === 'high' ? 2 : 1 };
    case 'urgent_without_expedited_process':
      return { ground: 'disclosure_defect', weight: 3 };
    case 'criteria_not_provided':
    case 'template_placeholder_unfilled':
      return { ground: 'disclosure_defect', weight: 2 };
    case 'reviewer_credentials_missing':
      return { ground: 'disclosure_defect', weight: 1 };
    case 'improvement_standard':
      return { ground: 'criteria_mismatch', weight: 5 };
    case 'epsdt_under_21':
      return { ground: 'criteria_mismatch', weight: 4 };
    case 'coverage_limit_standards':
      return { ground: 'disclosure_defect', weight: 2 };
    default:
      return null;
  }
}

/** Ties go to the ground that gives the clinician the most concrete answer to write. */
const TIE_ORDER: readonly Ground[] = [
  'criteria_mismatch',
  'incomplete_record',
  'disclosure_defect',
];

const LEAD: Record<Ground, string> = {
  criteria_mismatch:
    'Lead with criteria mismatch: the standard applied does not fit this patient or this claim, which the treating clinician can rebut point by point.',
  incomplete_record:
    'Lead with the incomplete record: the denial rests on what the file did not show, so supplying the missing documentation answers it directly.',
  disclosure_defect:
    'Lead with the disclosure defects: the notice does not give what the rules require, which is a procedural ground that does not depend on out-arguing the reviewer.',
};

export function chooseStrongestGround(
  ctx: FindingContext,
  findings: readonly Finding[],
): StrongestGround | null {
  const score = new Map<Ground, number>();
  const basis = new Map<Ground, Finding[]>();
  let minor = 0;
  for (const f of findings) {
    const c = contribution(f);
    if (!c) continue;
    if ((f.evidence?.score ?? 1) < GROUND_MIN_EVIDENCE) continue;
    let weight = c.weight;
    if (c.minor) {
      weight = Math.min(weight, MINOR_CAP - minor);
      minor += weight;
    }
    score.set(c.ground, (score.get(c.ground) ?? 0) + weight);
    basis.set(c.ground, [...(basis.get(c.ground) ?? []), f]);
  }
  const ranked = TIE_ORDER.filter((g) => (score.get(g) ?? 0) > 0).sort(
    (a, b) =>
      (score.get(b) ?? 0) - (score.get(a) ?? 0) || TIE_ORDER.indexOf(a) - TIE_ORDER.indexOf(b),
  );
  const best = ranked[0];
  if (!best) {
    // Nothing procedural to press: a letter that discloses its criteria is answered on those criteria.
    const c = ctx.x.fields.criteria;
    if (!c) return null;
    return {
      ground: 'criteria_mismatch',
      reason: `No procedural defect or record gap was found, and the letter discloses its standard (${c.value.text}). Answer those criteria point by point with the clinical record.`,
      basedOn: [],
    };
  }
  const used = basis.get(best) ?? [];
  const top = [...used]
    .sort((a, b) => (contribution(b)?.weight ?? 0) - (contribution(a)?.weight ?? 0))
    .slice(0, 3);
  const others = ranked
    .slice(1)
    .map((g) => `${g} ${score.get(g)}`)
    .join(', ');
  return {
    ground: best,
    reason: `${LEAD[best]} Based on: ${top.map((f) => f.explanation.replace(/\.$/, '')).join('; ')}. (Score ${score.get(best)}${others ? `; ${others}` : ''}.)`,
    basedOn: used.map((f) => f.id),
  };
}
