// Turns letters into scans for OCR tests and the OCR bench: render the text with pdfkit, rasterize
// it with pdftoppm, then skew it, add noise and threshold it like a fax, and wrap the pixels into an
// image-only PDF, as a scanner or fax server would deliver it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';

export interface Gray {
  width: number;
  height: number;
  data: Uint8Array;
}

export interface Degradation {
  /** Rotation in degrees (scanner skew). */
  skewDeg?: number;
  /** Gaussian noise sigma in grey levels, plus this fraction of salt-and-pepper pixels. */
  noiseSigma?: number;
  speckle?: number;
  /** Resample to fax "fine" resolution (204 × 196 dpi) and threshold to black and white. */
  fax?: boolean;
  /** Seed for the noise, so a page degrades the same way every run. */
  seed?: number;
}

export function readPgm(buf: Buffer): Gray {
  // P5\n<w> <h>\n<max>\n<bytes>
  let pos = 0;
  const fields: string[] = [];
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(buf[pos]!))) pos++;
    let tok = '';
    while (!/\s/.test(String.fromCharCode(buf[pos]!))) tok += String.fromCharCode(buf[pos++]!);
    fields.push(tok);
  }
  pos++;
  if (fields[0] !== 'P5') throw new Error('not a binary PGM');
  const width = Number(fields[1]);
  const height = Number(fields[2]);
  return { width, height, data: new Uint8Array(buf.subarray(pos, pos + width * height)) };
}

function pngChunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

export function encodePng(img: Gray): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(img.width, 0);
  header.writeUInt32BE(img.height, 4);
  header.writeUInt8(8, 8);
  header.writeUInt8(0, 9);
  const raw = Buffer.alloc((img.width + 1) * img.height);
  for (let y = 0; y < img.height; y++)
    raw.set(img.data.subarray(y * img.width, (y + 1) * img.width), y * (img.width + 1) + 1);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(raw, { level: 6 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

function rotate(img: Gray, deg: number): Gray {
  const a = (deg * Math.PI) / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  const { width: w, height: h, data } = img;
  const out = new Uint8Array(w * h).fill(255);
  const cx = w / 2;
  const cy = h / 2;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const sx = cos * (x - cx) + sin * (y - cy) + cx;
      const sy = -sin * (x - cx) + cos * (y - cy) + cy;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      if (x0 < 0 || y0 < 0 || x0 >= w - 1 || y0 >= h - 1) continue;
      const fx = sx - x0;
      const fy = sy - y0;
      const i = y0 * w + x0;
      const top = data[i]! * (1 - fx) + data[i + 1]! * fx;
      const bot = data[i + w]! * (1 - fx) + data[i + w + 1]! * fx;
      out[y * w + x] = top * (1 - fy) + bot * fy;
    }
  }
  return { width: w, height: h, data: out };
}

function resample(img: Gray, sx: number, sy: number): Gray {
  const width = Math.round(img.width * sx);
  const height = Math.round(img.height * sy);
  const out = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const y0 = Math.min(img.height - 1, Math.floor(y / sy));
    const y1 = Math.min(img.height - 1, Math.floor((y + 1) / sy));
    for (let x = 0; x < width; x++) {
      const x0 = Math.min(img.width - 1, Math.floor(x / sx));
      const x1 = Math.min(img.width - 1, Math.floor((x + 1) / sx));
      let sum = 0;
      let n = 0;
      for (let yy = y0; yy <= Math.max(y0, y1 - 1); yy++)
        for (let xx = x0; xx <= Math.max(x0, x1 - 1); xx++) {
          sum += img.data[yy * img.width + xx]!;
          n++;
        }
      out[y * width + x] = sum / n;
    }
  }
  return { width, height, data: out };
}

export function degrade(img: Gray, d: Degradation): Gray {
  let out = d.skewDeg ? rotate(img, d.skewDeg) : { ...img, data: new Uint8Array(img.data) };
  const rand = rng(d.seed ?? 7);
  if (d.noiseSigma || d.speckle) {
    const data = out.data;
    for (let i = 0; i < data.length; i++) {
      let v = data[i]!;
      if (d.noiseSigma) {
        // Box-Muller from two uniforms.
        const g = Math.sqrt(-2 * Math.log(rand() + 1e-12)) * Math.cos(2 * Math.PI * rand());
        v += g * d.noiseSigma;
      }
      if (d.speckle && rand() < d.speckle) v = rand() < 0.5 ? 0 : 255;
      data[i] = Math.max(0, Math.min(255, v));
    }
  }
  if (d.fax) {
    out = resample(out, 204 / 300, 196 / 300);
    for (let i = 0; i < out.data.length; i++) out.data[i] = out.data[i]! < 150 ? 0 : 255;
  }
  return out;
}

/** A text letter as a PDF (what a payer's system prints before it is faxed). */
export function renderLetterPdf(text: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'LETTER',
      margin: 72,
      info: { CreationDate: new Date(0) },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('error', reject);
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.font('Times-Roman').fontSize(11).text(text, { width: 468, lineGap: 2 });
    doc.end();
  });
}

/** Rasterizes every page of a PDF at `dpi` in grey with pdftoppm. */
export function rasterizePdf(pdf: Buffer, dpi = 300): Gray[] {
  const dir = mkdtempSync(join(tmpdir(), 'scan-sim-'));
  try {
    writeFileSync(join(dir, 'in.pdf'), pdf);
    const info = execFileSync('pdfinfo', [join(dir, 'in.pdf')]).toString('latin1');
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
    const out: Gray[] = [];
    for (let p = 1; p <= pages; p++) {
      const pgm = execFileSync(
        'pdftoppm',
        [
          '-r',
          String(dpi),
          '-gray',
          '-f',
          String(p),
          '-l',
          String(p),
          '-singlefile',
          join(dir, 'in.pdf'),
        ],
        { maxBuffer: 64 * 1024 * 1024 },
      );
      out.push(readPgm(pgm));
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Image-only PDF, one letter-size page per image, like a scanner's output. */
export function imagesToPdf(pages: Gray[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ autoFirstPage: false, info: { CreationDate: new Date(0) } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('error', reject);
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    for (const img of pages) {
      doc.addPage({ size: 'LETTER', margin: 0 });
      doc.image(encodePng(img), 0, 0, { width: 612, height: 792 });
    }
    doc.end();
  });
}

/** The whole path: letter text → printed PDF → degraded scan as an image-only PDF. */
export async function scannedLetterPdf(text: string, d: Degradation = {}): Promise<Buffer> {
  const pages = rasterizePdf(await renderLetterPdf(text), 300).map((p, i) =>
    degrade(p, { ...d, seed: (d.seed ?? 7) + i }),
  );
  return imagesToPdf(pages);
}

/**
 * Word accuracy: 1 − (substitutions + deletions + insertions) / reference words, by word-level edit
 * distance over whitespace-separated tokens compared exactly (case and punctuation count).
 */
export function wordAccuracy(reference: string, hypothesis: string): number {
  const ref = reference.split(/\s+/).filter(Boolean);
  const hyp = hypothesis.split(/\s+/).filter(Boolean);
  let prev = Array.from({ length: hyp.length + 1 }, (_, j) => j);
  for (let i = 1; i <= ref.length; i++) {
    const cur = [i];
    for (let j = 1; j <= hyp.length; j++)
      cur[j] = Math.min(
        prev[j]! + 1,
        cur[j - 1]! + 1,
        prev[j - 1]! + (ref[i - 1] === hyp[j - 1] ? 0 : 1),
      );
    prev = cur;
  }
  return ref.length ? Math.max(0, 1 - prev[hyp.length]! / ref.length) : hyp.length ? 0 : 1;
}
