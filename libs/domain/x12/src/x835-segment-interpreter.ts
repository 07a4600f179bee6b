import { ClaimBuilder } from './claim-builder';
import type { ClaimPayment } from './claim-payment.types';
import { X12EnvelopeTracker, type OpenTransaction } from './envelope-tracker';
import { readProviderAdjustments } from './provider-adjustment-reader';
import type {
  InterchangeHeader,
  ProviderAdjustment,
  TransactionHeader,
} from './remittance-envelope.types';
import type { X12Separators } from './separators';
import type { SegmentSink, TokenizerEnd } from './segment-tokenizer';
import type { SegmentView } from './segment-view';
import { TransactionHeaderReader } from './transaction-header-reader';
import { x12Error, type X12Error } from './x12-error';

/** Segments that close a claim loop; anything else after a CLP belongs to that claim. */
const ENDS_CLAIM: ReadonlySet<string> = new Set(['CLP', 'LX', 'TS3', 'TS2', 'PLB']);
/** Claim-loop segments that make no sense before a CLP. */
const CLAIM_ONLY: ReadonlySet<string> = new Set(['CAS', 'NM1', 'MIA', 'MOA', 'AMT', 'QTY', 'LQ']);
/** Service-line segments skipped after an SVC that had no claim (one error is enough). */
const SERVICE_ONLY: ReadonlySet<string> = new Set(['CAS', 'DTM', 'AMT', 'QTY', 'REF', 'LQ']);

function isSegmentId(id: string): boolean {
  const length = id.length;
  if (length < 2 || length > 3) return false;
  for (let i = 0; i < length; i++) {
    const c = id.charCodeAt(i);
    const upper = c >= 65 && c <= 90;
    if (!upper && (i === 0 || c < 48 || c > 57)) return false;
  }
  return true;
}

/**
 * Turns segments into 835 claims, headers and provider adjustments. A claim is handed out once its
 * loop is closed by the next CLP/LX/PLB or by the end of its transaction.
 */
export class X835SegmentInterpreter implements SegmentSink {
  readonly providerAdjustments: ProviderAdjustment[] = [];
  private readonly envelope: X12EnvelopeTracker;
  private headerReader: TransactionHeaderReader | undefined;
  private claim: ClaimBuilder | undefined;
  private orphanServiceLine = false;
  private ready: ClaimPayment[] = [];

  constructor(private readonly report: (error: X12Error) => void) {
    this.envelope = new X12EnvelopeTracker(report, {
      transactionStarted: (tx) => this.transactionStarted(tx),
      transactionEnding: () => this.transactionEnding(),
    });
  }

  get interchanges(): readonly InterchangeHeader[] {
    return this.envelope.interchanges;
  }

  get transactions(): readonly TransactionHeader[] {
    return this.envelope.transactions;
  }

  /** Claims completed since the last call. */
  takeClaims(): ClaimPayment[] {
    const claims = this.ready;
    if (claims.length > 0) this.ready = [];
    return claims;
  }

  segment(segment: SegmentView, n: number, separators: X12Separators): void {
    if (this.envelope.handle(segment, n)) return;
    const id = segment.id;
    const reader = this.headerReader;
    if (reader === undefined) {
      if (this.envelope.openTransaction === undefined) {
        this.report(
          x12Error(
            'X12_BAD_ENVELOPE',
            n,
            id,
            'segment outside a transaction: expected ST before it',
          ),
        );
      }
      return;
    }
    if (!isSegmentId(id)) {
      const error = x12Error(
        'X12_BAD_SEGMENT',
        n,
        id.slice(0, 3),
        `expected a segment id (2-3 upper-case letters/digits), found ${JSON.stringify(id.slice(0, 12))}`,
      );
      if (this.claim !== undefined) this.claim.reject(error);
      else this.report(error);
      return;
    }
    if (this.claim !== undefined) {
      if (!ENDS_CLAIM.has(id)) {
        this.claim.add(segment, n, separators);
        return;
      }
      this.finishClaim();
    }
    this.transactionSegment(reader, segment, id, n, separators);
  }

  /**
   * Input that stops mid-segment or before its SE/GE/IEA gets one X12_TRUNCATED error naming the last
   * complete segment. Claims completed before it were already handed out; the claim still open is
   * dropped, since its remaining service lines may be missing.
   */
  finish(end: TokenizerEnd): void {
    const { lastSegmentNumber: last, lastSegmentId: lastId } = end;
    const unclosed = this.envelope.unclosed();
    let problem = end.partialSegment
      ? `input ends in the middle of segment ${last + 1}`
      : unclosed === undefined
        ? undefined
        : `input ends ${unclosed}`;
    if (problem === undefined) return;
    const dropped = this.claim?.claimId;
    this.claim = undefined;
    if (dropped !== undefined) {
      problem += `; claim ${dropped} was not returned because its loop may be incomplete`;
    }
    this.report(
      x12Error(
        'X12_TRUNCATED',
        last,
        lastId,
        `${problem} (last complete segment is ${last}); claims before it were returned`,
        dropped,
      ),
    );
  }

  private transactionStarted(tx: OpenTransaction): void {
    this.headerReader = tx.skip ? undefined : new TransactionHeaderReader(tx.header, this.report);
    this.orphanServiceLine = false;
  }

  private transactionEnding(): void {
    this.finishClaim();
    this.headerReader?.claimContext();
    this.headerReader = undefined;
    this.orphanServiceLine = false;
  }

  private finishClaim(): void {
    const builder = this.claim;
    if (builder === undefined) return;
    this.claim = undefined;
    const { claim, errors } = builder.finish();
    for (const error of errors) this.report(error);
    if (claim !== undefined) {
      this.ready.push(claim);
      if (this.headerReader !== undefined) this.headerReader.header.claimCount++;
    }
  }

  private transactionSegment(
    reader: TransactionHeaderReader,
    segment: SegmentView,
    id: string,
    n: number,
    separators: X12Separators,
  ): void {
    switch (id) {
      case 'CLP':
        this.orphanServiceLine = false;
        this.claim = new ClaimBuilder(segment, n, reader.claimContext());
        return;
      case 'LX':
      case 'TS3':
      case 'TS2':
        this.orphanServiceLine = false;
        reader.claimContext();
        return;
      case 'PLB':
        this.orphanServiceLine = false;
        for (const adjustment of readProviderAdjustments(
          segment,
          n,
          separators,
          reader.claimContext(),
          this.report,
        )) {
          this.providerAdjustments.push(adjustment);
        }
        return;
      case 'SVC':
        if (!this.orphanServiceLine) {
          this.report(
            x12Error(
              'X12_BAD_SEGMENT',
              n,
              id,
              'service line outside a claim: expected CLP before SVC',
            ),
          );
        }
        this.orphanServiceLine = true;
        return;
    }
    if (this.orphanServiceLine && SERVICE_ONLY.has(id)) return;
    if (CLAIM_ONLY.has(id)) {
      this.report(
        x12Error('X12_BAD_SEGMENT', n, id, `${id} outside a claim: expected CLP before it`),
      );
      return;
    }
    reader.read(segment, n);
  }
}
