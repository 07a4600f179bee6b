import { createHash } from 'node:crypto';

/**
 * The seal of an exhibit: SHA-256 over the source document's SHA-256, the page range, and the
 * SHA-256 of each page's text, one line each. The document row is content-addressed (a re-upload
 * with other bytes is another document), and the page texts are snapshotted in the exhibit row, so a
 * sealed exhibit can be re-verified at any time and never changes.
 */
export function exhibitSeal(
  documentSha256: string,
  pageFrom: number,
  pageTo: number,
  pageTexts: readonly string[],
): string {
  const h = createHash('sha256');
  h.update(`claimlane-exhibit-v1\n${documentSha256}\n${pageFrom}-${pageTo}\n`);
  for (const text of pageTexts)
    h.update(`${createHash('sha256').update(text, 'utf8').digest('hex')}\n`);
  return h.digest('hex');
}
