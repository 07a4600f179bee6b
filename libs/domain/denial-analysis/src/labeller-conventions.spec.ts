// The corpus conventions the truths and the engine share (NOTES.md, Record Check, "Truth
// conventions"), each shown on a short invented letter so the engine keeps to them.
import { describe, expect, it } from 'vitest';
import { analyse } from './test-fixtures/analyse.test-helper';

const BLANK_REASON =
  'Member ID: [Member ID]\nClaim number: [Claim Number]\n\nWhy we denied your request:\n[Insert the specific reason in plain language.]\n\nYou may appeal within 180 days of receiving this notice.';

describe('category of a blank model form', () => {
  it.each([
    'MODEL FORM ABD-07 -- ADVERSE BENEFIT DETERMINATION (CLINICAL REVIEW)',
    'Template JC-12. Use for: pre-service or payment denials based on clinical review.',
  ])('is medical necessity when its fixed text limits it to clinical review: %s', (title) => {
    expect(analyse(`${title}\n\n${BLANK_REASON}`).category).toBe('medical_necessity');
  });

  it('is other when the reason is left wholly to a placeholder', () => {
    expect(
      analyse(
        `MODEL FORM ABD-02 -- ADVERSE BENEFIT DETERMINATION\nDo not use for: denials with no clinical review.\n\n${BLANK_REASON}`,
      ).category,
    ).toBe('other');
  });
});
