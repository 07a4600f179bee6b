import { LettersError } from './letters-error';

export const MAX_QUOTE_CHARS = 2_000;

/** Whitespace (incl. non-breaking and line breaks) collapsed to one space, ends trimmed; nothing else. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g, ' ').trim();
}

export interface QuoteMatch {
  /** 1-based page within the range where the quote starts. */
  page: number;
  /** The quote as stored: whitespace-normalised. */
  quote: string;
}

/**
 * Cite or abstain: a quote is accepted only if it appears, character for character after whitespace
 * normalisation, on one page of the range (or across the break between two consecutive pages of it).
 * Anything else is refused, so a letter can never put words in the record's mouth.
 * `pages` are the document's page texts; `pageFrom`/`pageTo` are 1-based and inclusive.
 */
export function verifyQuote(
  pages: readonly string[],
  pageFrom: number,
  pageTo: number,
  quote: string,
): QuoteMatch {
  assertPageRange(pages.length, pageFrom, pageTo);
  const wanted = normalizeWhitespace(quote);
  if (wanted.length === 0) throw new LettersError('QUOTE_EMPTY', 'The quote is empty');
  if (wanted.length > MAX_QUOTE_CHARS) {
    throw new LettersError(
      'QUOTE_TOO_LONG',
      `A quote may be at most ${MAX_QUOTE_CHARS} characters`,
      {
        limit: MAX_QUOTE_CHARS,
      },
    );
  }
  for (let p = pageFrom; p <= pageTo; p += 1) {
    const here = normalizeWhitespace(pages[p - 1] ?? '');
    if (here.includes(wanted)) return { page: p, quote: wanted };
    if (p < pageTo) {
      const joined = `${here} ${normalizeWhitespace(pages[p] ?? '')}`;
      const at = joined.indexOf(wanted);
      if (at >= 0 && at < here.length && at + wanted.length > here.length)
        return { page: p, quote: wanted };
    }
  }
  throw new LettersError(
    'QUOTE_NOT_ON_PAGE',
    `The quote does not appear on pages ${pageFrom}-${pageTo}; quote the record exactly or leave the quote out`,
    { pageFrom, pageTo },
  );
}

export function assertPageRange(pageCount: number, pageFrom: number, pageTo: number): void {
  if (
    !Number.isInteger(pageFrom) ||
    !Number.isInteger(pageTo) ||
    pageFrom < 1 ||
    pageTo < pageFrom ||
    pageTo > pageCount
  ) {
    throw new LettersError(
      'PAGE_RANGE_INVALID',
      `Page range ${pageFrom}-${pageTo} is outside the document's ${pageCount} page(s)`,
      { pageFrom, pageTo, pageCount },
    );
  }
}
