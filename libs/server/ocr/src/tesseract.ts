import { OcrError } from './ocr-error';
import { ToolFailedError, runTool } from './run-tool';
import { parseTesseractTsv, type TsvPage } from './tesseract-tsv';

const MB = 1024 * 1024;

/**
 * Debian's `tesseract` CLI (LSTM engine, English) on one image passed on stdin, TSV out so every
 * word comes with its confidence. OMP_THREAD_LIMIT=1: with OpenMP threads on a 2-core machine the
 * engine thrashes (≈4 s a page instead of ≈0.6 s); parallelism comes from OCRing pages in separate
 * processes instead.
 */
export async function tesseractImage(
  image: Buffer,
  opts: { dpi?: number; timeoutMs: number; signal?: AbortSignal },
): Promise<Map<number, TsvPage>> {
  const args = ['stdin', 'stdout', '-l', 'eng', '--oem', '1', '--psm', '3'];
  if (opts.dpi) args.push('--dpi', String(opts.dpi));
  args.push('tsv');
  try {
    const { stdout } = await runTool('tesseract', args, {
      input: image,
      timeoutMs: opts.timeoutMs,
      memoryBytes: 2048 * MB,
      maxOutputBytes: 32 * MB,
      signal: opts.signal,
      env: { ...process.env, OMP_THREAD_LIMIT: '1' },
    });
    return parseTesseractTsv(stdout.toString('utf8'));
  } catch (e) {
    if (e instanceof ToolFailedError) {
      if (e.reason === 'aborted') throw e;
      if (e.reason === 'missing')
        throw new OcrError('OCR_ENGINE_MISSING', 'tesseract (tesseract-ocr) is not installed');
      if (e.reason === 'timeout' || e.reason === 'killed' || e.reason === 'output_limit')
        throw new OcrError('OCR_PAGE_TOO_COMPLEX', 'A page took too long to read');
    }
    throw new OcrError('OCR_CORRUPT', 'The image could not be read');
  }
}

export const TESSERACT_ENGINE = 'tesseract-5-lstm-eng';
