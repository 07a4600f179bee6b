import type { ClaimPayment } from './claim-payment.types';
import type { Parse835Result } from './remittance-envelope.types';
import { X835StreamParser, type X12Chunk, type X835StreamOptions } from './x835-stream-parser';

/** What is left once every claim has been yielded: everything in Parse835Result except the claims. */
export type Stream835Summary = Omit<Parse835Result, 'claims'> & { suppressedErrorCount: number };

/**
 * Yields claims as their loops complete while reading `source` (e.g. fs.createReadStream). Fatal input
 * throws X12ParseError from the iteration. Non-fatal errors go to `options.onError` as they happen and
 * are in the summary the generator returns (`const r = await it.next()` until `r.done`, then `r.value`).
 */
export async function* stream835Claims(
  source: AsyncIterable<X12Chunk> | Iterable<X12Chunk>,
  options: X835StreamOptions = {},
): AsyncGenerator<ClaimPayment, Stream835Summary, undefined> {
  const parser = new X835StreamParser(options);
  for await (const chunk of source) {
    yield* parser.push(chunk);
  }
  yield* parser.end();
  return {
    interchanges: [...parser.interchanges],
    transactions: [...parser.transactions],
    providerAdjustments: [...parser.providerAdjustments],
    errors: parser.errors,
    suppressedErrorCount: parser.suppressedErrorCount,
  };
}
