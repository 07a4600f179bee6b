import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderTestPdf } from '@claimlane/testing-fixtures';

/**
 * The isolation runs the compiled extractor (dist/, built by `npm test` before the suite), exactly as
 * the API does in production.
 */
const compiled = resolve(
  __dirname,
  '../../../../dist/libs/server/documents/src/extract-document-isolated.js',
);

describe('extractDocumentIsolated (worker thread with budgets)', () => {
  if (!existsSync(compiled))
    throw new Error('Build first (node scripts/build.mjs): this spec runs the compiled extractor');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(compiled) as typeof import('./extract-document-isolated');

  it('extracts a text PDF the same way as in-process', async () => {
    const { bytes } = await renderTestPdf([
      { text: 'We denied the lumbar MRI as not medically necessary.' },
    ]);
    const doc = await mod.extractDocumentIsolated({ bytes });
    expect(doc.format).toBe('pdf');
    expect(doc.text).toContain('not medically necessary');
  });

  it('keeps the DocumentError codes of the extractor', async () => {
    const { bytes } = await renderTestPdf([{ text: 'secret' }], {
      userPassword: 'pw',
      ownerPassword: 'pw',
    });
    await expect(mod.extractDocumentIsolated({ bytes })).rejects.toMatchObject({
      code: 'DOCUMENT_ENCRYPTED',
    });
    await expect(mod.extractDocumentIsolated({ bytes: Buffer.alloc(0) })).rejects.toMatchObject({
      code: 'DOCUMENT_EMPTY',
    });
  });

  it('turns a blown time budget into DOCUMENT_TOO_COMPLEX and survives', async () => {
    const pages = Array.from({ length: 60 }, (_, i) => ({ text: `page ${i} `.repeat(400) }));
    const { bytes } = await renderTestPdf(pages);
    await expect(mod.extractDocumentIsolated({ bytes }, { timeoutMs: 5 })).rejects.toMatchObject({
      code: 'DOCUMENT_TOO_COMPLEX',
    });
    // The process is fine and the next document works.
    const small = await renderTestPdf([{ text: 'still here' }]);
    expect((await mod.extractDocumentIsolated({ bytes: small.bytes })).text).toContain(
      'still here',
    );
  });
});
