export type DocumentErrorCode =
  | 'DOCUMENT_EMPTY'
  | 'DOCUMENT_TOO_LARGE'
  | 'DOCUMENT_UNSUPPORTED'
  | 'DOCUMENT_ENCRYPTED'
  | 'DOCUMENT_CORRUPT'
  | 'DOCUMENT_TOO_MANY_PAGES'
  /** Extraction ran out of its time or memory budget (decompression bombs, runaway content). */
  | 'DOCUMENT_TOO_COMPLEX';

/**
 * A document the user uploaded cannot be used. `message` is written for the person who uploaded it
 * and is safe to log: it never quotes document content (letters are PHI).
 */
export class DocumentError extends Error {
  override readonly name = 'DocumentError';

  constructor(
    readonly code: DocumentErrorCode,
    message: string,
    /**
     * The class name of the parser error behind this one (e.g. `InvalidPDFException`), for support.
     * The parser's own message is dropped on purpose: parsers quote operators, names and strings
     * from the file, which may carry patient data.
     */
    readonly detail: string | null = null,
  ) {
    super(message);
  }
}

export function isDocumentError(value: unknown): value is DocumentError {
  return value instanceof DocumentError;
}
