export type OcrErrorCode =
  /** More pages than OCR_MAX_PAGES (a 500-page scan): refused, not truncated. */
  | 'OCR_TOO_MANY_PAGES'
  /** A PDF with no pages, or an image with no frames. */
  | 'OCR_NO_PAGES'
  /** Pixel dimensions past OCR_MAX_PAGE_PIXELS (image bombs). */
  | 'OCR_IMAGE_TOO_LARGE'
  /** The rasterizer or the OCR engine could not read the file. */
  | 'OCR_CORRUPT'
  | 'OCR_UNSUPPORTED'
  /** A page ran past its time or memory budget. */
  | 'OCR_PAGE_TOO_COMPLEX'
  /** The stored bytes do not hash to the document's SHA-256 (or are missing). */
  | 'OCR_SOURCE_MISMATCH'
  /** pdftoppm/tesseract are not installed (apt-get install poppler-utils tesseract-ocr). */
  | 'OCR_ENGINE_MISSING';

/** Codes retrying cannot fix: the job is dead-lettered at once and the document marked failed. */
const PERMANENT = new Set<OcrErrorCode>([
  'OCR_TOO_MANY_PAGES',
  'OCR_NO_PAGES',
  'OCR_IMAGE_TOO_LARGE',
  'OCR_CORRUPT',
  'OCR_UNSUPPORTED',
  'OCR_PAGE_TOO_COMPLEX',
  'OCR_SOURCE_MISMATCH',
]);

/** Why a document cannot be OCRed. Messages are for people and never quote document content. */
export class OcrError extends Error {
  override readonly name = 'OcrError';
  constructor(
    readonly code: OcrErrorCode,
    message: string,
  ) {
    super(message);
  }
  get permanent(): boolean {
    return PERMANENT.has(this.code);
  }
}
