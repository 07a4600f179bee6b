import type { CriterionGroup } from './letter.types';
import { LettersError } from './letters-error';

export interface MatrixCriterion {
  id: string;
  ref: string;
  parentRef: string | null;
  text: string;
  group: CriterionGroup | null;
  groupMin: number | null;
  evidenceCount: number;
  explanation: string | null;
}

export type CriterionStatus = 'evidenced' | 'explained' | 'met_by_group' | 'not_required' | 'unmet';

export interface CriterionCompleteness {
  criterionId: string;
  ref: string;
  status: CriterionStatus;
}

export interface EvidenceTask {
  criterionId: string;
  ref: string;
  /** What to find, e.g. "PT notes covering the 6 weeks before 2025-02-03". */
  task: string;
}

export interface MatrixCompleteness {
  total: number;
  evidenced: number;
  explained: number;
  unmet: number;
  readyToSubmit: boolean;
  criteria: CriterionCompleteness[];
  tasks: EvidenceTask[];
  /** Set when no criteria are on file at all: the case must ask the payer for them. */
  criteriaMissing: boolean;
}

interface TreeNode {
  c: MatrixCriterion;
  children: TreeNode[];
}

/**
 * Which criteria the record answers. A criterion is satisfied by its own evidence or written
 * explanation, or, when it has children, by its group rule (all / any / at least N of them). Under a
 * satisfied criterion (or a satisfied top-level "any" list) the remaining unanswered items are
 * `not_required`. A case is ready to submit only when the top-level rule is met and no criterion is
 * left `unmet`; each unmet leaf becomes a task.
 */
export function matrixCompleteness(
  criteria: readonly MatrixCriterion[],
  rootGroup: CriterionGroup = 'all',
  rootMin: number | null = null,
  serviceDate: string | null = null,
): MatrixCompleteness {
  const byRef = new Map<string, TreeNode>();
  const roots: TreeNode[] = [];
  for (const c of criteria) byRef.set(c.ref, { c, children: [] });
  for (const c of criteria) {
    const node = byRef.get(c.ref)!;
    const parent = c.parentRef ? byRef.get(c.parentRef) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  const status = new Map<string, CriterionStatus>();
  const evaluate = (n: TreeNode): boolean => {
    const childResults = n.children.map(evaluate);
    let s: CriterionStatus;
    if (n.c.evidenceCount > 0) s = 'evidenced';
    else if (n.c.explanation && n.c.explanation.trim() !== '') s = 'explained';
    else if (n.children.length > 0 && groupMet(n.c.group ?? 'all', n.c.groupMin, childResults))
      s = 'met_by_group';
    else s = 'unmet';
    status.set(n.c.id, s);
    return s !== 'unmet';
  };
  const rootResults = roots.map(evaluate);
  const allMet = roots.length > 0 && groupMet(rootGroup, rootMin, rootResults);
  const release = (n: TreeNode) => {
    if (status.get(n.c.id) === 'unmet') status.set(n.c.id, 'not_required');
    n.children.forEach(release);
  };
  const releaseUnder = (n: TreeNode) => {
    if (status.get(n.c.id) === 'unmet') n.children.forEach(releaseUnder);
    else n.children.forEach(release);
  };
  roots.forEach(releaseUnder);
  if (allMet) roots.forEach(release);

  const tasks: EvidenceTask[] = [];
  const counts = { evidenced: 0, explained: 0, unmet: 0 };
  for (const c of criteria) {
    const s = status.get(c.id)!;
    if (s === 'evidenced') counts.evidenced += 1;
    else if (s === 'explained') counts.explained += 1;
    else if (s === 'unmet') {
      counts.unmet += 1;
      if (!byRef.get(c.ref)!.children.length)
        tasks.push({
          criterionId: c.id,
          ref: c.ref,
          task: evidenceTaskFor(c.ref, c.text, serviceDate),
        });
    }
  }
  return {
    total: criteria.length,
    ...counts,
    readyToSubmit: allMet && counts.unmet === 0,
    criteria: criteria.map((c) => ({ criterionId: c.id, ref: c.ref, status: status.get(c.id)! })),
    tasks,
    criteriaMissing: criteria.length === 0,
  };
}

function groupMet(group: CriterionGroup, min: number | null, results: boolean[]): boolean {
  const met = results.filter(Boolean).length;
  if (group === 'any') return met >= 1;
  if (group === 'at_least') return met >= (min ?? 1);
  return results.length > 0 && met === results.length;
}

/** Throws MATRIX_INCOMPLETE naming the unmet refs, for "mark ready to submit". */
export function assertReadyToSubmit(report: MatrixCompleteness): void {
  if (report.criteriaMissing) {
    throw new LettersError(
      'MATRIX_INCOMPLETE',
      'No criteria are on file: request the payer’s criteria first',
      {
        unmet: [],
      },
    );
  }
  if (!report.readyToSubmit) {
    const unmet = report.criteria.filter((c) => c.status === 'unmet').map((c) => c.ref);
    throw new LettersError(
      'MATRIX_INCOMPLETE',
      `Criteria without evidence or a written explanation: ${unmet.join(', ')}`,
      { unmet },
    );
  }
}

const SOURCES: Array<{ re: RegExp; what: string }> = [
  { re: /\bphysical therapy\b|\bPT\b|\bphysiotherap/i, what: 'PT notes' },
  {
    re: /\bmedication|\bNSAID|\banalges|\bdrug\b|\bpharmac|\bprescri/i,
    what: 'Medication history',
  },
  { re: /\bimaging\b|\bx-?ray|\bradiograph|\bMRI\b|\bCT\b|\bultrasound/i, what: 'Imaging report' },
  { re: /\bconservative (?:therapy|treatment|care|management)/i, what: 'Chart notes and PT notes' },
  {
    re: /\bexam(?:ination)?\b|\bneurolog|\bdeficit|\bfinding|\bstrength\b|\breflex/i,
    what: 'Chart notes with exam findings',
  },
  {
    re: /\bfunction|\bADL\b|\bactivities of daily living|\bimpair/i,
    what: 'Chart notes documenting functional impairment',
  },
  { re: /\bdiagnos|\bICD\b/i, what: 'Chart notes confirming the diagnosis' },
];

const DURATION =
  /\b(\d{1,3}|one|two|three|four|five|six|eight|twelve)\s*(?:\(\d+\)\s*)?(?:consecutive\s+)?(weeks?|wks?|months?|mos?|days?)\b/i;
const WORDS: Record<string, string> = {
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  eight: '8',
  twelve: '12',
};

/**
 * The record that would answer a criterion, phrased as a task: "PT notes covering the 6 weeks before
 * 2025-02-03". Falls back to the criterion's own ref when the text names no record type.
 */
export function evidenceTaskFor(ref: string, text: string, serviceDate: string | null): string {
  const source = SOURCES.find((s) => s.re.test(text))?.what ?? 'Record pages';
  const d = DURATION.exec(text);
  let span = '';
  if (d) {
    const n = WORDS[d[1]!.toLowerCase()] ?? d[1]!;
    const unit = d[2]!.toLowerCase().startsWith('w')
      ? 'weeks'
      : d[2]!.toLowerCase().startsWith('m')
        ? 'months'
        : 'days';
    span = ` covering the ${n} ${n === '1' ? unit.slice(0, -1) : unit}${serviceDate ? ` before ${serviceDate}` : ''}`;
  }
  return `${source}${span} (criterion ${ref}), or a written explanation`;
}
