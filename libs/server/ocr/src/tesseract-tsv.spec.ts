import { describe, expect, it } from 'vitest';
import { readImageHeader } from './image-header';
import { parseTesseractTsv } from './tesseract-tsv';

const HEAD =
  'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext';
const word = (page: number, block: number, par: number, line: number, conf: number, text: string) =>
  `5\t${page}\t${block}\t${par}\t${line}\t1\t10\t20\t30\t40\t${conf}\t${text}`;

describe('parseTesseractTsv', () => {
  it('rebuilds lines and paragraphs per page, with word confidences and their mean', () => {
    const tsv = [
      HEAD,
      '1\t1\t0\t0\t0\t0\t0\t0\t2550\t3300\t-1\t',
      word(1, 1, 1, 1, 96, 'Claim'),
      word(1, 1, 1, 1, 90, 'denied.'),
      word(1, 1, 1, 2, 80, 'Appeal'),
      word(1, 2, 1, 1, 70, 'Page'),
      word(2, 1, 1, 1, 50, 'second'),
      '',
    ].join('\n');
    const pages = parseTesseractTsv(tsv);
    expect(pages.get(1)?.text).toBe('Claim denied.\nAppeal\n\nPage');
    expect(pages.get(1)?.meanConfidence).toBe(84);
    expect(pages.get(1)?.words[0]).toEqual(['Claim', 96, 10, 20, 30, 40]);
    expect(pages.get(2)).toMatchObject({ text: 'second', meanConfidence: 50 });
  });

  it('skips empty words and non-word rows', () => {
    const pages = parseTesseractTsv([HEAD, word(1, 1, 1, 1, 95, ' '), ''].join('\n'));
    expect(pages.size).toBe(0);
  });
});

describe('readImageHeader', () => {
  it('reads every frame of a multi-page TIFF without decoding it', () => {
    // Little-endian TIFF, two IFDs with width/height tags.
    const ifd = (w: number, h: number, next: number) => {
      const b = Buffer.alloc(2 + 2 * 12 + 4);
      b.writeUInt16LE(2, 0);
      b.writeUInt16LE(256, 2);
      b.writeUInt16LE(4, 4);
      b.writeUInt32LE(1, 6);
      b.writeUInt32LE(w, 10);
      b.writeUInt16LE(257, 14);
      b.writeUInt16LE(4, 16);
      b.writeUInt32LE(1, 18);
      b.writeUInt32LE(h, 22);
      b.writeUInt32LE(next, 26);
      return b;
    };
    const first = 8;
    const second = first + 30;
    const tiff = Buffer.concat([
      Buffer.from([0x49, 0x49, 0x2a, 0x00, first, 0, 0, 0]),
      ifd(1728, 2200, second),
      ifd(90_000, 90_000, 0),
    ]);
    expect(readImageHeader(tiff)).toEqual({
      kind: 'tiff',
      frames: [
        { width: 1728, height: 2200 },
        { width: 90_000, height: 90_000 },
      ],
    });
  });

  it('refuses a TIFF whose IFD chain loops', () => {
    const b = Buffer.alloc(8 + 30);
    b.write('II*\0', 0, 'latin1');
    b.writeUInt32LE(8, 4);
    b.writeUInt16LE(0, 8);
    b.writeUInt32LE(8, 10); // next IFD points back at itself
    expect(readImageHeader(b)).toBeNull();
  });

  it('reads the frame size of a baseline JPEG from its SOF0 segment', () => {
    const jpeg = Buffer.from([
      0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x0b, 0x08, 0x04, 0xb0,
      0x03, 0x20, 0x01, 0x01, 0x11, 0x00,
    ]);
    expect(readImageHeader(jpeg)).toEqual({ kind: 'jpeg', frames: [{ width: 800, height: 1200 }] });
  });
});
