import type { PlanHint, PlanTypeHint } from '../record-check.types';
import { type PreparedText, hasAny } from '../text/prepare-text';
import { collapse } from '../text/text-utils';

const HINTS: ReadonlyArray<{ hint: PlanTypeHint; re: RegExp; words: readonly string[] }> = [
  {
    hint: 'employer_sponsored',
    words: ['employee', 'employees', 'employer', 'group'],
    re: /\bEmployee(?:s['’])? (?:Health|Medical|Benefits?|Welfare|Dental) Plan\b|\bemployer(?:['’]s)?(?: group)? (?:health )?plan\b|\bgroup health plan\b|\byour employer\b/i,
  },
  {
    hint: 'self_funded_erisa',
    words: ['self', 'administrator', 'behalf'],
    re: /\bself[- ](?:funded|insured)\b|\b(?:claims )?administrator for (?:the )?[^\n]{0,80}\bEmployee(?:s['’])? [A-Za-z ]{0,20}Plan\b|\bon behalf of (?:the )?[^\n]{0,80}\bEmployee(?:s['’])? [A-Za-z ]{0,20}Plan\b/i,
  },
  {
    hint: 'fully_insured',
    words: ['insured', 'underwritten', 'insurance'],
    re: /\b(?:insured|underwritten) by\b|\bfully insured\b|\binsurance company\b/i,
  },
  {
    hint: 'individual',
    words: ['individual', 'marketplace', 'healthcare'],
    re: /\bindividual (?:policy|plan|health insurance|coverage|market)\b|\b(?:Health Insurance )?Marketplace\b|\bHealthCare\.gov\b/i,
  },
  {
    hint: 'medicare_advantage',
    words: ['advantage', 'entity', 'denial'],
    re: /\bMedicare Advantage\b|\bIndependent Review Entity\b|\bNotice of Denial of (?:Medical Coverage|Payment)\b/i,
  },
  { hint: 'medicare', words: ['medicare'], re: /\bMedicare\b/ },
  {
    hint: 'medicaid',
    words: ['medicaid', 'mmc', 'mltc', 'chip'],
    re: /\bMedicaid\b|\bMMC\b|\bMLTC\b|\bCHIP\b/,
  },
];

export function extractPlanHints(p: PreparedText): PlanHint[] {
  const out: PlanHint[] = [];
  for (const { hint, re, words } of HINTS) {
    if (!hasAny(p, words)) continue;
    const m = re.exec(p.masked);
    if (m) out.push({ hint, cue: collapse(m[0]), span: [m.index, m.index + m[0].length] });
  }
  return out;
}
