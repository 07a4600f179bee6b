import { describe, expect, it } from 'vitest';
import { pdfBomb, renderTestPdf } from '@claimlane/testing-fixtures';
import { assertInflateBudget } from './inflate-budget';

describe('assertInflateBudget', () => {
  it('refuses a 2 MB PDF whose content inflates to 2 GiB, quickly and without holding it', async () => {
    const started = Date.now();
    const before = process.memoryUsage().rss;
    await expect(assertInflateBudget(pdfBomb(2048))).rejects.toMatchObject({
      code: 'DOCUMENT_TOO_COMPLEX',
    });
    expect((process.memoryUsage().rss - before) / 2 ** 20).toBeLessThan(100);
    expect(Date.now() - started).toBeLessThan(20_000);
  }, 30_000);

  it('counts every content stream against one budget', async () => {
    await expect(assertInflateBudget(pdfBomb(3), 2 * 1024 * 1024)).rejects.toMatchObject({
      code: 'DOCUMENT_TOO_COMPLEX',
    });
    await expect(assertInflateBudget(pdfBomb(3), 4 * 1024 * 1024)).resolves.toBeUndefined();
  });

  it('lets ordinary PDFs through', async () => {
    const pdf = await renderTestPdf([{ text: 'page one' }, { text: 'page two' }, { shapes: true }]);
    await expect(assertInflateBudget(Buffer.from(pdf.bytes))).resolves.toBeUndefined();
  });
});
