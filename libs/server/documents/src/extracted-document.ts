export type DocumentFormat = 'pdf' | 'text' | 'image' | 'x12_835';

export interface ExtractDocumentInput {
  bytes: Buffer;
  /** Only used to break ties and to warn when it disagrees with the content. */
  filename?: string;
  /** The client's claimed type (e.g. the upload's Content-Type); treated like `filename`. */
  declaredMime?: string;
  /** Defaults to {@link DEFAULT_MAX_BYTES}. */
  maxBytes?: number;
  /** Defaults to {@link DEFAULT_MAX_PAGES}. */
  maxPages?: number;
}

export interface ExtractedDocument {
  /** Lower-case hex SHA-256 of the exact bytes received. */
  sha256: string;
  /** Detected from the content, never copied from the declared type. */
  mime: string;
  format: DocumentFormat;
  /** Null when the notion does not apply (X12). */
  pages: number | null;
  /** One entry per page, lines separated by `\n`; null for images and X12. */
  pageText: string[] | null;
  /** All text; for PDFs the pages joined by a blank line. */
  text: string;
  needsOcr: boolean;
  /** Why OCR is needed, naming the pages (1-based) when it applies to some pages only. */
  ocrReason: string | null;
  /** Non-fatal findings for the uploader or support; never contain document content. */
  warnings: string[];
}

export const DEFAULT_MAX_BYTES = 25 * 1024 * 1024;
export const DEFAULT_MAX_PAGES = 200;
