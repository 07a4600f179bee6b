// Fixtures for the specs and the benchmark: PDFs rendered with pdfkit and the shared sample files.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';

/** An embedded TrueType font with a Unicode map, as most real PDFs carry (no CJK glyphs). */
export const EMBEDDED_TEST_FONT =
  require.resolve('pdfjs-dist/standard_fonts/LiberationSans-Regular.ttf');

export interface TestPdfPage {
  /** Flowed onto the page; long text spills onto further pages, as a word processor would. */
  text?: string;
  /** Filled rectangles and a stroked line: vector content without any text. */
  shapes?: boolean;
  /** A PNG painted over most of the page, like a scan. */
  image?: Buffer;
}

export interface TestPdfOptions {
  /** A standard font name (not embedded) or a font file path (embedded). Defaults to Helvetica. */
  font?: string;
  fontSize?: number;
  userPassword?: string;
  ownerPassword?: string;
  pdfVersion?: '1.3' | '1.4' | '1.5' | '1.6' | '1.7' | '1.7ext3';
}

export interface TestPdf {
  bytes: Buffer;
  /** Pages pdfkit actually produced, overflow included. */
  pages: number;
}

export function renderTestPdf(
  pages: readonly TestPdfPage[],
  options: TestPdfOptions = {},
): Promise<TestPdf> {
  return new Promise((resolvePdf, reject) => {
    const doc = new PDFDocument({
      autoFirstPage: false,
      userPassword: options.userPassword,
      ownerPassword: options.ownerPassword,
      pdfVersion: options.pdfVersion,
      info: { CreationDate: new Date(0) },
    });
    const chunks: Buffer[] = [];
    let pageCount = 0;
    doc.on('pageAdded', () => pageCount++);
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('error', reject);
    doc.on('end', () => resolvePdf({ bytes: Buffer.concat(chunks), pages: pageCount }));
    doc.font(options.font ?? 'Helvetica').fontSize(options.fontSize ?? 12);
    for (const page of pages) {
      doc.addPage();
      if (page.image) doc.image(page.image, 36, 36, { width: doc.page.width - 72 });
      if (page.shapes) {
        doc.rect(72, 72, 200, 120).fill('#444444');
        doc.circle(300, 400, 80).fill('#999999');
        doc.moveTo(72, 600).lineTo(500, 650).stroke();
      }
      if (page.text !== undefined) doc.fillColor('black').text(page.text, 72, 72);
    }
    doc.end();
  });
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A valid greyscale PNG with horizontal stripes (so it is not a single-colour shortcut). */
export function stripedPng(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(0, 9); // greyscale
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++)
    raw.fill(y % 8 < 4 ? 40 : 220, y * (width + 1) + 1, (y + 1) * (width + 1));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(raw)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * The shared samples sit next to the repository (`<repo>/../shared/samples`). Specs run from the
 * source tree and benches from `dist/`, so walk up until an ancestor has that sibling.
 */
export function samplesDir(from: string = __dirname): string {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const candidate = join(dir, '..', 'shared', 'samples');
    if (existsSync(join(candidate, 'letters'))) return resolve(candidate);
    if (dirname(dir) === dir) throw new Error(`shared/samples not found above ${from}`);
  }
}

export interface SampleFile {
  name: string;
  bytes: Buffer;
}

function readSamples(folder: string, pattern: RegExp): SampleFile[] {
  const dir = join(samplesDir(), folder);
  return readdirSync(dir)
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => ({ name, bytes: readFileSync(join(dir, name)) }));
}

export function sampleLetters(): SampleFile[] {
  return readSamples('letters', /\.txt$/);
}

export function sampleRemittances(): SampleFile[] {
  return readSamples('remittances', /\.(835|edi)$/);
}
