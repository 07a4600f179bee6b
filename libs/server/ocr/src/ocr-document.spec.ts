import PDFDocument from 'pdfkit';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ocrDocument, type OcrLimits } from './ocr-document';
import { OcrError, type OcrErrorCode } from './ocr-error';
import { readImageHeader } from './image-header';
import { OCR_LETTERS } from './ocr-letters.test-helper';
import { encodePng, scannedLetterPdf, wordAccuracy } from './scan-simulator.test-helper';
import { ToolFailedError } from './run-tool';

const limits: OcrLimits = {
  maxPages: 100,
  maxPagePixels: 40_000_000,
  pageTimeoutMs: 120_000,
  concurrency: 2,
  lowConfidence: 70,
};

async function refusal(bytes: Buffer, l: Partial<OcrLimits> = {}): Promise<OcrErrorCode> {
  const pages: number[] = [];
  try {
    await ocrDocument(bytes, { ...limits, ...l }, { onPage: (d) => void pages.push(d) });
  } catch (e) {
    expect(e).toBeInstanceOf(OcrError);
    // Refused before a single page was read.
    expect(pages).toEqual([]);
    return (e as OcrError).code;
  }
  throw new Error('expected a refusal');
}

function pdf(pages: number, size: [number, number] = [612, 792]): Promise<Buffer> {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ autoFirstPage: false });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    for (let i = 0; i < pages; i++) doc.addPage({ size, margin: 0 });
    doc.end();
  });
}

/** A syntactically valid PDF whose page tree is empty. */
function pdfWithNoPages(): Buffer {
  const objs = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>'];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objs.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) body += `${String(off).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

describe('ocrDocument refuses bad input with a code, before reading any page', () => {
  it('a 500-page scan (page limit)', async () => {
    expect(await refusal(await pdf(500))).toBe('OCR_TOO_MANY_PAGES');
  });

  it('a PDF with no pages', async () => {
    expect(await refusal(pdfWithNoPages())).toBe('OCR_NO_PAGES');
  });

  it('a corrupt PDF', async () => {
    expect(await refusal(Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catal'))).toBe('OCR_CORRUPT');
  });

  it('an image bomb: a PNG header declaring 100,000 × 100,000 pixels', async () => {
    const png = encodePng({ width: 8, height: 8, data: new Uint8Array(64).fill(255) });
    png.writeUInt32BE(100_000, 16);
    png.writeUInt32BE(100_000, 20);
    expect(readImageHeader(png)?.frames).toEqual([{ width: 100_000, height: 100_000 }]);
    expect(await refusal(png)).toBe('OCR_IMAGE_TOO_LARGE');
  });

  it('an image bomb: a PDF page of 200 × 200 inches', async () => {
    expect(await refusal(await pdf(1, [14_400, 14_400]))).toBe('OCR_IMAGE_TOO_LARGE');
  });

  it('a corrupt image: a PNG signature followed by junk', async () => {
    const junk = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.from('not a chunk'),
    ]);
    expect(await refusal(junk)).toBe('OCR_CORRUPT');
  });

  it('a truncated image: valid header, broken pixel data', async () => {
    const png = encodePng({ width: 200, height: 100, data: new Uint8Array(20_000).fill(128) });
    const broken = Buffer.concat([
      png.subarray(0, 41),
      deflateSync(Buffer.from('x')).subarray(0, 3),
    ]);
    await expect(ocrDocument(broken, limits)).rejects.toMatchObject({ code: 'OCR_CORRUPT' });
  });

  it('something that is neither a PDF nor an image', async () => {
    expect(await refusal(Buffer.from('Dear member, your claim was denied.'))).toBe(
      'OCR_UNSUPPORTED',
    );
  });
});

describe('ocrDocument reads scans', () => {
  it('reads a clean scanned letter word for word (≥ 97 %), with word confidences', async () => {
    const letter = OCR_LETTERS[0]!;
    const pages: Array<[number, number]> = [];
    const r = await ocrDocument(await scannedLetterPdf(letter.text), limits, {
      onPage: (d, t) => void pages.push([d, t]),
    });
    const text = r.pages.map((p) => p.text).join('\n');
    expect(wordAccuracy(letter.text, text)).toBeGreaterThanOrEqual(0.97);
    expect(pages.at(-1)).toEqual([r.pages.length, r.pages.length]);
    const page = r.pages[0]!;
    expect(page.lowConfidence).toBe(false);
    expect(page.words.length).toBe(page.wordCount);
    expect(page.words.find((w) => w[0] === 'Summit')?.[1]).toBeGreaterThan(50);
  });

  it('straightens a page skewed by 4° before reading it', async () => {
    const letter = OCR_LETTERS[1]!;
    const r = await ocrDocument(await scannedLetterPdf(letter.text, { skewDeg: 4 }), limits);
    expect(r.pages[0]!.preprocess).toMatch(/deskew\(3\.[89]\d?|deskew\(4(\.0\d?)?\)/);
    expect(wordAccuracy(letter.text, r.pages.map((p) => p.text).join('\n'))).toBeGreaterThanOrEqual(
      0.95,
    );
  });

  it('flags a page for review when its mean word confidence is under the threshold', async () => {
    const pdf = await scannedLetterPdf(OCR_LETTERS[1]!.text, { fax: true });
    const strict = await ocrDocument(pdf, { ...limits, lowConfidence: 99.5 });
    expect(strict.pages[0]!.lowConfidence).toBe(true);
    expect(strict.pages[0]!.meanConfidence).toBeLessThan(99.5);
    const lenient = await ocrDocument(pdf, { ...limits, lowConfidence: 50 });
    expect(lenient.pages[0]!.lowConfidence).toBe(false);
  });

  it('stops its child processes when the job is aborted', async () => {
    const ac = new AbortController();
    const run = ocrDocument(await scannedLetterPdf(OCR_LETTERS[0]!.text), limits, {
      signal: ac.signal,
    });
    setTimeout(() => ac.abort('worker-shutdown'), 300);
    await expect(run).rejects.toBeInstanceOf(ToolFailedError);
  });
});
