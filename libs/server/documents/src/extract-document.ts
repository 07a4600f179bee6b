import { createHash } from 'node:crypto';
import { claimsX12, declaredTypeWarnings, type DetectedKind } from './declared-type';
import { decodeText, looksBinary, normalizeLineEndings } from './decode-text';
import { countTiffPages, detectX12, sniffFormat, type SniffedFormat } from './detect-format';
import { DocumentError } from './document-error';
import {
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_PAGES,
  type ExtractDocumentInput,
  type ExtractedDocument,
} from './extracted-document';
import { imageDimensions } from './image-dimensions';
import { assertInflateBudget } from './inflate-budget';
import { extractPdfText } from './pdf-text';
import { describeOcrNeed } from './text-layer-coverage';

const X12_MIME = 'application/edi-x12';
const X12_LABEL = 'X12 835 remittance';

function positiveInteger(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new RangeError(`${name} must be a positive integer`);
  }
  return value;
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const [value, unit] =
    bytes < 1024 * 1024 ? [bytes / 1024, 'KiB'] : [bytes / (1024 * 1024), 'MiB'];
  return `${value.toFixed(1).replace(/\.0$/, '')} ${unit}`;
}

/** Everything but the hash, which is computed once for all formats. */
type Body = Omit<ExtractedDocument, 'sha256'>;

async function extractPdf(bytes: Buffer, maxPages: number): Promise<Body> {
  await assertInflateBudget(bytes);
  const pdf = await extractPdfText(bytes, maxPages);
  const ocrReason = describeOcrNeed(pdf.pagesWithoutText, pdf.pagesWithUnreadableText);
  return {
    mime: 'application/pdf',
    format: 'pdf',
    pages: pdf.pages,
    pageText: pdf.pageText,
    text: pdf.pageText.join('\n\n'),
    needsOcr: ocrReason !== null,
    ocrReason,
    warnings: pdf.warnings,
  };
}

/**
 * OCR decodes the full bitmap: a 40 KB PNG can declare 100,000 × 100,000 pixels (40 GB decoded). A
 * letter page scanned at 600 dpi is ~34 megapixels, so 60 MP and 30,000 px a side leave room.
 */
const MAX_IMAGE_PIXELS = 60_000_000;
const MAX_IMAGE_SIDE = 30_000;

function assertImageSize(bytes: Buffer, sniffed: Extract<SniffedFormat, { kind: 'image' }>) {
  const size = imageDimensions(bytes, sniffed.mime);
  // An unreadable header is left to OCR, which reports a corrupt image; only a declared size can lie.
  if (!size) return [];
  const { width, height } = size;
  if (width === 0 || height === 0) {
    throw new DocumentError(
      'DOCUMENT_CORRUPT',
      `The ${sniffed.label} declares no pixels (${width} × ${height}).`,
    );
  }
  if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE || width * height > MAX_IMAGE_PIXELS) {
    throw new DocumentError(
      'DOCUMENT_TOO_COMPLEX',
      `The ${sniffed.label} is ${width} × ${height} pixels; the limit is ${MAX_IMAGE_PIXELS / 1_000_000} megapixels and ${MAX_IMAGE_SIDE} pixels a side. Scan at 300 dpi.`,
    );
  }
  return [];
}

function extractImage(
  bytes: Buffer,
  sniffed: Extract<SniffedFormat, { kind: 'image' }>,
  maxPages: number,
): Body {
  const warnings: string[] = assertImageSize(bytes, sniffed);
  let pages = 1;
  if (sniffed.mime === 'image/tiff') {
    const counted = countTiffPages(bytes);
    if (counted === null)
      warnings.push('The TIFF page directory could not be read; assuming one page.');
    else pages = counted;
  }
  if (pages > maxPages) {
    throw new DocumentError(
      'DOCUMENT_TOO_MANY_PAGES',
      `The image file has ${pages} pages; the limit is ${maxPages}. Split it and upload the parts.`,
    );
  }
  return {
    mime: sniffed.mime,
    format: 'image',
    pages,
    pageText: null,
    text: '',
    needsOcr: true,
    ocrReason: `${sniffed.label} has no text layer`,
    warnings,
  };
}

function extractTextual(
  bytes: Buffer,
  input: ExtractDocumentInput,
): { body: Body; detected: DetectedKind } {
  const decoded = decodeText(bytes);
  const x12 = detectX12(decoded.text);
  // X12 may use control characters as separators, so the binary check does not apply to it.
  if (x12 !== null) {
    if (x12.kind === 'other') {
      throw new DocumentError(
        'DOCUMENT_UNSUPPORTED',
        `The file is an X12 interchange with transaction set ${x12.transactionSets.join(', ')}, not an 835 remittance.`,
      );
    }
    if (x12.kind === 'no_transaction' && !claimsX12(input.filename, input.declaredMime)) {
      throw new DocumentError(
        'DOCUMENT_UNSUPPORTED',
        'The file starts like an X12 interchange but holds no transaction set; it may be incomplete.',
      );
    }
    const warnings = [...decoded.warnings];
    if (x12.kind === 'no_transaction') {
      warnings.push(
        'The X12 file has no ST segment (no 835 transaction set found); it may be incomplete.',
      );
    }
    return {
      body: {
        mime: X12_MIME,
        format: 'x12_835',
        pages: null,
        pageText: null,
        text: decoded.text,
        needsOcr: false,
        ocrReason: null,
        warnings,
      },
      detected: { family: 'x12', mime: X12_MIME, label: X12_LABEL },
    };
  }
  if (looksBinary(decoded.text)) {
    throw new DocumentError(
      'DOCUMENT_UNSUPPORTED',
      'The file is binary data of an unsupported type. Upload a PDF, an image, a text file or an 835 remittance.',
    );
  }
  const text = normalizeLineEndings(decoded.text);
  if (text.trim() === '') {
    throw new DocumentError('DOCUMENT_EMPTY', 'The text file contains only blank space.');
  }
  return {
    body: {
      mime: 'text/plain',
      format: 'text',
      pages: 1,
      pageText: [text],
      text,
      needsOcr: false,
      ocrReason: null,
      warnings: decoded.warnings,
    },
    detected: { family: 'text', mime: 'text/plain', label: 'plain text file' },
  };
}

/**
 * Identifies an uploaded document by its content and pulls out its text. Throws
 * {@link DocumentError} for anything the user must fix; never logs or quotes document content.
 */
export async function extractDocument(input: ExtractDocumentInput): Promise<ExtractedDocument> {
  const { bytes } = input;
  if (!Buffer.isBuffer(bytes)) throw new TypeError('bytes must be a Buffer');
  const maxBytes = positiveInteger(input.maxBytes, DEFAULT_MAX_BYTES, 'maxBytes');
  const maxPages = positiveInteger(input.maxPages, DEFAULT_MAX_PAGES, 'maxPages');

  if (bytes.byteLength === 0) throw new DocumentError('DOCUMENT_EMPTY', 'The file is empty.');
  if (bytes.byteLength > maxBytes) {
    throw new DocumentError(
      'DOCUMENT_TOO_LARGE',
      `The file is ${formatSize(bytes.byteLength)}; the limit is ${formatSize(maxBytes)}.`,
    );
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');

  const sniffed = sniffFormat(bytes);
  let body: Body;
  let detected: DetectedKind;
  switch (sniffed.kind) {
    case 'pdf':
      body = await extractPdf(bytes, maxPages);
      detected = { family: 'pdf', mime: body.mime, label: 'PDF document' };
      break;
    case 'image':
      body = extractImage(bytes, sniffed, maxPages);
      detected = { family: 'image', mime: sniffed.mime, label: sniffed.label };
      break;
    case 'unsupported':
      throw new DocumentError(
        'DOCUMENT_UNSUPPORTED',
        `This file type (${sniffed.label}) is not supported. Upload a PDF, an image, a text file or an 835 remittance.`,
      );
    case 'unknown':
      ({ body, detected } = extractTextual(bytes, input));
      break;
  }
  const warnings = [
    ...declaredTypeWarnings(input.filename, input.declaredMime, detected),
    ...body.warnings,
  ];
  return { sha256, ...body, warnings };
}
