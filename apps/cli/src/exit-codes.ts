/**
 * Process exit codes of `claimlane`. Scripts branch on them, so they are part of the CLI contract:
 * 3 exists so a batch job can route scans to OCR instead of treating them as failures.
 */
export const EXIT_OK = 0;
export const EXIT_ERROR = 1;
export const EXIT_USAGE = 2;
export const EXIT_NEEDS_OCR = 3;

/**
 * An expected failure with a message written for the user. The top level prints only the message
 * (never a stack trace) and exits with `exitCode`. Messages must never quote document content:
 * letters and remittances carry PHI, and stderr ends up in logs.
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_ERROR,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
