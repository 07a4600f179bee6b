/**
 * Error codes a caller can branch on. Fatal ones (the input cannot be read as X12 at all) are thrown as
 * X12ParseError; the others are collected in `errors` so one bad claim does not lose the rest.
 */
export type X12ErrorCode =
  | 'X12_BAD_ENVELOPE'
  | 'X12_BAD_SEPARATORS'
  | 'X12_TRUNCATED'
  | 'X12_BAD_SEGMENT'
  | 'X12_BAD_AMOUNT'
  | 'X12_BAD_DATE'
  | 'X12_BAD_COUNT'
  | 'X12_BAD_CONTROL_NUMBER'
  | 'X12_BAD_STATUS';

/** Plain data (JSON-safe) so errors can travel through the CLI output and job payloads unchanged. */
export interface X12Error {
  code: X12ErrorCode;
  message: string;
  /** 1-based position of the offending segment within the whole input (0 when no segment was read). */
  segmentNumber: number;
  /** Segment id (`CLP`, `CAS`, …) of the offending segment, or of the last complete one for truncation. */
  segmentId: string;
  /**
   * Set when the problem lies inside a claim loop. That claim is not returned, unless `severity` is
   * `warning`.
   */
  claimId?: string;
  /**
   * `warning`: the claim named in `claimId` was kept, because the problem (a malformed service line, a
   * quirky SVC01, an unreadable date) does not touch the claim's own amounts.
   */
  severity?: 'warning';
}

export class X12ParseError extends Error implements X12Error {
  readonly code: X12ErrorCode;
  readonly segmentNumber: number;
  readonly segmentId: string;
  readonly claimId?: string;
  readonly severity?: 'warning';

  constructor(error: X12Error) {
    super(error.message);
    this.name = 'X12ParseError';
    this.code = error.code;
    this.segmentNumber = error.segmentNumber;
    this.segmentId = error.segmentId;
    if (error.claimId !== undefined) this.claimId = error.claimId;
    if (error.severity !== undefined) this.severity = error.severity;
  }

  toJSON(): X12Error {
    const { code, message, segmentNumber, segmentId, claimId, severity } = this;
    const json: X12Error = { code, message, segmentNumber, segmentId };
    if (claimId !== undefined) json.claimId = claimId;
    if (severity !== undefined) json.severity = severity;
    return json;
  }
}

export function x12Error(
  code: X12ErrorCode,
  segmentNumber: number,
  segmentId: string,
  message: string,
  claimId?: string,
): X12Error {
  const where = segmentNumber > 0 ? `segment ${segmentNumber} (${segmentId}): ` : '';
  const error: X12Error = { code, message: where + message, segmentNumber, segmentId };
  if (claimId !== undefined) error.claimId = claimId;
  return error;
}
