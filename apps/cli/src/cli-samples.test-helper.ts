// Letters from the repo's corpus with their labels, for the CLI specs (unit and int). The 835s and
// their expected claims are in remittance-samples.test-helper.ts.
import { loadLetterCorpus } from '@claimlane/testing-fixtures';
import type { DenialCategory, Regime } from '@claimlane/shared-contracts';

export interface LetterLabel {
  /** `family/name.txt` in the repo's letter corpus. */
  file: string;
  category: DenialCategory;
  regime: Regime;
  appeal_deadline_days: number | null;
}

export interface SampleLetter {
  label: LetterLabel;
  path: string;
  text: string;
}

/**
 * One denial letter per format family of the repo's letter corpus whose category, regime and
 * stated window the engine reads correctly today (the corpus golden spec tracks the others), with
 * its hand-checked truth as the label. Nothing outside the repository is read.
 */
export function sampleLetters(): SampleLetter[] {
  const graded = ['category', 'regime', 'statedWindow'];
  const seen = new Set<string>();
  return loadLetterCorpus()
    .filter((l) => {
      const t = l.expected.truth;
      if (t.category === null || seen.has(l.family)) return false;
      if (l.expected.knownGaps.some((g) => graded.includes(g))) return false;
      seen.add(l.family);
      return true;
    })
    .map((l) => ({
      label: {
        file: l.file,
        category: l.expected.truth.category as DenialCategory,
        regime: l.expected.truth.regime,
        appeal_deadline_days: l.expected.truth.statedWindow?.days ?? null,
      },
      path: l.path,
      text: l.text,
    }));
}

/** Whitespace-insensitive form, for finding wrapped text in a report. */
export const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
