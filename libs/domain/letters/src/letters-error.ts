/** Codes a caller can branch on; the server maps them to GraphQL `extensions.reason`. */
export type LettersErrorCode =
  | 'CRITERIA_EMPTY'
  | 'CRITERIA_TOO_MANY'
  | 'CRITERIA_TEXT_TOO_LONG'
  | 'CRITERION_TOO_LONG'
  | 'QUOTE_EMPTY'
  | 'QUOTE_TOO_LONG'
  | 'QUOTE_NOT_ON_PAGE'
  | 'PAGE_RANGE_INVALID'
  | 'MATRIX_INCOMPLETE'
  | 'CITATION_UNAVAILABLE';

/**
 * A refusal of bad input by the pure domain. Messages never quote the input (policy text and record
 * quotes are PHI-adjacent); `details` holds ids, refs and counts only.
 */
export class LettersError extends Error {
  override readonly name = 'LettersError';

  constructor(
    readonly code: LettersErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}
