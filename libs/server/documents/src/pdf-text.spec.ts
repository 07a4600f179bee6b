import { describe, expect, it } from 'vitest';
import { DocumentError, type DocumentErrorCode } from './document-error';
import {
  EMBEDDED_TEST_FONT,
  renderTestPdf,
  sampleLetters,
  stripedPng,
  type TestPdfOptions,
} from '@claimlane/testing-fixtures';
import { extractDocument } from './extract-document';
import type { ExtractedDocument } from './extracted-document';

async function extractPdf(pages: Parameters<typeof renderTestPdf>[0], options?: TestPdfOptions) {
  const pdf = await renderTestPdf(pages, options);
  return { pdf, doc: await extractDocument({ bytes: pdf.bytes, filename: 'upload.pdf' }) };
}

async function rejection(promise: Promise<unknown>): Promise<DocumentError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DocumentError);
  return error as DocumentError;
}

async function expectCode(
  promise: Promise<unknown>,
  code: DocumentErrorCode,
): Promise<DocumentError> {
  const error = await rejection(promise);
  expect(error.code).toBe(code);
  return error;
}

/** Without any whitespace: a line wider than the page wraps at a space, `-` or `/`. */
const unspaced = (text: string): string => text.replace(/\s+/g, '');

/**
 * Asserts every non-empty source line shows up in the extracted text, in source order, whitespace
 * aside (long lines wrap). Characters the test font has no glyph for (Han) cannot survive
 * rendering, so for a line that has them, the runs of text between them are checked instead.
 */
function expectLinesInOrder(source: string, doc: ExtractedDocument): void {
  const extracted = unspaced(doc.text);
  let from = 0;
  for (const line of source.split(/\r?\n/)) {
    const parts = line
      .split(/\p{Script=Han}+/u)
      .map(unspaced)
      .filter((part) => part !== '');
    for (const part of parts) {
      const at = extracted.indexOf(part, from);
      expect(at, `missing or out of order: ${JSON.stringify(part)}`).toBeGreaterThanOrEqual(0);
      from = at + part.length;
    }
  }
}

describe('PDF text extraction', () => {
  it('reads a one-page PDF as lines, without OCR', async () => {
    const lines = ['Claim 4471-A was denied on 03/14/2024.', 'Reason: not medically necessary.'];
    const { doc } = await extractPdf([{ text: lines.join('\n') }]);
    expect(doc).toMatchObject({
      format: 'pdf',
      mime: 'application/pdf',
      pages: 1,
      needsOcr: false,
      ocrReason: null,
    });
    expect(doc.pageText).toEqual([lines.join('\n')]);
    expect(doc.text).toBe(lines.join('\n'));
    expect(doc.warnings).toEqual([]);
  });

  it('keeps one entry per page and joins pages with a blank line', async () => {
    const texts = [1, 2, 3, 4].map(
      (n) => `Page ${n} of the appeal packet, with enough text to count.`,
    );
    const { doc } = await extractPdf(texts.map((text) => ({ text })));
    expect(doc.pages).toBe(4);
    expect(doc.pageText).toEqual(texts);
    expect(doc.text).toBe(texts.join('\n\n'));
    expect(doc.needsOcr).toBe(false);
  });

  it('turns an empty line between paragraphs into a blank line', async () => {
    const { doc } = await extractPdf([
      { text: 'First paragraph line one.\nLine two.\n\nSecond paragraph starts here.' },
    ]);
    expect(doc.pageText?.[0]).toBe(
      'First paragraph line one.\nLine two.\n\nSecond paragraph starts here.',
    );
  });

  const letters = sampleLetters();

  it.each(letters.map((l) => [l.name, l.bytes.toString('utf8')]))(
    'renders %s with an embedded font and gets every line back, pages counted',
    async (_name, source) => {
      const { pdf, doc } = await extractPdf([{ text: source }], {
        font: EMBEDDED_TEST_FONT,
        fontSize: 13,
      });
      expect(doc.pages).toBe(pdf.pages);
      expect(doc.pageText).toHaveLength(pdf.pages);
      expectLinesInOrder(source, doc);
    },
  );

  it('spreads at least one sample letter over several pages (so page counting is exercised)', async () => {
    const counts = await Promise.all(
      letters.map(
        async (l) =>
          (await renderTestPdf([{ text: l.bytes.toString('utf8') }], { fontSize: 13 })).pages,
      ),
    );
    expect(Math.max(...counts)).toBeGreaterThan(1);
  });

  const asciiLetters = letters.filter((l) =>
    /^[\x20-\x7e\r\n\t]*$/.test(l.bytes.toString('latin1')),
  );

  it.each(asciiLetters.map((l) => [l.name, l.bytes.toString('utf8')]))(
    'renders %s in standard Courier (no embedded font, no font files fetched)',
    async (_name, source) => {
      const { pdf, doc } = await extractPdf([{ text: source }], { font: 'Courier', fontSize: 10 });
      expect(doc.pages).toBe(pdf.pages);
      expectLinesInOrder(source, doc);
    },
  );

  it('maps typographic characters from an embedded font back to Unicode', async () => {
    const line = 'Beneficiary’s appeal – Español “quoted” é';
    const { doc } = await extractPdf([{ text: line }], { font: EMBEDDED_TEST_FONT });
    expect(doc.text).toBe(line);
  });

  it.each([
    ['RC4 (PDF 1.3)', '1.3'],
    ['AES-256 (PDF 1.7 ext 3)', '1.7ext3'],
  ] as const)(
    'rejects a PDF with a user password, %s, as DOCUMENT_ENCRYPTED',
    async (_label, pdfVersion) => {
      const pdf = await renderTestPdf([{ text: 'Patient John Q. Sample, claim 99812.' }], {
        userPassword: 'secret',
        pdfVersion,
      });
      const error = await expectCode(extractDocument({ bytes: pdf.bytes }), 'DOCUMENT_ENCRYPTED');
      expect(error.message).toMatch(/password/i);
      expect(error.message).not.toContain('Sample');
    },
  );

  it('reads a PDF that only has an owner password (no password needed to open)', async () => {
    const text = 'Printing restricted, but readable without a password.';
    const { doc } = await extractPdf([{ text }], { ownerPassword: 'owner', pdfVersion: '1.4' });
    expect(doc.text).toBe(text);
  });

  it('marks a PDF of shapes only as needing OCR and names the page', async () => {
    const { doc } = await extractPdf([{ shapes: true }]);
    expect(doc.needsOcr).toBe(true);
    expect(doc.ocrReason).toBe('no text layer on page 1');
    expect(doc.pageText).toEqual(['']);
    expect(doc.pages).toBe(1);
  });

  it('names only the blank pages when others have text', async () => {
    const text = 'This page carries the denial reason and the appeal deadline.';
    const { doc } = await extractPdf([{ text }, {}, { text }, { shapes: true }, {}]);
    expect(doc.pages).toBe(5);
    expect(doc.needsOcr).toBe(true);
    expect(doc.ocrReason).toBe('no text layer on pages 2, 4, 5');
  });

  it('treats a scanned page with a short stamp of text as needing OCR, but not a short closing page', async () => {
    const text = 'Full page of letter text, comfortably above the threshold.';
    const { doc } = await extractPdf([
      { text },
      { image: stripedPng(200, 260), text: 'Page 2' },
      { text: 'Page 3' },
    ]);
    expect(doc.pageText?.[1]).toBe('Page 2');
    expect(doc.ocrReason).toBe('no text layer on page 2');
  });

  it('rejects a truncated PDF as DOCUMENT_CORRUPT', async () => {
    const pdf = await renderTestPdf([{ text: 'one' }, { text: 'two' }, { text: 'three' }]);
    const truncated = pdf.bytes.subarray(0, Math.floor(pdf.bytes.length / 2));
    const error = await expectCode(extractDocument({ bytes: truncated }), 'DOCUMENT_CORRUPT');
    expect(error.detail).toBeTruthy();
  });

  it('recovers a PDF that lost only its last bytes (startxref, %%EOF), with a warning', async () => {
    const texts = ['First page text that is long enough.', 'Second page text that is long enough.'];
    const pdf = await renderTestPdf(texts.map((text) => ({ text })));
    const cut = Buffer.from(pdf.bytes.subarray(0, pdf.bytes.lastIndexOf('startxref')));
    expect(cut.includes('%%EOF')).toBe(false);
    const doc = await extractDocument({ bytes: cut });
    expect(doc.pageText).toEqual(texts);
    expect(doc.warnings).toEqual([expect.stringMatching(/truncated/)]);
    const complete = await extractDocument({ bytes: pdf.bytes });
    expect(complete.warnings).toEqual([]);
  });

  it('rejects random bytes behind a %PDF- header as DOCUMENT_CORRUPT', async () => {
    const bytes = Buffer.alloc(4096);
    let seed = 1;
    for (let i = 0; i < bytes.length; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      bytes[i] = seed >> 16;
    }
    bytes.write('%PDF-1.7\n', 0, 'latin1');
    await expectCode(extractDocument({ bytes }), 'DOCUMENT_CORRUPT');
  });

  it('enforces maxPages before reading pages', async () => {
    const pdf = await renderTestPdf([{ text: 'a' }, { text: 'b' }, { text: 'c' }]);
    const error = await expectCode(
      extractDocument({ bytes: pdf.bytes, maxPages: 2 }),
      'DOCUMENT_TOO_MANY_PAGES',
    );
    expect(error.message).toContain('3 pages');
    expect(error.message).toContain('limit is 2');
    await expect(extractDocument({ bytes: pdf.bytes, maxPages: 3 })).resolves.toMatchObject({
      pages: 3,
    });
  });

  it('survives many hostile inputs in a row without leaking a rejection', async () => {
    const good = await renderTestPdf([{ text: 'Enough text on the page to be a letter.' }]);
    for (let cut = 50; cut < good.bytes.length; cut += 97) {
      const bytes = Buffer.from(good.bytes.subarray(0, cut));
      const outcome = await extractDocument({ bytes }).then(
        (doc) => doc.format,
        (error: unknown) => (error instanceof DocumentError ? error.code : 'crash'),
      );
      expect(['pdf', 'DOCUMENT_CORRUPT']).toContain(outcome);
    }
  });
});
