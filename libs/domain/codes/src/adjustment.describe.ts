import { ADJUSTMENT_GROUPS, type AdjustmentGroup } from './adjustment-groups.data';
import { lookupCarc } from './carc.lookup';
import type { AdjustmentDescription } from './code.types';
import { normaliseGroup } from './code-normalise';

const UNKNOWN_GROUP = 'unknown group code';
const GROUPS = new Map(ADJUSTMENT_GROUPS.map((g) => [g.code, g]));

export function adjustmentGroup(input: string): AdjustmentGroup | null {
  const code = normaliseGroup(input);
  return code === null ? null : (GROUPS.get(code) ?? null);
}

/** Group + CARC as a remittance line shows them (CAS01 + CAS02). Never throws. */
export function describeAdjustment(group: string, carc: string): AdjustmentDescription {
  const g = adjustmentGroup(group);
  const info = lookupCarc(carc);
  const prefix = `${g?.code ?? (group.trim().toUpperCase() || '?')}-${info.code}`;
  const retired = info.retired ? ' [retired code]' : '';
  return {
    group: g?.code ?? null,
    groupMeaning: g?.name ?? UNKNOWN_GROUP,
    patientMayBeBilled: g?.patientMayBeBilled ?? null,
    carc: info,
    text: `${prefix} (${g?.name ?? UNKNOWN_GROUP}): ${info.description}${retired}`,
  };
}
