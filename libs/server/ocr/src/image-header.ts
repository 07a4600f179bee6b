/** Pixel size of one frame, read from the file header without decoding anything. */
export interface FrameSize {
  width: number;
  height: number;
}

export type ImageKind = 'png' | 'jpeg' | 'tiff' | 'gif' | 'bmp' | 'webp';

export interface ImageHeader {
  kind: ImageKind;
  /** One entry per page (TIFF can hold many; the other formats are OCRed as one page). */
  frames: FrameSize[];
}

/** Beyond this many IFDs a TIFF is treated as malformed rather than walked further (loops). */
const MAX_TIFF_FRAMES = 10_000;

function pngSize(b: Buffer): FrameSize | null {
  if (b.length < 24 || b.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

function jpegSize(b: Buffer): FrameSize | null {
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1]!;
    if (marker === 0xff) {
      i++;
      continue;
    }
    const len = b.readUInt16BE(i + 2);
    // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker))
      return { height: b.readUInt16BE(i + 5), width: b.readUInt16BE(i + 7) };
    if (len < 2) return null;
    i += 2 + len;
  }
  return null;
}

function tiffFrames(b: Buffer): FrameSize[] | null {
  if (b.length < 8) return null;
  const le = b.toString('latin1', 0, 2) === 'II';
  const u16 = (o: number) => (le ? b.readUInt16LE(o) : b.readUInt16BE(o));
  const u32 = (o: number) => (le ? b.readUInt32LE(o) : b.readUInt32BE(o));
  const frames: FrameSize[] = [];
  const seen = new Set<number>();
  let ifd = u32(4);
  while (ifd !== 0) {
    if (seen.has(ifd) || ifd + 2 > b.length || frames.length >= MAX_TIFF_FRAMES) return null;
    seen.add(ifd);
    const n = u16(ifd);
    if (ifd + 2 + n * 12 + 4 > b.length) return null;
    let width = 0;
    let height = 0;
    for (let k = 0; k < n; k++) {
      const e = ifd + 2 + k * 12;
      const tag = u16(e);
      const type = u16(e + 2);
      const value = type === 3 ? u16(e + 8) : u32(e + 8);
      if (tag === 256) width = value;
      if (tag === 257) height = value;
    }
    frames.push({ width, height });
    ifd = u32(ifd + 2 + n * 12);
  }
  return frames;
}

function bmpSize(b: Buffer): FrameSize | null {
  if (b.length < 26) return null;
  return { width: Math.abs(b.readInt32LE(18)), height: Math.abs(b.readInt32LE(22)) };
}

function webpSize(b: Buffer): FrameSize | null {
  const chunk = b.toString('latin1', 12, 16);
  if (chunk === 'VP8X' && b.length >= 30)
    return { width: b.readUIntLE(24, 3) + 1, height: b.readUIntLE(27, 3) + 1 };
  if (chunk === 'VP8 ' && b.length >= 30)
    return { width: b.readUInt16LE(26) & 0x3fff, height: b.readUInt16LE(28) & 0x3fff };
  if (chunk === 'VP8L' && b.length >= 25) {
    const bits = b.readUInt32LE(21);
    return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
  }
  return null;
}

/**
 * Reads the declared frame sizes of an image, or null when the header is not a readable image of a
 * kind we OCR. Decoders allocate what the header declares, so this runs before any decoding: a
 * 60,000 × 60,000 "image bomb" is refused from its first bytes.
 */
export function readImageHeader(b: Buffer): ImageHeader | null {
  const one = (kind: ImageKind, f: FrameSize | null): ImageHeader | null =>
    f ? { kind, frames: [f] } : null;
  if (b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return one('png', pngSize(b));
  if (b[0] === 0xff && b[1] === 0xd8) return one('jpeg', jpegSize(b));
  const head = b.toString('latin1', 0, 4);
  if (head === 'II*\0' || head === 'MM\0*') {
    const frames = tiffFrames(b);
    return frames ? { kind: 'tiff', frames } : null;
  }
  if (head === 'GIF8' && b.length >= 10)
    return one('gif', { width: b.readUInt16LE(6), height: b.readUInt16LE(8) });
  if (head.startsWith('BM')) return one('bmp', bmpSize(b));
  if (head === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP') return one('webp', webpSize(b));
  return null;
}

/** Whether the leading bytes claim an image format we OCR (even if the rest is damaged). */
export function looksLikeImage(b: Buffer): boolean {
  const head = b.toString('latin1', 0, 4);
  return (
    (b[0] === 0x89 && head.slice(1) === 'PNG') ||
    (b[0] === 0xff && b[1] === 0xd8) ||
    head === 'II*\0' ||
    head === 'MM\0*' ||
    head === 'GIF8' ||
    head.startsWith('BM') ||
    (head === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP')
  );
}
