import type { ClaimPayment, PayeeRef, PayerRef } from './claim-payment.types';
import type { X12Error } from './x12-error';

export interface PaymentInfo {
  /** BPR01: I = remittance with payment, H = notification only, … */
  handlingCode: string;
  amount: number;
  /** BPR03: C credit, D debit. */
  creditDebit: string;
  /** BPR04: ACH, CHK, NON, FWT, BOP. */
  method: string;
  /** BPR16. */
  date?: string;
}

/** Header of one 835 transaction set (ST..SE). */
export interface TransactionHeader {
  controlNumber: string;
  /** ST03 in 5010, otherwise GS08 (4010 has no ST03). */
  version: string;
  interchangeControlNumber: string;
  groupControlNumber: string;
  segmentNumber: number;
  payment?: PaymentInfo;
  traceNumber?: string;
  /** TRN03: the payer's identifier (usually 1 + EIN). */
  originatorId?: string;
  /** DTM*405. */
  productionDate?: string;
  payer: PayerRef;
  payee?: PayeeRef;
  /** Claims returned from this transaction (dropped claims are not counted). */
  claimCount: number;
}

export interface FunctionalGroupHeader {
  controlNumber: string;
  functionalId: string;
  senderId: string;
  receiverId: string;
  version: string;
  date?: string;
  segmentNumber: number;
  transactions: TransactionHeader[];
}

export interface InterchangeHeader {
  controlNumber: string;
  senderQualifier: string;
  senderId: string;
  receiverQualifier: string;
  receiverId: string;
  date?: string;
  time: string;
  /** ISA12, e.g. 00501 or 00401. */
  version: string;
  /** ISA15: P production, T test. */
  usage: string;
  segmentNumber: number;
  groups: FunctionalGroupHeader[];
}

/** One reason/amount pair of a PLB segment; positive amounts reduce the payment, negative add to it. */
export interface ProviderAdjustment {
  providerId: string;
  fiscalPeriodDate?: string;
  reason: string;
  reference?: string;
  amount: number;
  traceNumber?: string;
  transactionControlNumber: string;
  segmentNumber: number;
}

export interface Parse835Result {
  interchanges: InterchangeHeader[];
  /** The same transaction headers as in `interchanges`, flattened. */
  transactions: TransactionHeader[];
  claims: ClaimPayment[];
  providerAdjustments: ProviderAdjustment[];
  errors: X12Error[];
}
