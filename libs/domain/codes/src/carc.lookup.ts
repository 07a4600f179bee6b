import type { DenialCategory } from '@claimlane/shared-contracts';
import { CARC_CLASSIFICATIONS, type CarcClassification } from './carc-category.data';
import { RETIRED_CARCS } from './carc-retired.data';
import { CARC_ROWS } from './carc.data';
import type { CarcInfo } from './code.types';
import { normaliseCarc } from './code-normalise';

export const UNKNOWN_CODE = 'unknown code';

const ACTIVE = new Map<string, string>(CARC_ROWS);
const RETIRED = new Map<string, string>(RETIRED_CARCS.map((r) => [r.code, r.description]));
const CLASSIFIED = new Map<string, CarcClassification>(
  CARC_CLASSIFICATIONS.map((c) => [c.code, c]),
);

export function lookupCarc(input: string): CarcInfo {
  const code = normaliseCarc(input);
  const activeText = code === null ? undefined : ACTIVE.get(code);
  const retiredText = code === null ? undefined : RETIRED.get(code);
  const description = activeText ?? retiredText;
  const classification = code === null ? undefined : CLASSIFIED.get(code);
  if (code === null || description === undefined) {
    return {
      code: code ?? input.trim(),
      description: UNKNOWN_CODE,
      category: null,
      denial: false,
      known: false,
      retired: false,
      categoryReason: null,
    };
  }
  return {
    code,
    description,
    category: classification?.category ?? null,
    denial: classification?.denial ?? false,
    known: true,
    retired: activeText === undefined,
    categoryReason: classification?.reason ?? null,
  };
}

export function categoryForCarc(input: string): DenialCategory | null {
  return lookupCarc(input).category;
}

export function isDenialCarc(input: string): boolean {
  return lookupCarc(input).denial;
}
