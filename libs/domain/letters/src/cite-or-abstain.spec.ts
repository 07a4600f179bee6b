import { describe, expect, it } from 'vitest';
import { normalizeWhitespace, verifyQuote } from './cite-or-abstain';
import type { LettersError } from './letters-error';

const pages = [
  'Visit 2025-01-10.\nPatient reports   pain\nradiating to the left leg.',
  'Exam: absent left\u00a0ankle reflex.\n\nPlan: MRI.',
];

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return (e as LettersError).code;
  }
  return undefined;
}

describe('verifyQuote (cite or abstain)', () => {
  it('accepts an exact quote modulo whitespace and reports its page', () => {
    expect(verifyQuote(pages, 1, 2, 'pain radiating to the left leg.')).toEqual({
      page: 1,
      quote: 'pain radiating to the left leg.',
    });
    expect(verifyQuote(pages, 1, 2, 'absent left ankle reflex')).toEqual({
      page: 2,
      quote: 'absent left ankle reflex',
    });
  });

  it('accepts a quote running over a page break inside the range', () => {
    expect(verifyQuote(pages, 1, 2, 'left leg. Exam: absent').page).toBe(1);
  });

  it('refuses anything not on the pages: paraphrase, other case, outside the range', () => {
    expect(codeOf(() => verifyQuote(pages, 1, 2, 'pain radiating to the right leg'))).toBe(
      'QUOTE_NOT_ON_PAGE',
    );
    expect(codeOf(() => verifyQuote(pages, 1, 2, 'ABSENT LEFT ANKLE REFLEX'))).toBe(
      'QUOTE_NOT_ON_PAGE',
    );
    expect(codeOf(() => verifyQuote(pages, 1, 1, 'absent left ankle reflex'))).toBe(
      'QUOTE_NOT_ON_PAGE',
    );
    expect(codeOf(() => verifyQuote(pages, 1, 2, '   '))).toBe('QUOTE_EMPTY');
  });

  it('refuses page ranges outside the document', () => {
    expect(codeOf(() => verifyQuote(pages, 0, 1, 'x'))).toBe('PAGE_RANGE_INVALID');
    expect(codeOf(() => verifyQuote(pages, 2, 3, 'x'))).toBe('PAGE_RANGE_INVALID');
    expect(codeOf(() => verifyQuote(pages, 2, 1, 'x'))).toBe('PAGE_RANGE_INVALID');
  });

  it('normalises only whitespace', () => {
    expect(normalizeWhitespace(' a\n\tb\u00a0 c ')).toBe('a b c');
  });
});
