// PDFs for the CLI int spec, rendered with pdfkit the way a word processor or scanner would produce them.
import { crc32, deflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';

export interface RenderPdfOptions {
  /** Flowed text (spills onto further pages); omitted for an image-only page. */
  text?: string;
  /** Painted over the page like a scan. */
  image?: Buffer;
  userPassword?: string;
}

export function renderPdf(o: RenderPdfOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      autoFirstPage: false,
      userPassword: o.userPassword,
      ownerPassword: o.userPassword ? `${o.userPassword}-owner` : undefined,
      info: { CreationDate: new Date(0) },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('error', reject);
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.font('Helvetica').fontSize(11);
    doc.addPage();
    if (o.image) doc.image(o.image, 36, 36, { width: doc.page.width - 72 });
    if (o.text !== undefined) doc.text(o.text, 72, 72);
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

/** A striped greyscale PNG: what a scanned page looks like to the text-layer check. */
export function scanLikePng(width = 600, height = 800): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(8, 8);
  header.writeUInt8(0, 9);
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
