import { X12ParseError, parse835, type Parse835Result, type X12Error } from '@claimlane/domain-x12';
import { CliError, EXIT_ERROR } from './exit-codes';
import { projectRemittance } from './remittance-projection';
import { formatRemittanceReport } from './remittance-report';

/**
 * X12 messages already start with "segment N (ID): " when a segment is known; keep exactly one.
 * Parser messages quote what they found, which for binary junk is control bytes that would garble
 * the terminal, so anything outside printable ASCII is shown as `?`.
 */
export function x12Location(e: X12Error): string {
  const message =
    e.segmentNumber > 0 && !e.message.startsWith('segment ')
      ? `segment ${e.segmentNumber} (${e.segmentId}): ${e.message}`
      : e.message;
  return message.replace(/[^\x20-\x7e]/g, '?');
}

export function parse835OrFail(text: string): Parse835Result {
  try {
    return parse835(text);
  } catch (e) {
    if (e instanceof X12ParseError) {
      throw new CliError(`not a readable 835 (${e.code}): ${x12Location(e)}`, EXIT_ERROR);
    }
    throw e;
  }
}

export interface RemittanceCheckOutput {
  stdout: string;
  /** Non-fatal parse errors, one line each, for stderr. */
  warnings: string[];
}

/** Output of `check` for an 835: the contract projection with --json, else the readable report. */
export function renderRemittanceCheck(text: string, json: boolean): RemittanceCheckOutput {
  const result = parse835OrFail(text);
  return {
    stdout: json
      ? JSON.stringify(projectRemittance(result.claims), null, 2) + '\n'
      : formatRemittanceReport(result),
    warnings: result.errors.map((e) => `${x12Location(e)} [${e.code}]`),
  };
}
