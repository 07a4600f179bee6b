import { inflate } from 'node:zlib';
import { promisify } from 'node:util';
import type { ImageHeader } from './image-header';
import { OcrError } from './ocr-error';

const inflateAsync = promisify(inflate);

/** One image XObject drawn at a vertical offset (a TIFF strip, or the whole image). */
interface ImagePart {
  dict: string;
  data: Buffer;
  rows: number;
}

/** One page: pixel size, resolution (for the page size) and its image parts from top to bottom. */
interface WrappedPage {
  width: number;
  height: number;
  dpiX: number;
  dpiY: number;
  parts: ImagePart[];
}

const DEFAULT_DPI = 300;

/**
 * Wraps a PNG, JPEG or TIFF into an image-only PDF without decoding a pixel: JPEG as DCTDecode,
 * PNG's zlib stream as FlateDecode with the PNG predictor, TIFF strips (uncompressed or CCITT G4,
 * what fax servers send) as they are. The OCR then takes the PDF path, so uploaded images are
 * rasterized, deskewed and read exactly like scanned PDFs. Returns null for variants a PDF cannot
 * carry as they are (alpha, interlaced PNG, CMYK JPEG, LZW TIFF…), which are read without deskew.
 * Throws OCR_CORRUPT when the pixel data is visibly broken (truncated zlib stream or JPEG).
 */
export async function imageAsPdf(bytes: Buffer, header: ImageHeader): Promise<Buffer | null> {
  const pages =
    header.kind === 'png'
      ? await pngPages(bytes)
      : header.kind === 'jpeg'
        ? jpegPages(bytes)
        : header.kind === 'tiff'
          ? tiffPages(bytes)
          : null;
  return pages ? writePdf(pages) : null;
}

function corrupt(): OcrError {
  return new OcrError('OCR_CORRUPT', 'The image data is damaged or truncated');
}

async function pngPages(b: Buffer): Promise<WrappedPage[] | null> {
  let pos = 8;
  let ihdr: Buffer | null = null;
  let palette: Buffer | null = null;
  let dpi = DEFAULT_DPI;
  let ended = false;
  const idat: Buffer[] = [];
  while (pos + 8 <= b.length) {
    const len = b.readUInt32BE(pos);
    const type = b.toString('latin1', pos + 4, pos + 8);
    const data = b.subarray(pos + 8, pos + 8 + len);
    if (data.length !== len) throw corrupt();
    if (type === 'IHDR') ihdr = data;
    else if (type === 'PLTE') palette = data;
    else if (type === 'IDAT') idat.push(data);
    else if (type === 'pHYs' && len >= 9 && data[8] === 1)
      dpi = Math.round(data.readUInt32BE(0) * 0.0254) || DEFAULT_DPI;
    else if (type === 'IEND') {
      ended = true;
      break;
    }
    pos += 12 + len;
  }
  if (!ihdr || ihdr.length < 13 || !ended || !idat.length) throw corrupt();
  const width = ihdr.readUInt32BE(0);
  const height = ihdr.readUInt32BE(4);
  const [depth, colorType, , , interlace] = [ihdr[8]!, ihdr[9]!, ihdr[10], ihdr[11], ihdr[12]];
  const channels = colorType === 0 || colorType === 3 ? 1 : colorType === 2 ? 3 : 0;
  // Alpha (4, 6) and Adam7 interlacing have no PDF equivalent short of decoding.
  if (!channels || interlace !== 0) return null;
  const stream = Buffer.concat(idat);
  const rowBytes = 1 + Math.ceil((width * channels * depth) / 8);
  // Off the event loop (libuv pool), capped at the size the header allows: a check, not a decode.
  const raw = await inflateAsync(stream, { maxOutputLength: rowBytes * height }).catch(() => {
    throw corrupt();
  });
  if (raw.length !== rowBytes * height) throw corrupt();
  const space =
    colorType === 3
      ? palette
        ? `[/Indexed /DeviceRGB ${palette.length / 3 - 1} <${palette.toString('hex')}>]`
        : null
      : colorType === 2
        ? '/DeviceRGB'
        : '/DeviceGray';
  if (!space) throw corrupt();
  const dict =
    `/Width ${width} /Height ${height} /ColorSpace ${space} /BitsPerComponent ${depth}` +
    ` /Filter /FlateDecode /DecodeParms << /Predictor 15 /Colors ${channels} /BitsPerComponent ${depth} /Columns ${width} >>`;
  return [{ width, height, dpiX: dpi, dpiY: dpi, parts: [{ dict, data: stream, rows: height }] }];
}

function jpegPages(b: Buffer): WrappedPage[] | null {
  let end = b.length;
  while (end > 2 && (b[end - 1] === 0 || b[end - 1] === 0x0a || b[end - 1] === 0x20)) end--;
  if (b[end - 2] !== 0xff || b[end - 1] !== 0xd9) throw corrupt();
  let dpi = DEFAULT_DPI;
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) throw corrupt();
    const marker = b[i + 1]!;
    if (marker === 0xff) {
      i++;
      continue;
    }
    const len = b.readUInt16BE(i + 2);
    // JFIF APP0: density unit 1 = dots per inch.
    if (marker === 0xe0 && b.toString('latin1', i + 4, i + 9) === 'JFIF\0' && b[i + 11] === 1)
      dpi = b.readUInt16BE(i + 12) || DEFAULT_DPI;
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      const height = b.readUInt16BE(i + 5);
      const width = b.readUInt16BE(i + 7);
      const comps = b[i + 9];
      // CMYK JPEGs (often Adobe-inverted) need decode hints a scan rarely carries; not worth guessing.
      const space = comps === 1 ? '/DeviceGray' : comps === 3 ? '/DeviceRGB' : null;
      if (!space || b[i + 4] !== 8) return null;
      const dict = `/Width ${width} /Height ${height} /ColorSpace ${space} /BitsPerComponent 8 /Filter /DCTDecode`;
      return [{ width, height, dpiX: dpi, dpiY: dpi, parts: [{ dict, data: b, rows: height }] }];
    }
    if (len < 2) throw corrupt();
    i += 2 + len;
  }
  throw corrupt();
}

function tiffPages(b: Buffer): WrappedPage[] | null {
  const le = b.toString('latin1', 0, 2) === 'II';
  const u16 = (o: number) => (le ? b.readUInt16LE(o) : b.readUInt16BE(o));
  const u32 = (o: number) => (le ? b.readUInt32LE(o) : b.readUInt32BE(o));
  const pages: WrappedPage[] = [];
  let ifd = u32(4);
  const seen = new Set<number>();
  while (ifd !== 0) {
    if (seen.has(ifd) || ifd + 2 > b.length) throw corrupt();
    seen.add(ifd);
    const n = u16(ifd);
    if (ifd + 2 + n * 12 + 4 > b.length) throw corrupt();
    const tags = new Map<number, number[]>();
    for (let k = 0; k < n; k++) {
      const e = ifd + 2 + k * 12;
      const type = u16(e + 2);
      const count = u32(e + 4);
      const size = type === 3 ? 2 : type === 4 ? 4 : type === 5 ? 8 : 0;
      if (!size || count > 100_000) continue;
      const at = size * count <= 4 ? e + 8 : u32(e + 8);
      if (at + size * count > b.length) throw corrupt();
      const values: number[] = [];
      for (let v = 0; v < count; v++) {
        const o = at + v * size;
        values.push(type === 3 ? u16(o) : type === 4 ? u32(o) : u32(o) / (u32(o + 4) || 1));
      }
      tags.set(u16(e), values);
    }
    const one = (tag: number, dflt: number) => tags.get(tag)?.[0] ?? dflt;
    const width = one(256, 0);
    const height = one(257, 0);
    const compression = one(259, 1);
    const bits = one(258, 1);
    const photometric = one(262, 0);
    const offsets = tags.get(273) ?? [];
    const counts = tags.get(279) ?? [];
    const rowsPerStrip = Math.min(one(278, height), height);
    if (!width || !height || !offsets.length || offsets.length !== counts.length) throw corrupt();
    // One sample per pixel, first bit first, and a compression a PDF filter reads as it is.
    const supported =
      one(277, 1) === 1 &&
      one(266, 1) === 1 &&
      ((compression === 4 && bits === 1) || (compression === 1 && (bits === 1 || bits === 8)));
    if (!supported || photometric > 1) return null;
    const unit = one(296, 2);
    const toDpi = (v: number | undefined) =>
      v ? Math.round(unit === 3 ? v * 2.54 : v) : DEFAULT_DPI;
    const parts: ImagePart[] = offsets.map((off, s) => {
      const rows = Math.min(rowsPerStrip, height - s * rowsPerStrip);
      const data = b.subarray(off, off + counts[s]!);
      if (data.length !== counts[s] || rows <= 0) throw corrupt();
      // Uncompressed: 0 is white in WhiteIsZero (photometric 0); CCITT codes runs as white/black.
      const invert = compression === 1 ? photometric === 0 : photometric === 1;
      const filter =
        compression === 4
          ? ` /Filter /CCITTFaxDecode /DecodeParms << /K -1 /Columns ${width} /Rows ${rows} >>`
          : '';
      return {
        rows,
        data,
        dict:
          `/Width ${width} /Height ${rows} /ColorSpace /DeviceGray /BitsPerComponent ${bits}` +
          filter +
          (invert ? ' /Decode [1 0]' : ''),
      };
    });
    pages.push({
      width,
      height,
      dpiX: toDpi(tags.get(282)?.[0]),
      dpiY: toDpi(tags.get(283)?.[0]),
      parts,
    });
    ifd = u32(ifd + 2 + n * 12);
  }
  return pages.length ? pages : null;
}

/** A minimal PDF: one page per image page, each part an image XObject placed at its rows. */
function writePdf(pages: WrappedPage[]): Buffer {
  const chunks: Buffer[] = [Buffer.from('%PDF-1.5\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let size = chunks[0]!.length;
  const objects: Array<string | [string, Buffer]> = [];
  const add = (o: string | [string, Buffer]) => objects.push(o) + 2; // 1 = catalog, 2 = pages
  const kids: number[] = [];
  for (const p of pages) {
    const w = (p.width * 72) / p.dpiX;
    const h = (p.height * 72) / p.dpiY;
    let y = p.height;
    let content = '';
    const names: string[] = [];
    p.parts.forEach((part, i) => {
      const ref = add([`<< /Type /XObject /Subtype /Image ${part.dict}`, part.data]);
      names.push(`/Im${i} ${ref} 0 R`);
      y -= part.rows;
      const ph = (part.rows * 72) / p.dpiY;
      content += `q ${fmt(w)} 0 0 ${fmt(ph)} 0 ${fmt((y * 72) / p.dpiY)} cm /Im${i} Do Q\n`;
    });
    const contents = add(['<<', Buffer.from(content, 'latin1')]);
    kids.push(
      add(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${fmt(w)} ${fmt(h)}] /Resources << /XObject << ${names.join(' ')} >> >> /Contents ${contents} 0 R >>`,
      ),
    );
  }
  const all: Array<string | [string, Buffer]> = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`,
    ...objects,
  ];
  all.forEach((o, i) => {
    offsets.push(size);
    const parts =
      typeof o === 'string'
        ? [Buffer.from(`${i + 1} 0 obj\n${o}\nendobj\n`, 'latin1')]
        : [
            Buffer.from(`${i + 1} 0 obj\n${o[0]} /Length ${o[1].length} >>\nstream\n`, 'latin1'),
            o[1],
            Buffer.from('\nendstream\nendobj\n', 'latin1'),
          ];
    for (const c of parts) {
      chunks.push(c);
      size += c.length;
    }
  });
  let xref = `xref\n0 ${all.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) xref += `${String(off).padStart(10, '0')} 00000 n \n`;
  xref += `trailer\n<< /Size ${all.length + 1} /Root 1 0 R >>\nstartxref\n${size}\n%%EOF\n`;
  chunks.push(Buffer.from(xref, 'latin1'));
  return Buffer.concat(chunks);
}

function fmt(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}
