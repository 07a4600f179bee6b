import type { Finding } from '../record-check.types';
import { ELEMENT_LABELS, ELEMENT_SEVERITY } from './element-labels.data';
import type { FindingContext } from './finding-context';

const LOWER: Record<Finding['severity'], Finding['severity']> = {
  high: 'medium',
  medium: 'low',
  low: 'low',
};

/** Every required element that is missing or vague is a finding with the element's citation. */
export function disclosureFindings(ctx: FindingContext, skip: ReadonlySet<string>): Finding[] {
  const out: Finding[] = [];
  for (const d of ctx.disclosures) {
    if (d.status !== 'missing' && d.status !== 'vague') continue;
    if (skip.has(d.element)) continue;
    const label = ELEMENT_LABELS[d.element];
    const f: Finding = {
      id: `${d.status === 'missing' ? 'missing_disclosure' : 'vague_disclosure'}:${d.element}`,
      kind: d.status === 'missing' ? 'missing_disclosure' : 'vague_disclosure',
      severity:
        d.status === 'missing' ? ELEMENT_SEVERITY[d.element] : LOWER[ELEMENT_SEVERITY[d.element]],
      citation: d.citation,
      explanation: `${label} ${d.status === 'missing' ? 'is missing' : 'is inadequate'}: ${d.explanation}.`,
      element: d.element,
    };
    if (d.span) f.span = d.span;
    out.push(f);
  }
  return out;
}
