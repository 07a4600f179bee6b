import type { DenialCategory } from '@claimlane/shared-contracts';
import { extractFields } from '../extract/extract-fields';
import { prepareText } from '../text/prepare-text';
import { type CategoryModel, categoryModelText, trainCategoryModel } from './category-model';

/** Trains the category word model on letters with a hand-checked category (non-denials have none). */
export function trainOnLetters(
  letters: ReadonlyArray<{ text: string; category: DenialCategory | null }>,
): CategoryModel {
  const rows: Array<{ text: string; category: DenialCategory }> = [];
  for (const l of letters) {
    if (!l.category) continue;
    const p = prepareText(l.text);
    const reason = extractFields(p).fields.statedReason?.value;
    rows.push({ text: categoryModelText(reason, p.masked), category: l.category });
  }
  return trainCategoryModel(rows);
}
