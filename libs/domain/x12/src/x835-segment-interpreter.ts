import { ClaimBuilder, type ClaimContext } from './claim-builder';
import type { ClaimPayment } from './claim-payment.types';
import type {
  FunctionalGroupHeader,
  InterchangeHeader,
  PaymentInfo,
  ProviderAdjustment,
  TransactionHeader,
} from './remittance-envelope.types';
import type { X12Separators } from './separators';
import type { SegmentSink, TokenizerEnd } from './segment-tokenizer';
import type { SegmentView } from './segment-view';
import { x12Error, type X12Error, type X12ErrorCode } from './x12-error';
import { parseDate6, parseDate8 } from './x12-values';

interface OpenTransaction {
  header: TransactionHeader;
  segmentCount: number;
  /** Not an 835: read through to SE for the counts, interpret nothing. */
  skip: boolean;
  /** The N1 loop (PR payer, PE payee) that N3/N4/REF segments belong to. */
  party: string;
  payerIdCandidates: { n1?: string; ref2u?: string; trn?: string };
  context: ClaimContext | undefined;
}

interface OpenGroup {
  header: FunctionalGroupHeader;
  transactionCount: number;
}

interface OpenInterchange {
  header: InterchangeHeader;
  groupCount: number;
}

/** Segments that close a claim loop; anything else after a CLP belongs to that claim. */
const ENDS_CLAIM: ReadonlySet<string> = new Set(['CLP', 'LX', 'TS3', 'TS2', 'PLB', 'SE']);
/** Claim-loop segments that make no sense before a CLP. */
const CLAIM_ONLY: ReadonlySet<string> = new Set(['CAS', 'NM1', 'MIA', 'MOA', 'AMT', 'QTY', 'LQ']);
/** Service-line segments skipped after an SVC that had no claim (one error is enough). */
const SERVICE_ONLY: ReadonlySet<string> = new Set(['CAS', 'DTM', 'AMT', 'QTY', 'REF', 'LQ']);
const PLB_PAIRS = 6;

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
 * Turns a sequence of segments into 835 claims and headers. Envelope checks (counts, control numbers,
 * nesting) are reported, never thrown: the claims already read stay usable.
 */
export class X835SegmentInterpreter implements SegmentSink {
  readonly interchanges: InterchangeHeader[] = [];
  readonly transactions: TransactionHeader[] = [];
  readonly providerAdjustments: ProviderAdjustment[] = [];
  private interchange: OpenInterchange | undefined;
  private group: OpenGroup | undefined;
  private transaction: OpenTransaction | undefined;
  private claim: ClaimBuilder | undefined;
  private orphanServiceLine = false;
  private ready: ClaimPayment[] = [];

  constructor(private readonly report: (error: X12Error) => void) {}

  /** Claims completed since the last call. */
  takeClaims(): ClaimPayment[] {
    const claims = this.ready;
    if (claims.length > 0) this.ready = [];
    return claims;
  }

  segment(segment: SegmentView, n: number, separators: X12Separators): void {
    const id = segment.id;
    const tx = this.transaction;
    if (tx !== undefined) tx.segmentCount++;
    switch (id) {
      case 'ISA':
        return this.startInterchange(segment, n);
      case 'GS':
        return this.startGroup(segment, n);
      case 'ST':
        return this.startTransaction(segment, n);
      case 'SE':
        return this.endTransaction(segment, n);
      case 'GE':
        return this.endGroup(segment, n);
      case 'IEA':
        return this.endInterchange(segment, n);
    }
    if (tx === undefined) {
      this.error('X12_BAD_ENVELOPE', n, id, 'segment outside a transaction: expected ST before it');
      return;
    }
    if (tx.skip) return;
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
    this.transactionSegment(tx, segment, id, n, separators);
  }

  finish(end: TokenizerEnd): void {
    const { lastSegmentNumber: last, lastSegmentId: lastId } = end;
    let problem: string | undefined;
    if (end.partialSegment) problem = `input ends in the middle of segment ${last + 1}`;
    else if (this.transaction !== undefined) {
      problem = `input ends without SE for transaction ${this.transaction.header.controlNumber}`;
    } else if (this.group !== undefined) {
      problem = `input ends without GE for group ${this.group.header.controlNumber}`;
    } else if (this.interchange !== undefined) {
      problem = `input ends without IEA for interchange ${this.interchange.header.controlNumber}`;
    }
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

  private error(
    code: X12ErrorCode,
    n: number,
    segmentId: string,
    message: string,
    claimId?: string,
  ): void {
    this.report(x12Error(code, n, segmentId, message, claimId));
  }

  private finishClaim(): void {
    const builder = this.claim;
    if (builder === undefined) return;
    this.claim = undefined;
    const { claim, errors } = builder.finish();
    for (const error of errors) this.report(error);
    if (claim !== undefined) {
      this.ready.push(claim);
      if (this.transaction !== undefined) this.transaction.header.claimCount++;
    }
  }

  private transactionSegment(
    tx: OpenTransaction,
    segment: SegmentView,
    id: string,
    n: number,
    separators: X12Separators,
  ): void {
    switch (id) {
      case 'CLP':
        this.orphanServiceLine = false;
        this.claim = new ClaimBuilder(segment, n, this.claimContext(tx));
        return;
      case 'LX':
      case 'TS3':
      case 'TS2':
        this.orphanServiceLine = false;
        this.claimContext(tx);
        return;
      case 'PLB':
        this.orphanServiceLine = false;
        this.addProviderAdjustments(tx, segment, n, separators);
        return;
      case 'SVC':
        if (!this.orphanServiceLine) {
          this.error(
            'X12_BAD_SEGMENT',
            n,
            id,
            'service line outside a claim: expected CLP before SVC',
          );
        }
        this.orphanServiceLine = true;
        return;
    }
    if (this.orphanServiceLine && SERVICE_ONLY.has(id)) return;
    if (CLAIM_ONLY.has(id)) {
      this.error('X12_BAD_SEGMENT', n, id, `${id} outside a claim: expected CLP before it`);
      return;
    }
    if (tx.context === undefined) this.headerSegment(tx, segment, id, n);
  }

  private headerSegment(tx: OpenTransaction, segment: SegmentView, id: string, n: number): void {
    const header = tx.header;
    switch (id) {
      case 'BPR': {
        const amountText = segment.get(2);
        const amount = segment.decimal(2);
        if (Number.isNaN(amount)) {
          this.error(
            'X12_BAD_AMOUNT',
            n,
            id,
            `expected an amount in BPR02, found ${JSON.stringify(amountText)}`,
          );
          return;
        }
        const payment: PaymentInfo = {
          handlingCode: segment.get(1),
          amount,
          creditDebit: segment.get(3),
          method: segment.get(4),
        };
        const date = this.headerDate(segment, 16, n);
        if (date !== undefined) payment.date = date;
        header.payment = payment;
        return;
      }
      case 'TRN': {
        const trace = segment.get(2);
        if (trace !== '') header.traceNumber = trace;
        const originator = segment.get(3);
        if (originator !== '') {
          header.originatorId = originator;
          tx.payerIdCandidates.trn = originator;
        }
        return;
      }
      case 'DTM':
        if (segment.get(1) === '405') {
          const date = this.headerDate(segment, 2, n);
          if (date !== undefined) header.productionDate = date;
        }
        return;
      case 'N1': {
        tx.party = segment.get(1);
        if (tx.party === 'PR') {
          header.payer.name = segment.get(2);
          const payerId = segment.get(4);
          if (payerId !== '') tx.payerIdCandidates.n1 = payerId;
        } else if (tx.party === 'PE') {
          const payee: TransactionHeader['payee'] = { name: segment.get(2) };
          if (segment.get(3) !== '') payee.idQualifier = segment.get(3);
          if (segment.get(4) !== '') payee.id = segment.get(4);
          header.payee = payee;
        }
        return;
      }
      case 'REF':
        if (tx.party === 'PR' && segment.get(1) === '2U' && segment.get(2) !== '') {
          tx.payerIdCandidates.ref2u = segment.get(2);
        }
        return;
      default:
        return;
    }
  }

  /** Dates outside claims are informational: a bad one is reported, but nothing is dropped. */
  private headerDate(segment: SegmentView, index: number, n: number): string | undefined {
    const text = segment.get(index);
    if (text === '') return undefined;
    const date = parseDate8(text);
    if (date === undefined) {
      const id = segment.id;
      this.error(
        'X12_BAD_DATE',
        n,
        id,
        `expected a CCYYMMDD date in ${id}${String(index).padStart(2, '0')}, found ${JSON.stringify(text)}`,
      );
    }
    return date;
  }

  /** The header is complete once the claims start; freeze it into the context every claim shares. */
  private claimContext(tx: OpenTransaction): ClaimContext {
    if (tx.context !== undefined) return tx.context;
    const header = tx.header;
    const { n1, ref2u, trn } = tx.payerIdCandidates;
    const payerId = n1 ?? ref2u ?? trn;
    if (payerId !== undefined) header.payer.id = payerId;
    const context: ClaimContext = {
      payer: header.payer,
      transactionControlNumber: header.controlNumber,
    };
    if (header.payee !== undefined) context.payee = header.payee;
    if (header.traceNumber !== undefined) context.traceNumber = header.traceNumber;
    if (header.payment?.date !== undefined) context.paymentDate = header.payment.date;
    tx.context = context;
    return context;
  }

  private addProviderAdjustments(
    tx: OpenTransaction,
    segment: SegmentView,
    n: number,
    separators: X12Separators,
  ): void {
    const context = this.claimContext(tx);
    const providerId = segment.get(1);
    const fiscalPeriodDate = this.headerDate(segment, 2, n);
    for (let pair = 0; pair < PLB_PAIRS; pair++) {
      const index = 3 + pair * 2;
      const composite = segment.get(index);
      const amountText = segment.get(index + 1);
      if (composite === '' && amountText === '') continue;
      const amount = segment.decimal(index + 1);
      const [reason = '', reference] = composite.split(separators.component);
      if (reason === '' || Number.isNaN(amount)) {
        this.error(
          reason === '' ? 'X12_BAD_SEGMENT' : 'X12_BAD_AMOUNT',
          n,
          'PLB',
          reason === ''
            ? `expected an adjustment reason in PLB${String(index).padStart(2, '0')}`
            : `expected an amount in PLB${String(index + 1).padStart(2, '0')}, found ${JSON.stringify(amountText)}`,
        );
        continue;
      }
      const adjustment: ProviderAdjustment = {
        providerId,
        reason,
        amount,
        transactionControlNumber: context.transactionControlNumber,
        segmentNumber: n,
      };
      if (fiscalPeriodDate !== undefined) adjustment.fiscalPeriodDate = fiscalPeriodDate;
      if (reference !== undefined && reference !== '') adjustment.reference = reference;
      if (context.traceNumber !== undefined) adjustment.traceNumber = context.traceNumber;
      this.providerAdjustments.push(adjustment);
    }
  }

  private startInterchange(segment: SegmentView, n: number): void {
    if (this.interchange !== undefined) {
      this.error(
        'X12_BAD_ENVELOPE',
        n,
        'ISA',
        `expected IEA to close interchange ${this.interchange.header.controlNumber} before a new ISA`,
      );
      this.closeGroup();
    }
    const header: InterchangeHeader = {
      controlNumber: segment.get(13),
      senderQualifier: segment.get(5),
      senderId: segment.get(6).trim(),
      receiverQualifier: segment.get(7),
      receiverId: segment.get(8).trim(),
      time: segment.get(10),
      version: segment.get(12),
      usage: segment.get(15),
      segmentNumber: n,
      groups: [],
    };
    const date = parseDate6(segment.get(9));
    if (date !== undefined) header.date = date;
    this.interchanges.push(header);
    this.interchange = { header, groupCount: 0 };
  }

  private startGroup(segment: SegmentView, n: number): void {
    if (this.group !== undefined) {
      this.error(
        'X12_BAD_ENVELOPE',
        n,
        'GS',
        `expected GE to close group ${this.group.header.controlNumber} before a new GS`,
      );
      this.closeGroup();
    }
    const header: FunctionalGroupHeader = {
      controlNumber: segment.get(6),
      functionalId: segment.get(1),
      senderId: segment.get(2),
      receiverId: segment.get(3),
      version: segment.get(8),
      segmentNumber: n,
      transactions: [],
    };
    const date = parseDate8(segment.get(4));
    if (date !== undefined) header.date = date;
    if (this.interchange === undefined) {
      this.error('X12_BAD_ENVELOPE', n, 'GS', 'functional group outside an interchange');
    } else {
      this.interchange.groupCount++;
      this.interchange.header.groups.push(header);
    }
    this.group = { header, transactionCount: 0 };
  }

  private startTransaction(segment: SegmentView, n: number): void {
    if (this.transaction !== undefined) {
      this.error(
        'X12_BAD_ENVELOPE',
        n,
        'ST',
        `expected SE to close transaction ${this.transaction.header.controlNumber} before a new ST`,
      );
      this.closeTransaction();
    }
    const group = this.group;
    if (group === undefined) {
      this.error(
        'X12_BAD_ENVELOPE',
        n,
        'ST',
        'transaction outside a functional group: expected GS before ST',
      );
    }
    const header: TransactionHeader = {
      controlNumber: segment.get(2),
      version: segment.get(3) || (group?.header.version ?? ''),
      interchangeControlNumber: this.interchange?.header.controlNumber ?? '',
      groupControlNumber: group?.header.controlNumber ?? '',
      segmentNumber: n,
      payer: { name: '' },
      claimCount: 0,
    };
    const type = segment.get(1);
    const skip = type !== '835';
    if (skip) {
      this.error(
        'X12_BAD_ENVELOPE',
        n,
        'ST',
        `expected transaction set 835 in ST01, found ${JSON.stringify(type)}; skipped to its SE`,
      );
    } else {
      this.transactions.push(header);
      group?.header.transactions.push(header);
    }
    if (group !== undefined) group.transactionCount++;
    this.transaction = {
      header,
      segmentCount: 1,
      skip,
      party: '',
      payerIdCandidates: {},
      context: undefined,
    };
  }

  private endTransaction(segment: SegmentView, n: number): void {
    const tx = this.transaction;
    if (tx === undefined) {
      this.error('X12_BAD_ENVELOPE', n, 'SE', 'SE without a matching ST');
      return;
    }
    this.finishClaim();
    this.claimContext(tx);
    const declared = segment.get(1);
    if (declared !== String(tx.segmentCount)) {
      this.error(
        'X12_BAD_COUNT',
        n,
        'SE',
        `SE01 says ${JSON.stringify(declared)} segments but transaction ${tx.header.controlNumber} has ${tx.segmentCount} (ST to SE)`,
      );
    }
    const control = segment.get(2);
    if (control !== tx.header.controlNumber) {
      this.error(
        'X12_BAD_CONTROL_NUMBER',
        n,
        'SE',
        `SE02 ${JSON.stringify(control)} does not match ST02 ${JSON.stringify(tx.header.controlNumber)}`,
      );
    }
    this.transaction = undefined;
    this.orphanServiceLine = false;
  }

  private endGroup(segment: SegmentView, n: number): void {
    if (this.transaction !== undefined) {
      this.error(
        'X12_BAD_ENVELOPE',
        n,
        'GE',
        `expected SE to close transaction ${this.transaction.header.controlNumber} before GE`,
      );
      this.closeTransaction();
    }
    const group = this.group;
    if (group === undefined) {
      this.error('X12_BAD_ENVELOPE', n, 'GE', 'GE without a matching GS');
      return;
    }
    const declared = segment.get(1);
    if (declared !== String(group.transactionCount)) {
      this.error(
        'X12_BAD_COUNT',
        n,
        'GE',
        `GE01 says ${JSON.stringify(declared)} transactions but group ${group.header.controlNumber} has ${group.transactionCount}`,
      );
    }
    const control = segment.get(2);
    if (control !== group.header.controlNumber) {
      this.error(
        'X12_BAD_CONTROL_NUMBER',
        n,
        'GE',
        `GE02 ${JSON.stringify(control)} does not match GS06 ${JSON.stringify(group.header.controlNumber)}`,
      );
    }
    this.group = undefined;
  }

  private endInterchange(segment: SegmentView, n: number): void {
    if (this.group !== undefined) {
      this.error(
        'X12_BAD_ENVELOPE',
        n,
        'IEA',
        `expected GE to close group ${this.group.header.controlNumber} before IEA`,
      );
      this.closeGroup();
    }
    const interchange = this.interchange;
    if (interchange === undefined) {
      this.error('X12_BAD_ENVELOPE', n, 'IEA', 'IEA without a matching ISA');
      return;
    }
    const declared = segment.get(1);
    if (declared !== String(interchange.groupCount)) {
      this.error(
        'X12_BAD_COUNT',
        n,
        'IEA',
        `IEA01 says ${JSON.stringify(declared)} groups but interchange ${interchange.header.controlNumber} has ${interchange.groupCount}`,
      );
    }
    const control = segment.get(2);
    if (control !== interchange.header.controlNumber) {
      this.error(
        'X12_BAD_CONTROL_NUMBER',
        n,
        'IEA',
        `IEA02 ${JSON.stringify(control)} does not match ISA13 ${JSON.stringify(interchange.header.controlNumber)}`,
      );
    }
    this.interchange = undefined;
  }

  /** Closes a transaction that lacked its SE; its last claim is finished like any other. */
  private closeTransaction(): void {
    this.finishClaim();
    this.transaction = undefined;
    this.orphanServiceLine = false;
  }

  private closeGroup(): void {
    if (this.transaction !== undefined) this.closeTransaction();
    this.group = undefined;
  }
}
