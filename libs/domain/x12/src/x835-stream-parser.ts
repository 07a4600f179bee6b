import type { ClaimPayment } from './claim-payment.types';
import type {
  InterchangeHeader,
  ProviderAdjustment,
  TransactionHeader,
} from './remittance-envelope.types';
import { X12SegmentTokenizer } from './segment-tokenizer';
import { X835SegmentInterpreter } from './x835-segment-interpreter';
import type { X12Error } from './x12-error';

export interface X835StreamOptions {
  /** Called for every non-fatal error as soon as it is found. */
  onError?: (error: X12Error) => void;
  /**
   * How many errors `errors` keeps; the rest are only counted (and still passed to onError), so a
   * file full of bad claims cannot grow memory without bound. Default 1000.
   */
  maxErrors?: number;
}

export type X12Chunk = string | Uint8Array;

const DEFAULT_MAX_ERRORS = 1000;

/**
 * Incremental 835 parser: push chunks of any size (segments may straddle chunks, even 1-byte ones) and
 * receive each claim once its loop is closed by the next CLP/LX/PLB/SE. Holds only the unfinished
 * segment, the claim being built and the (small) envelope headers, so memory does not grow with the file.
 *
 * Fatal problems (not X12, bad ISA, runaway segment) throw X12ParseError from push()/end(); everything
 * else lands in `errors`. At end(), input that stops before its SE/GE/IEA or mid-segment yields one
 * X12_TRUNCATED error; claims completed before it are kept, the claim still open is dropped.
 */
export class X835StreamParser {
  readonly errors: X12Error[] = [];
  private suppressed = 0;
  private readonly tokenizer: X12SegmentTokenizer;
  private readonly interpreter: X835SegmentInterpreter;
  private decoder: InstanceType<typeof TextDecoder> | undefined;
  private ended = false;

  constructor(options: X835StreamOptions = {}) {
    const maxErrors = options.maxErrors ?? DEFAULT_MAX_ERRORS;
    const onError = options.onError;
    this.interpreter = new X835SegmentInterpreter((error) => {
      if (this.errors.length < maxErrors) this.errors.push(error);
      else this.suppressed++;
      onError?.(error);
    });
    this.tokenizer = new X12SegmentTokenizer(this.interpreter);
  }

  /** Errors found but not kept in `errors` because maxErrors was reached. */
  get suppressedErrorCount(): number {
    return this.suppressed;
  }

  get interchanges(): readonly InterchangeHeader[] {
    return this.interpreter.interchanges;
  }

  get transactions(): readonly TransactionHeader[] {
    return this.interpreter.transactions;
  }

  get providerAdjustments(): readonly ProviderAdjustment[] {
    return this.interpreter.providerAdjustments;
  }

  /** Number of segments read so far (the 1-based number of the last complete segment). */
  get segmentCount(): number {
    return this.tokenizer.segmentCount;
  }

  push(chunk: X12Chunk): ClaimPayment[] {
    if (this.ended) throw new Error('X835StreamParser: push() after end()');
    this.tokenizer.push(typeof chunk === 'string' ? chunk : this.decode(chunk));
    return this.interpreter.takeClaims();
  }

  end(): ClaimPayment[] {
    if (this.ended) throw new Error('X835StreamParser: end() called twice');
    this.ended = true;
    if (this.decoder !== undefined) this.tokenizer.push(this.decoder.decode());
    this.interpreter.finish(this.tokenizer.end());
    return this.interpreter.takeClaims();
  }

  private decode(bytes: Uint8Array): string {
    // Streaming decode keeps a multi-byte character that straddles two chunks intact.
    this.decoder ??= new TextDecoder('utf-8');
    return this.decoder.decode(bytes, { stream: true });
  }
}
