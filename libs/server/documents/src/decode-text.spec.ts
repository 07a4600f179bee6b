import { describe, expect, it } from 'vitest';
import { decodeText, decodeWindows1252, looksBinary } from './decode-text';

describe('decodeWindows1252', () => {
  it('maps 0x80-0x9F to the Windows-1252 characters and the rest as Latin-1', () => {
    const all = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
    const text = decodeWindows1252(all);
    expect(text).toHaveLength(256);
    expect(text.slice(0x20, 0x7f)).toBe(all.subarray(0x20, 0x7f).toString('latin1'));
    expect(text.slice(0xa0)).toBe(all.subarray(0xa0).toString('latin1'));
    expect(text[0x80]).toBe('€');
    expect(text.slice(0x91, 0x98)).toBe('‘’“”•–—');
    expect(text.charCodeAt(0x81)).toBe(0x81); // unassigned stays a (detectable) control
  });

  it('handles inputs longer than one chunk', () => {
    const bytes = Buffer.alloc(20_000, 0x93);
    expect(decodeWindows1252(bytes)).toBe('“'.repeat(20_000));
  });
});

describe('decodeText', () => {
  it('prefers UTF-8 and only falls back when the bytes are not valid UTF-8', () => {
    expect(decodeText(Buffer.from('é'))).toMatchObject({
      text: 'é',
      encoding: 'utf-8',
      warnings: [],
    });
    expect(decodeText(Buffer.from([0xe9]))).toMatchObject({ text: 'é', encoding: 'windows-1252' });
  });

  it('reads UTF-16 big-endian with a BOM', () => {
    const body = Buffer.from('Ab', 'utf16le').swap16();
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), body]))).toMatchObject({
      text: 'Ab',
      encoding: 'utf-16be',
    });
  });
});

describe('looksBinary', () => {
  it('accepts prose with tabs, form feeds and a DOS end-of-file mark', () => {
    expect(looksBinary('Dear member,\tyour claim\fpage two\r\n\u001a')).toBe(false);
  });

  it('rejects any NUL and more than 1% control characters', () => {
    expect(looksBinary('text\u0000text')).toBe(true);
    const prose = 'a'.repeat(990);
    expect(looksBinary(prose + '\u0001'.repeat(9))).toBe(false);
    expect(looksBinary(prose + '\u0001'.repeat(11))).toBe(true);
  });
});
