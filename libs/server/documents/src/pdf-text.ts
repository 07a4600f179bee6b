import { dirname, join } from 'node:path';
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs' with {
  'resolution-mode': 'import',
};
import { DocumentError } from './document-error';
import { type PositionedText, rebuildLines } from './rebuild-lines';
import { classifyPageText } from './text-layer-coverage';

// pdfjs-dist ships ESM only; a native import() (the build keeps it native) loads it from CommonJS.
const importPdfJs = () => import('pdfjs-dist/legacy/build/pdf.mjs');
type PdfJs = Awaited<ReturnType<typeof importPdfJs>>;

export interface PdfText {
  pages: number;
  pageText: string[];
  /** 1-based pages that need OCR: blank, image-only, or a stamp of text on an image. */
  pagesWithoutText: number[];
  /** 1-based pages whose text layer decodes to junk (fonts without a Unicode map). */
  pagesWithUnreadableText: number[];
  warnings: string[];
}

let pdfjs: Promise<PdfJs> | null = null;

// Loaded on first use so processes that never see a PDF do not pay for it.
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= importPdfJs().catch((error: unknown) => {
    pdfjs = null;
    throw error;
  });
  return pdfjs;
}

let assetDirs: { cMapUrl: string; standardFontDataUrl: string; wasmUrl: string } | null = null;

// In Node pdfjs reads these with fs from plain paths (trailing slash required). Left unset it would
// lose CJK text (no CMaps); pointing them at the installed package keeps it off the network.
function pdfjsAssetDirs(): { cMapUrl: string; standardFontDataUrl: string; wasmUrl: string } {
  if (assetDirs === null) {
    const root = dirname(require.resolve('pdfjs-dist/package.json'));
    assetDirs = {
      cMapUrl: join(root, 'cmaps') + '/',
      standardFontDataUrl: join(root, 'standard_fonts') + '/',
      wasmUrl: join(root, 'wasm') + '/',
    };
  }
  return assetDirs;
}

const EOF_MARKER = Buffer.from('%%EOF', 'latin1');
// The spec puts %%EOF in the last 1024 bytes; some mailers and scanners pad files, so look further.
const EOF_SEARCH_BYTES = 4096;

/** A file cut short in transfer loses its trailer first; pdfjs then quietly rebuilds what it can. */
export function hasEofMarker(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(
    Math.max(0, bytes.byteLength - EOF_SEARCH_BYTES),
  );
  return tail.includes(EOF_MARKER);
}

/**
 * Images above this many pixels are dropped before decoding (a 600 dpi letter page is 34 MP). Only
 * matters for {@link paintsImage}; it stops a hostile image header from allocating gigabytes.
 */
const MAX_IMAGE_PIXELS = 50_000_000;

/**
 * pdfjs only lists a page's images by decoding them, so this runs just for pages with a few
 * characters of text, where the answer decides whether the page is a stamped scan.
 */
async function paintsImage(lib: PdfJs, page: PDFPageProxy): Promise<boolean> {
  const { OPS } = lib;
  const imageOps = new Set<number>([
    OPS.paintImageXObject,
    OPS.paintImageXObjectRepeat,
    OPS.paintInlineImageXObject,
    OPS.paintInlineImageXObjectGroup,
    OPS.paintImageMaskXObject,
    OPS.paintImageMaskXObjectGroup,
    OPS.paintImageMaskXObjectRepeat,
    OPS.paintSolidColorImageMask,
  ]);
  const operators = await page.getOperatorList();
  return operators.fnArray.some((fn) => imageOps.has(fn));
}

function errorName(error: unknown): string {
  if (error instanceof Error) return error.name;
  return typeof error;
}

function toDocumentError(error: unknown): DocumentError {
  const name = errorName(error);
  if (name === 'PasswordException') {
    return new DocumentError(
      'DOCUMENT_ENCRYPTED',
      'The PDF is password-protected. Remove the password (or print it to a new PDF) and upload it again.',
      name,
    );
  }
  return new DocumentError(
    'DOCUMENT_CORRUPT',
    'The PDF could not be read: it is damaged or incomplete. Export or download it again and re-upload it.',
    name,
  );
}

/**
 * Per-page text of a PDF. pdfjs runs in this thread (its Node build has no worker) with eval,
 * font loading and every network path disabled; whatever it throws becomes a {@link DocumentError}.
 */
export async function extractPdfText(bytes: Uint8Array, maxPages: number): Promise<PdfText> {
  const lib = await loadPdfJs();
  const warnings: string[] = [];
  const complete = hasEofMarker(bytes);
  if (!complete) {
    warnings.push('The PDF has no end-of-file marker and may be truncated.');
  }

  const task = lib.getDocument({
    // A copy: pdfjs may take ownership of the array and it must not see a Node Buffer.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    enableXfa: false,
    disableRange: true,
    disableStream: true,
    disableAutoFetch: true,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    maxImageSize: MAX_IMAGE_PIXELS,
    ...pdfjsAssetDirs(),
    cMapPacked: true,
    // pdfjs normally skips what it cannot parse. In a file that looks cut short, skipped parts are
    // missing pages or paragraphs, so fail instead of returning partial text.
    stopAtErrors: !complete,
    verbosity: lib.VerbosityLevel.ERRORS,
  });

  try {
    const doc = await task.promise;
    if (doc.numPages > maxPages) {
      throw new DocumentError(
        'DOCUMENT_TOO_MANY_PAGES',
        `The PDF has ${doc.numPages} pages; the limit is ${maxPages}. Split it and upload the parts.`,
      );
    }
    const pageText: string[] = [];
    const pagesWithoutText: number[] = [];
    const pagesWithUnreadableText: number[] = [];
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number);
      try {
        const content = await page.getTextContent({ includeMarkedContent: false });
        const items: PositionedText[] = [];
        for (const item of content.items) if ('str' in item) items.push(item);
        const text = rebuildLines(items).join('\n');
        pageText.push(text);
        const layer = classifyPageText(text);
        if (layer === 'empty' || (layer === 'sparse' && (await paintsImage(lib, page)))) {
          pagesWithoutText.push(number);
        } else if (layer === 'unreadable') {
          pagesWithUnreadableText.push(number);
        }
      } finally {
        page.cleanup();
      }
    }
    return { pages: doc.numPages, pageText, pagesWithoutText, pagesWithUnreadableText, warnings };
  } catch (error) {
    throw error instanceof DocumentError ? error : toDocumentError(error);
  } finally {
    // Frees the document and its (in-thread) worker even when loading failed half way.
    await task.destroy().catch(() => undefined);
  }
}
