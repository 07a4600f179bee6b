import type { ImageMime } from './detect-format';

export interface ImageSize {
  width: number;
  height: number;
}

const dv = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);
const ascii = (b: Uint8Array, from: number, to: number) =>
  String.fromCharCode(...b.subarray(from, Math.min(to, b.byteLength)));

function png(b: Uint8Array): ImageSize | null {
  if (b.byteLength < 24 || ascii(b, 12, 16) !== 'IHDR') return null;
  return { width: dv(b).getUint32(16), height: dv(b).getUint32(20) };
}

/** Walks the JPEG markers to the first start-of-frame (SOF0–SOF15 except DHT/JPG/DAC). */
function jpeg(b: Uint8Array): ImageSize | null {
  const d = dv(b);
  let i = 2;
  while (i + 9 < b.byteLength) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1]!;
    if (marker === 0xff) {
      i++;
      continue;
    }
    const length = d.getUint16(i + 2);
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      return { height: d.getUint16(i + 5), width: d.getUint16(i + 7) };
    }
    i += 2 + length;
  }
  return null;
}

function gif(b: Uint8Array): ImageSize | null {
  return b.byteLength < 10
    ? null
    : { width: dv(b).getUint16(6, true), height: dv(b).getUint16(8, true) };
}

function bmp(b: Uint8Array): ImageSize | null {
  if (b.byteLength < 26) return null;
  // Negative height means top-down rows; the size is the same.
  return { width: Math.abs(dv(b).getInt32(18, true)), height: Math.abs(dv(b).getInt32(22, true)) };
}

function webp(b: Uint8Array): ImageSize | null {
  if (b.byteLength < 30) return null;
  const d = dv(b);
  switch (ascii(b, 12, 16)) {
    case 'VP8 ':
      return { width: d.getUint16(26, true) & 0x3fff, height: d.getUint16(28, true) & 0x3fff };
    case 'VP8L': {
      const bits = d.getUint32(21, true);
      return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
    }
    case 'VP8X':
      return {
        width: 1 + (b[24]! | (b[25]! << 8) | (b[26]! << 16)),
        height: 1 + (b[27]! | (b[28]! << 8) | (b[29]! << 16)),
      };
    default:
      return null;
  }
}

/** The first IFD's ImageWidth (256) and ImageLength (257), SHORT or LONG. */
function tiff(b: Uint8Array): ImageSize | null {
  if (b.byteLength < 8) return null;
  const d = dv(b);
  const little = b[0] === 0x49;
  const ifd = d.getUint32(4, little);
  if (ifd + 2 > b.byteLength) return null;
  const entries = d.getUint16(ifd, little);
  let width: number | null = null;
  let height: number | null = null;
  for (let e = 0; e < entries; e++) {
    const at = ifd + 2 + e * 12;
    if (at + 12 > b.byteLength) return null;
    const tag = d.getUint16(at, little);
    const type = d.getUint16(at + 2, little);
    const value = type === 3 ? d.getUint16(at + 8, little) : d.getUint32(at + 8, little);
    if (tag === 256) width = value;
    if (tag === 257) height = value;
  }
  return width !== null && height !== null ? { width, height } : null;
}

/** HEIC/HEIF: the first `ispe` (image spatial extents) property box. */
function heif(b: Uint8Array): ImageSize | null {
  const at = Buffer.from(b.buffer, b.byteOffset, Math.min(b.byteLength, 1 << 20)).indexOf('ispe');
  if (at < 0 || at + 16 > b.byteLength) return null;
  return { width: dv(b).getUint32(at + 8), height: dv(b).getUint32(at + 12) };
}

/**
 * The pixel size an image header declares, read without decoding anything; null when the header
 * cannot be read. OCR decodes the whole bitmap, so this is what a decompression bomb lies about.
 */
export function imageDimensions(bytes: Uint8Array, mime: ImageMime): ImageSize | null {
  switch (mime) {
    case 'image/png':
      return png(bytes);
    case 'image/jpeg':
      return jpeg(bytes);
    case 'image/gif':
      return gif(bytes);
    case 'image/bmp':
      return bmp(bytes);
    case 'image/webp':
      return webp(bytes);
    case 'image/tiff':
      return tiff(bytes);
    case 'image/heic':
    case 'image/heif':
      return heif(bytes);
  }
}
