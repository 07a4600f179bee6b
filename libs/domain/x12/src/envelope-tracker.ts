import type {
  FunctionalGroupHeader,
  InterchangeHeader,
  TransactionHeader,
} from './remittance-envelope.types';
import type { SegmentView } from './segment-view';
import { x12Error, type X12Error } from './x12-error';
import { parseDate6, parseDate8 } from './x12-values';

export interface OpenTransaction {
  header: TransactionHeader;
  /** Not an 835: read through to its SE for the counts, interpret nothing. */
  skip: boolean;
}

export interface EnvelopeListener {
  transactionStarted(transaction: OpenTransaction): void;
  /** Called before a transaction closes (at its SE, or at whatever closes it when SE is missing). */
  transactionEnding(transaction: OpenTransaction): void;
}

interface Open<T> {
  header: T;
  children: number;
}

/**
 * Follows ISA/GS/ST … SE/GE/IEA nesting and checks counts and control numbers. Problems are reported,
 * never thrown: claims already read stay usable when an envelope is sloppy.
 */
export class X12EnvelopeTracker {
  readonly interchanges: InterchangeHeader[] = [];
  readonly transactions: TransactionHeader[] = [];
  private interchange: Open<InterchangeHeader> | undefined;
  private group: Open<FunctionalGroupHeader> | undefined;
  private transaction: OpenTransaction | undefined;
  /** Segments from ST up to the current one, for SE01. */
  private segmentCount = 0;

  constructor(
    private readonly report: (error: X12Error) => void,
    private readonly listener: EnvelopeListener,
  ) {}

  get openTransaction(): OpenTransaction | undefined {
    return this.transaction;
  }

  /** Counts the segment and handles it when it is an envelope segment; returns whether it was one. */
  handle(segment: SegmentView, n: number): boolean {
    if (this.transaction !== undefined) this.segmentCount++;
    switch (segment.id) {
      case 'ISA':
        this.startInterchange(segment, n);
        return true;
      case 'GS':
        this.startGroup(segment, n);
        return true;
      case 'ST':
        this.startTransaction(segment, n);
        return true;
      case 'SE':
        this.endTransaction(segment, n);
        return true;
      case 'GE':
        this.endGroup(segment, n);
        return true;
      case 'IEA':
        this.endInterchange(segment, n);
        return true;
      default:
        return false;
    }
  }

  /** What is still open at the end of the input, innermost first; undefined when all is closed. */
  unclosed(): string | undefined {
    if (this.transaction !== undefined) {
      return `without SE for transaction ${this.transaction.header.controlNumber}`;
    }
    if (this.group !== undefined) return `without GE for group ${this.group.header.controlNumber}`;
    if (this.interchange !== undefined) {
      return `without IEA for interchange ${this.interchange.header.controlNumber}`;
    }
    return undefined;
  }

  private error(code: X12Error['code'], n: number, segmentId: string, message: string): void {
    this.report(x12Error(code, n, segmentId, message));
  }

  /** Checks a trailer's count (element 01) and control number (element 02) against its header. */
  private checkTrailer(
    segment: SegmentView,
    n: number,
    counted: number,
    what: string,
    controlNumber: string,
    headerElement: string,
  ): void {
    const id = segment.id;
    const declared = segment.get(1);
    if (declared !== String(counted)) {
      this.error(
        'X12_BAD_COUNT',
        n,
        id,
        `${id}01 says ${JSON.stringify(declared)} ${what} but there are ${counted}`,
      );
    }
    const control = segment.get(2);
    if (control !== controlNumber) {
      this.error(
        'X12_BAD_CONTROL_NUMBER',
        n,
        id,
        `${id}02 ${JSON.stringify(control)} does not match ${headerElement} ${JSON.stringify(controlNumber)}`,
      );
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
    this.interchange = { header, children: 0 };
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
      this.interchange.children++;
      this.interchange.header.groups.push(header);
    }
    this.group = { header, children: 0 };
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
      // 4010 has no ST03; its implementation guide is named in GS08.
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
    if (group !== undefined) group.children++;
    this.transaction = { header, skip };
    this.segmentCount = 1;
    this.listener.transactionStarted(this.transaction);
  }

  private endTransaction(segment: SegmentView, n: number): void {
    const tx = this.transaction;
    if (tx === undefined) {
      this.error('X12_BAD_ENVELOPE', n, 'SE', 'SE without a matching ST');
      return;
    }
    this.listener.transactionEnding(tx);
    this.checkTrailer(
      segment,
      n,
      this.segmentCount,
      `segments (ST to SE) in transaction ${tx.header.controlNumber}`,
      tx.header.controlNumber,
      'ST02',
    );
    this.transaction = undefined;
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
    this.checkTrailer(
      segment,
      n,
      group.children,
      `transactions in group ${group.header.controlNumber}`,
      group.header.controlNumber,
      'GS06',
    );
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
    this.checkTrailer(
      segment,
      n,
      interchange.children,
      `groups in interchange ${interchange.header.controlNumber}`,
      interchange.header.controlNumber,
      'ISA13',
    );
    this.interchange = undefined;
  }

  /** Closes a transaction that lacked its SE; its last claim is finished like any other. */
  private closeTransaction(): void {
    const tx = this.transaction;
    if (tx === undefined) return;
    this.listener.transactionEnding(tx);
    this.transaction = undefined;
  }

  private closeGroup(): void {
    this.closeTransaction();
    this.group = undefined;
  }
}
