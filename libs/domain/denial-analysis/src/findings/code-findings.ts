import type { Finding } from '../record-check.types';
import { REGIME_CITATIONS } from './regime-citations.data';
import type { FindingContext } from './finding-context';

/**
 * A denial code whose category differs from what the narrative says (e.g. CO-97 "bundled" on a
 * letter that argues medical necessity) means the payer's stated basis is unclear: the appeal can
 * hold the payer to one reason.
 */
export function carcContradictionFindings(ctx: FindingContext): Finding[] {
  const narrative = ctx.categoryEvidence.narrativeCategory;
  if (!narrative) return [];
  const out: Finding[] = [];
  for (const c of ctx.x.codes.carc) {
    if (!c.denial || !c.category || c.group === 'PR' || c.category === narrative) continue;
    out.push({
      id: `carc_contradicts_narrative:${c.code}`,
      kind: 'carc_contradicts_narrative',
      severity: 'medium',
      citation: `${REGIME_CITATIONS[ctx.regime].codes}; ${REGIME_CITATIONS[ctx.regime].notice}`,
      explanation: `Code ${c.code} ("${c.description.split(/(?<=\.)\s/)[0]}") is a ${c.category} code, but the letter's narrative reads as ${narrative}. The notice gives two different bases for one decision; ask which one the plan relies on and hold it to that one.`,
      span: c.span,
    });
  }
  return out;
}
