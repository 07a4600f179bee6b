import type { Parse835Result } from './remittance-envelope.types';
import { X835StreamParser, type X835StreamOptions } from './x835-stream-parser';

/**
 * Parses a whole 835 held in memory. Same core as the streaming parser (one push, then end), so both
 * give identical results. Throws X12ParseError only for fatal input; see X835StreamParser.
 */
export function parse835(
  input: string | Uint8Array,
  options: Pick<X835StreamOptions, 'maxErrors'> = {},
): Parse835Result {
  const parser = new X835StreamParser(options);
  const claims = parser.push(input);
  for (const claim of parser.end()) claims.push(claim);
  return {
    interchanges: [...parser.interchanges],
    transactions: [...parser.transactions],
    claims,
    providerAdjustments: [...parser.providerAdjustments],
    errors: parser.errors,
  };
}
