import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DocumentError, type DocumentErrorCode } from './document-error';
import {
  EMBEDDED_TEST_FONT,
  renderTestPdf,
  sampleRemittances,
  stripedPng,
} from '@claimlane/testing-fixtures';
import { extractDocument } from './extract-document';
import { DEFAULT_MAX_BYTES, type ExtractDocumentInput } from './extracted-document';

async function failure(input: ExtractDocumentInput): Promise<DocumentError> {
  const error = await extractDocument(input).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DocumentError);
  return error as DocumentError;
}

async function expectCode(
  input: ExtractDocumentInput,
  code: DocumentErrorCode,
): Promise<DocumentError> {
  const error = await failure(input);
  expect(error.code).toBe(code);
  return error;
}

const PNG_HEADER = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG_HEADER = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]);

describe('extractDocument', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  describe('limits and empty input', () => {
    it('rejects an empty buffer as DOCUMENT_EMPTY', async () => {
      await expectCode({ bytes: Buffer.alloc(0) }, 'DOCUMENT_EMPTY');
    });

    it('rejects a text file of blank space as DOCUMENT_EMPTY', async () => {
      await expectCode({ bytes: Buffer.from(' \r\n\t\n  ') }, 'DOCUMENT_EMPTY');
    });

    it('rejects a file over maxBytes as DOCUMENT_TOO_LARGE, and accepts one at the limit', async () => {
      const bytes = Buffer.from('Denial letter text. '.repeat(60));
      const error = await expectCode({ bytes, maxBytes: bytes.length - 1 }, 'DOCUMENT_TOO_LARGE');
      expect(error.message).not.toContain('Denial');
      await expect(extractDocument({ bytes, maxBytes: bytes.length })).resolves.toMatchObject({
        format: 'text',
      });
    });

    it('applies the 25 MiB default', async () => {
      expect(DEFAULT_MAX_BYTES).toBe(25 * 1024 * 1024);
      const error = await expectCode(
        { bytes: Buffer.alloc(DEFAULT_MAX_BYTES + 1, 0x41) },
        'DOCUMENT_TOO_LARGE',
      );
      expect(error.message).toMatch(/limit is 25 MiB/);
    });

    it('refuses nonsense limits as a programming error, not a document error', async () => {
      await expect(extractDocument({ bytes: Buffer.from('x'), maxPages: 0 })).rejects.toThrow(
        RangeError,
      );
      await expect(extractDocument({ bytes: Buffer.from('x'), maxBytes: 1.5 })).rejects.toThrow(
        RangeError,
      );
    });
  });

  describe('hashing', () => {
    it('reports the SHA-256 of the exact bytes, for every format', async () => {
      const pdf = await renderTestPdf([{ text: 'Hash me please, this is a letter.' }]);
      const inputs = [
        pdf.bytes,
        Buffer.from('caf\xe9\r\n', 'latin1'),
        stripedPng(4, 4),
        sampleRemittances()[0]!.bytes,
      ];
      for (const bytes of inputs) {
        const doc = await extractDocument({ bytes });
        expect(doc.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
      }
    });
  });

  describe('format detection', () => {
    it('detects a PDF from its bytes whatever the name and declared type say, and warns', async () => {
      const pdf = await renderTestPdf([{ text: 'A letter saved with the wrong name.' }]);
      const doc = await extractDocument({
        bytes: pdf.bytes,
        filename: 'scan.png',
        declaredMime: 'image/png',
      });
      expect(doc.format).toBe('pdf');
      expect(doc.warnings).toHaveLength(2);
      expect(doc.warnings[0]).toContain('.png');
      expect(doc.warnings[1]).toContain('image/png');
    });

    it('does not warn when name and declared type agree with the content', async () => {
      const pdf = await renderTestPdf([{ text: 'A letter saved with the right name.' }]);
      const doc = await extractDocument({
        bytes: pdf.bytes,
        filename: 'Denial Letter.PDF',
        declaredMime: 'application/pdf; charset=binary',
      });
      expect(doc.warnings).toEqual([]);
    });

    it('treats application/octet-stream and unknown extensions as no claim at all', async () => {
      const doc = await extractDocument({
        bytes: Buffer.from('plain letter'),
        filename: 'a.bin',
        declaredMime: 'application/octet-stream',
      });
      expect(doc.warnings).toEqual([]);
    });

    it('never puts the file name itself into a warning', async () => {
      const doc = await extractDocument({
        bytes: Buffer.from('plain'),
        filename: 'Jane Roe DOB 1970-01-01.pdf',
      });
      expect(doc.warnings).toHaveLength(1);
      expect(doc.warnings[0]).not.toContain('Jane');
    });

    it.each([
      ['PNG', PNG_HEADER, 'image/png'],
      ['JPEG', JPEG_HEADER, 'image/jpeg'],
      ['GIF', Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1'), 'image/gif'],
      ['WebP', Buffer.from('RIFF\x24\x00\x00\x00WEBPVP8 ', 'latin1'), 'image/webp'],
    ])('reads a %s header as an image that needs OCR', async (_label, bytes, mime) => {
      const doc = await extractDocument({ bytes, filename: 'letter.pdf' });
      expect(doc).toMatchObject({
        format: 'image',
        mime,
        pages: 1,
        pageText: null,
        text: '',
        needsOcr: true,
      });
      expect(doc.ocrReason).toMatch(/no text layer/);
      expect(doc.warnings.join(' ')).toContain('.pdf');
    });

    it('reads a real PNG as an image and flags a JPEG named .png', async () => {
      await expect(
        extractDocument({ bytes: stripedPng(10, 10), filename: 'a.png' }),
      ).resolves.toMatchObject({
        format: 'image',
        warnings: [],
      });
      const doc = await extractDocument({ bytes: JPEG_HEADER, filename: 'a.png' });
      expect(doc.warnings).toHaveLength(1);
    });

    it('counts the pages of a multi-page TIFF (fax) and enforces maxPages on it', async () => {
      const tiff = littleEndianTiff(3);
      const doc = await extractDocument({ bytes: tiff });
      expect(doc).toMatchObject({ format: 'image', mime: 'image/tiff', pages: 3, needsOcr: true });
      await expectCode({ bytes: tiff, maxPages: 2 }, 'DOCUMENT_TOO_MANY_PAGES');
    });

    it.each([
      ['ZIP', Buffer.from('PK\x03\x04\x14\x00\x00\x00', 'latin1'), /ZIP/],
      [
        'DOCX',
        Buffer.concat([
          Buffer.from('PK\x03\x04', 'latin1'),
          Buffer.from('....[Content_Types].xml word/document.xml'),
        ]),
        /Word/,
      ],
      ['ELF', Buffer.from('\x7fELF\x02\x01\x01\x00\x00\x00', 'latin1'), /ELF/],
      [
        'OLE2 (.doc)',
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
        /Office/,
      ],
      ['gzip', Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0]), /gzip/],
      ['RTF', Buffer.from('{\\rtf1\\ansi Denial letter}'), /RTF/],
      ['HTML', Buffer.from('\n  <!DOCTYPE html><html><body>Denied</body></html>'), /HTML/],
    ])('rejects %s as DOCUMENT_UNSUPPORTED, naming the type', async (_label, bytes, label) => {
      const error = await expectCode({ bytes, filename: 'letter.txt' }, 'DOCUMENT_UNSUPPORTED');
      expect(error.message).toMatch(label);
    });

    it('rejects binary junk with no known signature as DOCUMENT_UNSUPPORTED', async () => {
      const bytes = Buffer.alloc(2048);
      for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 256;
      await expectCode({ bytes }, 'DOCUMENT_UNSUPPORTED');
      await expectCode(
        { bytes: Buffer.from('looks like text\u0000but has a NUL') },
        'DOCUMENT_UNSUPPORTED',
      );
    });
  });

  describe('text files', () => {
    it('decodes Windows-1252 when the bytes are not UTF-8, and says so', async () => {
      const bytes = Buffer.from('Re: claim for Ren\xe9 \x93quoted\x94 \x80 5 \x96 done', 'latin1');
      const doc = await extractDocument({ bytes, filename: 'letter.txt' });
      expect(doc).toMatchObject({
        format: 'text',
        mime: 'text/plain',
        pages: 1,
        needsOcr: false,
        ocrReason: null,
      });
      expect(doc.text).toBe('Re: claim for René “quoted” € 5 – done');
      expect(doc.warnings).toEqual([expect.stringMatching(/Windows-1252/)]);
    });

    it('decodes UTF-8 and strips its BOM without warnings', async () => {
      const text = 'Réné – Español ✓';
      const doc = await extractDocument({
        bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
      });
      expect(doc.text).toBe(text);
      expect(doc.warnings).toEqual([]);
    });

    it('decodes UTF-16 with a BOM (Notepad "Unicode")', async () => {
      const text = 'Denied: not covered — appeal within 180 days';
      const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
      await expect(extractDocument({ bytes })).resolves.toMatchObject({ format: 'text', text });
    });

    it('normalises CRLF and lone CR to LF and keeps one page', async () => {
      const doc = await extractDocument({
        bytes: Buffer.from('line one\r\nline two\rline three\n\r\nend'),
      });
      expect(doc.text).toBe('line one\nline two\nline three\n\nend');
      expect(doc.pageText).toEqual([doc.text]);
    });
  });

  describe('X12 835 remittances', () => {
    const remittances = sampleRemittances();

    it('has samples to test with', () => {
      expect(remittances.length).toBeGreaterThan(0);
    });

    it.each(remittances.map((r) => [r.name, r.bytes]))(
      'detects %s as x12_835, even when named .txt',
      async (_name, bytes) => {
        const plain = await extractDocument({ bytes });
        expect(plain).toMatchObject({
          format: 'x12_835',
          pages: null,
          pageText: null,
          needsOcr: false,
          warnings: [],
        });
        expect(plain.text).toBe(bytes.toString('utf8'));

        const named = await extractDocument({
          bytes,
          filename: 'remit.txt',
          declaredMime: 'text/plain',
        });
        expect(named.format).toBe('x12_835');
        expect(named.warnings).toEqual([expect.stringContaining('.txt')]);
      },
    );

    it('detects an 835 with other separators, a BOM and leading blank lines', async () => {
      const source = remittances[0]!.bytes.toString('utf8');
      const piped = '\uFEFF\r\n  ' + source.replaceAll('*', '|');
      const doc = await extractDocument({ bytes: Buffer.from(piped) });
      expect(doc.format).toBe('x12_835');
      expect(doc.text).toBe(piped.slice(1));
    });

    it('rejects an X12 interchange of another transaction set (837)', async () => {
      const source = remittances[0]!.bytes.toString('utf8').replace(/ST\*835\*/g, 'ST*837*');
      const error = await expectCode(
        { bytes: Buffer.from(source), filename: 'claims.835' },
        'DOCUMENT_UNSUPPORTED',
      );
      expect(error.message).toContain('837');
    });

    it('uses the name to break the tie when an ISA header has no transaction set yet', async () => {
      const isaOnly = Buffer.from(remittances[0]!.bytes.toString('utf8').split('~')[0] + '~');
      await expectCode({ bytes: isaOnly }, 'DOCUMENT_UNSUPPORTED');
      const doc = await extractDocument({ bytes: isaOnly, filename: 'remit.835' });
      expect(doc.format).toBe('x12_835');
      expect(doc.warnings.join(' ')).toMatch(/incomplete/);
    });

    it('does not take prose that mentions ISA for X12', async () => {
      const doc = await extractDocument({
        bytes: Buffer.from('ISA account statement, see ST*835 below'),
      });
      expect(doc.format).toBe('text');
    });
  });

  describe('no network, no content in messages', () => {
    it('never calls fetch, for standard and embedded fonts', async () => {
      const fetchSpy = vi
        .spyOn(globalThis, 'fetch')
        .mockRejectedValue(new Error('network disabled in test'));
      for (const font of ['Times-Roman', 'Courier', EMBEDDED_TEST_FONT]) {
        const pdf = await renderTestPdf(
          [{ text: `Rendered in ${font.length} font units of text.` }],
          { font },
        );
        const doc = await extractDocument({ bytes: pdf.bytes });
        expect(doc.text).toContain('font units of text');
      }
      expect(fetchSpy).not.toHaveBeenCalled();
    });

    it('keeps document content out of every error message', async () => {
      const secret = 'MRN-0042-SECRET';
      const pdf = await renderTestPdf([{ text: `${secret} ${secret} ${secret}` }]);
      const cases: ExtractDocumentInput[] = [
        { bytes: Buffer.from(pdf.bytes.subarray(0, 400)) },
        { bytes: Buffer.from(`${secret}\u0000${secret}`) },
        { bytes: Buffer.from(secret), maxBytes: 4 },
        { bytes: (await renderTestPdf([{ text: secret }, { text: secret }])).bytes, maxPages: 1 },
        { bytes: Buffer.from(`\x7fELF${secret}`, 'latin1') },
      ];
      for (const input of cases) {
        const error = await failure(input);
        expect(error.message).not.toContain('MRN');
        expect(String(error.detail)).not.toContain('MRN');
      }
    });
  });
});

/** A minimal little-endian TIFF whose IFD chain has `pages` entries (image data is not needed). */
function littleEndianTiff(pages: number): Buffer {
  const ifdSize = 2 + 12 + 4;
  const bytes = Buffer.alloc(8 + pages * ifdSize);
  bytes.write('II', 0, 'latin1');
  bytes.writeUInt16LE(42, 2);
  bytes.writeUInt32LE(8, 4);
  for (let i = 0; i < pages; i++) {
    const at = 8 + i * ifdSize;
    bytes.writeUInt16LE(1, at); // one entry
    bytes.writeUInt16LE(256, at + 2); // ImageWidth
    bytes.writeUInt16LE(3, at + 4); // SHORT
    bytes.writeUInt32LE(1, at + 6);
    bytes.writeUInt32LE(100, at + 10);
    bytes.writeUInt32LE(i + 1 < pages ? at + ifdSize : 0, at + 14);
  }
  return bytes;
}
