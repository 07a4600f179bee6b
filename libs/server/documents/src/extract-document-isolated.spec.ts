import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfBomb, renderTestPdf } from '@claimlane/testing-fixtures';

/**
 * The isolation runs the compiled extractor (dist/, built by `npm test` before the suite), exactly as
 * the API does in production.
 */
const compiled = resolve(
  __dirname,
  '../../../../dist/libs/server/documents/src/extract-document-isolated.js',
);

describe('extractDocumentIsolated (child process with budgets)', () => {
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

  it('refuses a 2 MB PDF inflating to 2 GiB without the calling process growing', async () => {
    const bomb = pdfBomb(2048);
    expect(bomb.length).toBeLessThan(3 * 1024 * 1024);
    global.gc?.();
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 20);
    try {
      await expect(
        mod.extractDocumentIsolated({ bytes: bomb }, { maxMemoryMb: 256, timeoutMs: 60_000 }),
      ).rejects.toMatchObject({ code: 'DOCUMENT_TOO_COMPLEX' });
    } finally {
      clearInterval(sampler);
    }
    // The worker-thread version grew this process by 1.3 GB here (buffers escape a heap limit).
    expect((peak - before) / 2 ** 20).toBeLessThan(120);
  }, 90_000);

  it('runs at most two extractions at once and queues the rest', async () => {
    const bomb = pdfBomb(512);
    let peakActive = 0;
    const sampler = setInterval(() => {
      peakActive = Math.max(peakActive, mod.extractionLoad().active);
    }, 5);
    try {
      const results = await Promise.allSettled(
        [1, 2, 3, 4].map(() =>
          mod.extractDocumentIsolated({ bytes: bomb }, { maxMemoryMb: 200, timeoutMs: 60_000 }),
        ),
      );
      expect(mod.extractionLoad().limit).toBe(2);
      expect(
        results.map((r) => r.status === 'rejected' && (r.reason as { code: string }).code),
      ).toEqual(Array(4).fill('DOCUMENT_TOO_COMPLEX'));
    } finally {
      clearInterval(sampler);
    }
    expect(peakActive).toBe(2);
    expect(mod.extractionLoad()).toMatchObject({ active: 0, queued: 0 });
  }, 120_000);
});
