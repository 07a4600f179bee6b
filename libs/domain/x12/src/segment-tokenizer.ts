import { SegmentView } from './segment-view';
import { measureIsa, readIsaSeparators, type X12Separators } from './separators';
import { x12Error, X12ParseError } from './x12-error';

export interface SegmentSink {
  /** `segment` is reused for the next segment: copy out what is needed before returning. */
  segment(segment: SegmentView, segmentNumber: number, separators: X12Separators): void;
}

export interface TokenizerEnd {
  /** True when the input stopped in the middle of a segment (no terminator after the last text). */
  partialSegment: boolean;
  lastSegmentNumber: number;
  lastSegmentId: string;
}

/**
 * A segment without a terminator for this long means the separators are wrong or the input is not X12.
 * Bounding it keeps memory flat however large the (bad) input is.
 */
export const MAX_SEGMENT_LENGTH = 1 << 20;

const BOM = 0xfeff;

function isIgnorable(code: number): boolean {
  return code <= 32 || code === BOM;
}

function preview(text: string): string {
  return JSON.stringify(text.slice(0, 12));
}

/**
 * Splits a stream of text chunks into segments. Only the unfinished tail of the previous chunk is kept,
 * so memory does not depend on input size. Separators are re-read at every ISA, because each
 * interchange may declare its own.
 */
export class X12SegmentTokenizer {
  private rest = '';
  private separators: X12Separators | undefined;
  private expectIsa = true;
  private count = 0;
  private lastId = '';
  private ended = false;
  private readonly view = new SegmentView();

  constructor(
    private readonly sink: SegmentSink,
    private readonly maxSegmentLength = MAX_SEGMENT_LENGTH,
  ) {}

  get segmentCount(): number {
    return this.count;
  }

  push(text: string): void {
    if (this.ended) throw new Error('X12SegmentTokenizer: push() after end()');
    if (text.length === 0) return;
    const buffer = this.rest.length === 0 ? text : this.rest + text;
    const length = buffer.length;
    let pos = 0;
    while (pos < length) {
      if (this.expectIsa) {
        while (pos < length && isIgnorable(buffer.charCodeAt(pos))) pos++;
        if (pos >= length) break;
        const available = length - pos;
        const probe = buffer.slice(pos, pos + Math.min(3, available));
        if (!'ISA'.startsWith(probe)) this.failNoIsa(buffer.slice(pos, pos + 12));
        const isaLength = measureIsa(buffer, pos);
        if (isaLength === undefined) break;
        this.readIsa(buffer.slice(pos, pos + isaLength));
        pos += isaLength;
        continue;
      }
      const terminator = (this.separators as X12Separators).segment;
      const end = buffer.indexOf(terminator, pos);
      if (end < 0) break;
      this.emit(buffer, pos, end);
      pos = end + 1;
    }
    this.rest = pos === 0 ? buffer : pos >= length ? '' : buffer.slice(pos);
    if (this.rest.length > this.maxSegmentLength) {
      throw new X12ParseError(
        x12Error(
          'X12_BAD_SEGMENT',
          this.count + 1,
          this.rest.slice(0, 3),
          `no segment terminator ${JSON.stringify(this.separators?.segment ?? '')} within ` +
            `${this.maxSegmentLength} characters after segment ${this.count}`,
        ),
      );
    }
  }

  end(): TokenizerEnd {
    if (this.ended) throw new Error('X12SegmentTokenizer: end() called twice');
    this.ended = true;
    let partial = false;
    for (let i = 0; i < this.rest.length; i++) {
      if (!isIgnorable(this.rest.charCodeAt(i))) {
        partial = true;
        break;
      }
    }
    if (this.separators === undefined) {
      throw new X12ParseError(
        partial
          ? x12Error('X12_TRUNCATED', 1, 'ISA', `input ends inside the ISA segment`)
          : x12Error('X12_BAD_ENVELOPE', 1, '', 'input is empty: expected an ISA segment'),
      );
    }
    this.rest = '';
    return { partialSegment: partial, lastSegmentNumber: this.count, lastSegmentId: this.lastId };
  }

  private failNoIsa(found: string): never {
    const number = this.count + 1;
    const context = this.count === 0 ? 'input does not start with an ISA segment' : 'after IEA';
    throw new X12ParseError(
      x12Error(
        'X12_BAD_ENVELOPE',
        number,
        found.slice(0, 3),
        `${context}: expected ISA, found ${preview(found)}`,
      ),
    );
  }

  private readIsa(isa: string): void {
    const number = this.count + 1;
    const separators = readIsaSeparators(isa, number);
    this.separators = separators;
    this.expectIsa = false;
    this.deliver(isa, 0, isa.length - 1);
  }

  private emit(buffer: string, start: number, end: number): void {
    while (start < end && isIgnorable(buffer.charCodeAt(start))) start++;
    let stop = end;
    while (stop > start) {
      const code = buffer.charCodeAt(stop - 1);
      if (code !== 10 && code !== 13) break;
      stop--;
    }
    if (stop === start) return;
    const element = (this.separators as X12Separators).element;
    if (buffer.startsWith('ISA', start) && buffer.charAt(start + 3) === element) {
      // An ISA met mid-stream means the previous interchange lacked its IEA; its layout must still hold.
      readIsaSeparators(buffer.slice(start, end + 1), this.count + 1);
    }
    if (this.hasLineBreak(buffer, start, stop)) {
      // Files re-blocked into fixed 80-column records carry line breaks inside segments; they are
      // never data (the terminator is not a line break here, or the segment would have ended).
      const joined = buffer.slice(start, stop).replace(/[\r\n]+/g, '');
      this.deliver(joined, 0, joined.length);
    } else {
      this.deliver(buffer, start, stop);
    }
    if (this.view.id === 'IEA') this.expectIsa = true;
  }

  /**
   * Next line feed / carriage return at or after a position of the current buffer, remembered so
   * that a buffer without any costs one scan, not one per segment. -1: none left.
   */
  private nextLf = -1;
  private nextCr = -1;
  private scannedBuffer: string | undefined;

  private hasLineBreak(buffer: string, start: number, stop: number): boolean {
    if (this.scannedBuffer !== buffer) {
      this.scannedBuffer = buffer;
      this.nextLf = buffer.indexOf('\n', start);
      this.nextCr = buffer.indexOf('\r', start);
    }
    if (this.nextLf >= 0 && this.nextLf < start) this.nextLf = buffer.indexOf('\n', start);
    if (this.nextCr >= 0 && this.nextCr < start) this.nextCr = buffer.indexOf('\r', start);
    return (this.nextLf >= 0 && this.nextLf < stop) || (this.nextCr >= 0 && this.nextCr < stop);
  }

  private deliver(text: string, start: number, end: number): void {
    const view = this.view;
    view.load(text, start, end, (this.separators as X12Separators).element);
    this.count++;
    this.lastId = view.id;
    this.sink.segment(view, this.count, this.separators as X12Separators);
  }
}
