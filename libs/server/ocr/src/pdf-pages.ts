import { OcrError } from './ocr-error';
import { ToolFailedError, runTool } from './run-tool';

export interface PdfPageSize {
  widthPt: number;
  heightPt: number;
}

const MB = 1024 * 1024;

/** Page count and sizes from `pdfinfo` (poppler-utils), before anything is rasterized. */
export async function readPdfPages(
  file: string,
  maxPages: number,
  signal?: AbortSignal,
): Promise<PdfPageSize[]> {
  const run = (args: string[]) =>
    runTool('pdfinfo', [...args, file], {
      timeoutMs: 30_000,
      memoryBytes: 1024 * MB,
      maxOutputBytes: 4 * MB,
      signal,
    }).catch((e: unknown) => {
      if (e instanceof ToolFailedError && e.reason === 'missing')
        throw new OcrError('OCR_ENGINE_MISSING', 'pdfinfo (poppler-utils) is not installed');
      if (e instanceof ToolFailedError && e.reason === 'aborted') throw e;
      if (e instanceof ToolFailedError && /Invalid page count 0\b/.test(e.stderr))
        throw new OcrError('OCR_NO_PAGES', 'The PDF has no pages');
      throw new OcrError('OCR_CORRUPT', 'The PDF could not be read');
    });
  // One call: `-l` past the last page is clamped by pdfinfo, so it prints the count and every size.
  const info = (await run(['-f', '1', '-l', String(maxPages + 1)])).stdout.toString('latin1');
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? NaN);
  if (!Number.isFinite(pages)) throw new OcrError('OCR_CORRUPT', 'The PDF could not be read');
  if (pages === 0) throw new OcrError('OCR_NO_PAGES', 'The PDF has no pages');
  if (pages > maxPages)
    throw new OcrError(
      'OCR_TOO_MANY_PAGES',
      `The document has ${pages} pages; OCR takes at most ${maxPages}. Split it and upload the parts.`,
    );
  const sizes = info;
  const out: PdfPageSize[] = [];
  for (const m of sizes.matchAll(/^Page\s+\d+\s+size:\s+([\d.]+) x ([\d.]+) pts/gm))
    out.push({ widthPt: Number(m[1]), heightPt: Number(m[2]) });
  if (out.length !== pages) throw new OcrError('OCR_CORRUPT', 'The PDF page tree is damaged');
  return out;
}

/**
 * The resolution to rasterize a page at: 300 dpi (what tesseract is tuned for), lowered for
 * oversized pages so the bitmap stays under `maxPixels`; pages that would need less than 100 dpi
 * to fit are refused (a "page" that size is an image bomb, not a letter).
 */
export function dpiFor(page: PdfPageSize, maxPixels: number): number {
  const sqIn = (page.widthPt / 72) * (page.heightPt / 72);
  const dpi = Math.min(300, Math.floor(Math.sqrt(maxPixels / Math.max(sqIn, 1e-6))));
  if (dpi < 100)
    throw new OcrError(
      'OCR_IMAGE_TOO_LARGE',
      `A page measures ${Math.round(page.widthPt / 72)} × ${Math.round(page.heightPt / 72)} inches; too large to OCR`,
    );
  return dpi;
}

/** One page as an 8-bit grayscale PGM from `pdftoppm`, in its own memory-capped process. */
export async function rasterizePdfPage(
  file: string,
  pageNo: number,
  dpi: number,
  opts: { timeoutMs: number; maxPixels: number; signal?: AbortSignal },
): Promise<Buffer> {
  try {
    const { stdout } = await runTool(
      'pdftoppm',
      ['-r', String(dpi), '-gray', '-f', String(pageNo), '-l', String(pageNo), '-singlefile', file],
      {
        timeoutMs: opts.timeoutMs,
        memoryBytes: 1536 * MB,
        maxOutputBytes: opts.maxPixels + 1024,
        signal: opts.signal,
      },
    );
    if (stdout.length < 16)
      throw new OcrError('OCR_CORRUPT', `Page ${pageNo} could not be rendered`);
    return stdout;
  } catch (e) {
    if (e instanceof OcrError) throw e;
    if (e instanceof ToolFailedError) {
      if (e.reason === 'aborted') throw e;
      if (e.reason === 'missing')
        throw new OcrError('OCR_ENGINE_MISSING', 'pdftoppm (poppler-utils) is not installed');
      if (e.reason === 'timeout' || e.reason === 'killed' || e.reason === 'output_limit')
        throw new OcrError('OCR_PAGE_TOO_COMPLEX', `Page ${pageNo} is too complex to render`);
    }
    throw new OcrError('OCR_CORRUPT', `Page ${pageNo} could not be rendered`);
  }
}
