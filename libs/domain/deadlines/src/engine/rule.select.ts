import type { DeadlineRule } from '../rules/deadline-rule.types';
import type { EngineContext } from './engine-context';

function inForce(rule: DeadlineRule, governingDate: string): boolean {
  if (rule.effectiveFrom !== null && governingDate < rule.effectiveFrom) return false;
  if (rule.effectiveUntil !== null && governingDate > rule.effectiveUntil) return false;
  return true;
}

function matches(rule: DeadlineRule, ctx: EngineContext): boolean {
  const w = rule.when;
  if (w === undefined) return true;
  if (w.serviceTypes !== undefined && !w.serviceTypes.includes(ctx.service)) return false;
  if (w.partBDrug === true && ctx.facts.partBDrug !== true) return false;
  if (w.internalAppealLevels !== undefined && w.internalAppealLevels !== ctx.internalAppealLevels) {
    return false;
  }
  return true;
}

function specificity(rule: DeadlineRule): number {
  const w = rule.when;
  if (w === undefined) return 0;
  return (
    (w.serviceTypes === undefined ? 0 : 1) +
    (w.partBDrug === true ? 1 : 0) +
    (w.internalAppealLevels === undefined ? 0 : 1)
  );
}

/** The version in force on `governingDate` whose selector fits the case most specifically. */
export function selectRule(
  candidates: readonly DeadlineRule[],
  governingDate: string,
  ctx: EngineContext,
): DeadlineRule | null {
  const fitting = candidates
    .filter((r) => inForce(r, governingDate) && matches(r, ctx))
    .sort((a, b) => specificity(b) - specificity(a));
  return fitting[0] ?? null;
}
