import { parseDecimalRange } from './x12-values';

const INITIAL_CAPACITY = 32;
const ID_CACHE_LIMIT = 1024;
const idCache = new Map<number, string>();
/** V8 copies substrings shorter than this anyway (SlicedString::kMinLength). */
const DETACH_FROM_LENGTH = 13;

/** Concatenating then slicing forces a fresh flat copy that no longer references the chunk. */
function detach(value: string): string {
  return (' ' + value).slice(1);
}

/**
 * Segment ids repeat millions of times; handing out one shared string per id saves an allocation per
 * segment and makes the interpreter's `switch` compare by identity.
 */
function internId(text: string, start: number, end: number): string {
  const length = end - start;
  if (length < 2 || length > 3) return text.slice(start, end);
  const c0 = text.charCodeAt(start);
  const c1 = text.charCodeAt(start + 1);
  const c2 = length === 3 ? text.charCodeAt(start + 2) : 0;
  if (c0 > 255 || c1 > 255 || c2 > 255) return text.slice(start, end);
  const key = (c0 << 16) | (c1 << 8) | c2;
  let id = idCache.get(key);
  if (id === undefined) {
    id = text.slice(start, end);
    if (idCache.size < ID_CACHE_LIMIT) idCache.set(key, id);
  }
  return id;
}

/**
 * One segment as element offsets into the text it was read from, instead of an array of strings:
 * splitting every segment was the largest cost of parsing. Only the elements a reader asks for become
 * strings. The tokenizer reuses a single view, so a reader must copy what it needs before returning.
 */
export class SegmentView {
  /** Element 0, e.g. `CLP`. */
  id = '';
  private text = '';
  private count = 0;
  private starts = new Int32Array(INITIAL_CAPACITY);
  private ends = new Int32Array(INITIAL_CAPACITY);

  /** Number of elements, the id included. */
  get size(): number {
    return this.count;
  }

  load(text: string, start: number, end: number, separator: string): void {
    this.text = text;
    let count = 0;
    let position = start;
    for (;;) {
      if (count === this.starts.length) this.grow();
      const next = text.indexOf(separator, position);
      this.starts[count] = position;
      if (next < 0 || next >= end) {
        this.ends[count++] = end;
        break;
      }
      this.ends[count++] = next;
      position = next + 1;
    }
    this.count = count;
    this.id = internId(text, start, this.ends[0] as number);
  }

  /** Element `index` (1 = element 01) as text; '' when absent. */
  get(index: number): string {
    if (index >= this.count) return '';
    const start = this.starts[index] as number;
    const end = this.ends[index] as number;
    const value = this.text.slice(start, end);
    // V8 makes longer substrings views of their parent, so a kept claim id would pin the whole 64 KiB
    // chunk it came from; a claim kept out of millions would pin the file. Copy those out.
    return end - start < DETACH_FROM_LENGTH ? value : detach(value);
  }

  isEmpty(index: number): boolean {
    return index >= this.count || this.starts[index] === this.ends[index];
  }

  /** Compares without creating a string. */
  is(index: number, value: string): boolean {
    if (index >= this.count) return value === '';
    const start = this.starts[index] as number;
    return (
      (this.ends[index] as number) - start === value.length && this.text.startsWith(value, start)
    );
  }

  /** Element `index` as an X12 decimal; NaN when it is empty or not a number. */
  decimal(index: number): number {
    if (index >= this.count) return Number.NaN;
    return parseDecimalRange(this.text, this.starts[index] as number, this.ends[index] as number);
  }

  toArray(): string[] {
    const elements: string[] = [];
    for (let i = 0; i < this.count; i++) elements.push(this.get(i));
    return elements;
  }

  private grow(): void {
    const starts = new Int32Array(this.starts.length * 2);
    const ends = new Int32Array(this.ends.length * 2);
    starts.set(this.starts);
    ends.set(this.ends);
    this.starts = starts;
    this.ends = ends;
  }
}
