import type { ClaimContext } from './claim-builder';
import type { PaymentInfo, TransactionHeader } from './remittance-envelope.types';
import type { SegmentView } from './segment-view';
import { x12Error, type X12Error } from './x12-error';
import { parseDate8 } from './x12-values';

/** Dates outside claims are informational: a bad one is reported, but nothing is dropped. */
export function readReportedDate(
  segment: SegmentView,
  index: number,
  n: number,
  report: (error: X12Error) => void,
): string | undefined {
  const text = segment.get(index);
  if (text === '') return undefined;
  const date = parseDate8(text);
  if (date === undefined) {
    const id = segment.id;
    report(
      x12Error(
        'X12_BAD_DATE',
        n,
        id,
        `expected a CCYYMMDD date in ${id}${String(index).padStart(2, '0')}, found ${JSON.stringify(text)}`,
      ),
    );
  }
  return date;
}

/** Reads table 1 of an 835 (BPR, TRN, DTM*405, N1 loops) into the transaction header. */
export class TransactionHeaderReader {
  /** The N1 loop (PR payer, PE payee) that following N3/N4/REF segments belong to. */
  private party = '';
  private payerIdFromN1: string | undefined;
  private payerIdFromRef: string | undefined;
  private frozen: ClaimContext | undefined;

  constructor(
    readonly header: TransactionHeader,
    private readonly report: (error: X12Error) => void,
  ) {}

  read(segment: SegmentView, n: number): void {
    if (this.frozen !== undefined) return;
    const header = this.header;
    switch (segment.id) {
      case 'BPR': {
        const amount = segment.decimal(2);
        if (Number.isNaN(amount)) {
          this.report(
            x12Error(
              'X12_BAD_AMOUNT',
              n,
              'BPR',
              `expected an amount in BPR02, found ${JSON.stringify(segment.get(2))}`,
            ),
          );
          return;
        }
        const payment: PaymentInfo = {
          handlingCode: segment.get(1),
          amount,
          creditDebit: segment.get(3),
          method: segment.get(4),
        };
        const date = readReportedDate(segment, 16, n, this.report);
        if (date !== undefined) payment.date = date;
        header.payment = payment;
        return;
      }
      case 'TRN':
        if (!segment.isEmpty(2)) header.traceNumber = segment.get(2);
        if (!segment.isEmpty(3)) header.originatorId = segment.get(3);
        return;
      case 'DTM':
        if (segment.is(1, '405')) {
          const date = readReportedDate(segment, 2, n, this.report);
          if (date !== undefined) header.productionDate = date;
        }
        return;
      case 'N1':
        this.party = segment.get(1);
        if (this.party === 'PR') {
          header.payer.name = segment.get(2);
          if (!segment.isEmpty(4)) this.payerIdFromN1 = segment.get(4);
        } else if (this.party === 'PE') {
          const payee: TransactionHeader['payee'] = { name: segment.get(2) };
          if (!segment.isEmpty(3)) payee.idQualifier = segment.get(3);
          if (!segment.isEmpty(4)) payee.id = segment.get(4);
          header.payee = payee;
        }
        return;
      case 'REF':
        if (this.party === 'PR' && segment.is(1, '2U') && !segment.isEmpty(2)) {
          this.payerIdFromRef = segment.get(2);
        }
        return;
      default:
        return;
    }
  }

  /**
   * The header is complete once the claims start: freeze it into the context every claim shares.
   * Payer id: N1*PR N104 when sent, else REF*2U, else TRN03 (the payer's own identifier).
   */
  claimContext(): ClaimContext {
    if (this.frozen !== undefined) return this.frozen;
    const header = this.header;
    const payerId = this.payerIdFromN1 ?? this.payerIdFromRef ?? header.originatorId;
    if (payerId !== undefined) header.payer.id = payerId;
    const context: ClaimContext = {
      payer: header.payer,
      transactionControlNumber: header.controlNumber,
    };
    if (header.payee !== undefined) context.payee = header.payee;
    if (header.traceNumber !== undefined) context.traceNumber = header.traceNumber;
    if (header.payment?.date !== undefined) context.paymentDate = header.payment.date;
    this.frozen = context;
    return context;
  }
}
