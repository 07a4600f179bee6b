/**
 * A page with fewer readable characters than this has no usable text layer if it also paints an
 * image or has no text at all: scanners and fax servers stamp a page number or a fax header on
 * the scan. 20 is below any real letter content (a date plus a name) but above those stamps. A
 * page with a little text and no image (a closing line that spilled onto the last page) is kept.
 */
export const MIN_TEXT_CHARS_PER_PAGE = 20;

/**
 * Below this share of readable characters a text layer is junk: fonts without a Unicode map come
 * out as private-use code points or replacement characters.
 */
export const MIN_READABLE_SHARE = 0.5;

/** `sparse`: some readable text, below {@link MIN_TEXT_CHARS_PER_PAGE}; the page's images decide. */
export type PageTextLayer = 'ok' | 'empty' | 'sparse' | 'unreadable';

const READABLE = /[\p{L}\p{M}\p{N}\p{P}\p{S}]/gu;
const NON_SPACE = /\S/gu;

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

export function classifyPageText(text: string): PageTextLayer {
  const nonSpace = count(text, NON_SPACE);
  // U+FFFD is a symbol (\p{So}) but means "could not decode": never readable.
  const readable = count(text, READABLE) - count(text, /\uFFFD/g);
  if (nonSpace >= MIN_TEXT_CHARS_PER_PAGE && readable < MIN_READABLE_SHARE * nonSpace) {
    return 'unreadable';
  }
  if (readable === 0) return 'empty';
  return readable < MIN_TEXT_CHARS_PER_PAGE ? 'sparse' : 'ok';
}

/** "2, 3" for two pages, "1-5, 7" once a run reaches three pages. */
export function formatPageList(pages: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < pages.length;) {
    let j = i;
    while (j + 1 < pages.length && (pages[j + 1] as number) === (pages[j] as number) + 1) j++;
    if (j - i >= 2) {
      parts.push(`${pages[i]}-${pages[j]}`);
    } else {
      for (let k = i; k <= j; k++) parts.push(String(pages[k]));
    }
    i = j + 1;
  }
  return parts.join(', ');
}

function pagePhrase(pages: readonly number[]): string {
  return `${pages.length === 1 ? 'page' : 'pages'} ${formatPageList(pages)}`;
}

/** The OCR reason for a PDF, or null when every page has a usable text layer. Pages are 1-based. */
export function describeOcrNeed(
  pagesWithoutText: readonly number[],
  pagesWithUnreadableText: readonly number[],
): string | null {
  const reasons: string[] = [];
  if (pagesWithoutText.length > 0) reasons.push(`no text layer on ${pagePhrase(pagesWithoutText)}`);
  if (pagesWithUnreadableText.length > 0) {
    reasons.push(`unreadable text layer on ${pagePhrase(pagesWithUnreadableText)}`);
  }
  return reasons.length > 0 ? reasons.join('; ') : null;
}
