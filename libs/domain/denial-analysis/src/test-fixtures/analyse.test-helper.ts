import { analyzeDenial } from '../analyze-denial';
import type { AnalyzeOptions, RecordCheckResult } from '../record-check.types';

/** The day the invented letters of the unseen-letter specs are read on (after every date in them). */
export const INVENTED_LETTERS_AS_OF = '2026-01-15';

/** Reads an invented letter the way the specs compare it: a fixed analysis day, defaults otherwise. */
export function analyse(text: string, options: AnalyzeOptions = {}): RecordCheckResult {
  return analyzeDenial(text, { asOf: INVENTED_LETTERS_AS_OF, ...options });
}

/** The category the cues alone give a denial whose reason is `reason` (the word model left out). */
export function cueCategory(reason: string): string {
  return analyse(`Claim 81-4410 was not paid.\n${reason}`, { categoryModel: null }).category;
}

/** The member's first-level filing deadline (YYYY-MM-DD) an invented letter gets, if any. */
export function filingDue(text: string): string | undefined {
  return analyse(text)
    .deadlines.find((d) => d.kind === 'member_appeal_filing')
    ?.due.slice(0, 10);
}

/** The status the engine gives one disclosure element of a result. */
export function disclosureStatus(r: RecordCheckResult, element: string): string | undefined {
  return r.disclosures.find((d) => d.element === element)?.status;
}
