export type ImageMime =
  | 'image/png'
  | 'image/jpeg'
  | 'image/tiff'
  | 'image/gif'
  | 'image/webp'
  | 'image/bmp'
  | 'image/heic'
  | 'image/heif';

/** What the leading bytes say. `unknown` means no binary signature: the bytes may be text. */
export type SniffedFormat =
  | { kind: 'pdf' }
  | { kind: 'image'; mime: ImageMime; label: string }
  | { kind: 'unsupported'; label: string }
  | { kind: 'unknown' };

function ascii(bytes: Uint8Array, start: number, length: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .subarray(start, start + length)
    .toString('latin1');
}

function has(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  return signature.every((byte, i) => bytes[at + i] === byte);
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Readers accept junk before the header (mail gateways add some); Acrobat looks in the first KiB. */
const PDF_HEADER_WINDOW = 1024;

const HEIC_BRANDS = new Set(['heic', 'heix', 'heim', 'heis']);
const HEIF_BRANDS = new Set(['mif1', 'msf1']);

function sniffImage(bytes: Uint8Array): SniffedFormat | null {
  if (has(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) {
    return { kind: 'image', mime: 'image/png', label: 'PNG image' };
  }
  if (has(bytes, [0xff, 0xd8, 0xff]))
    return { kind: 'image', mime: 'image/jpeg', label: 'JPEG image' };
  if (has(bytes, [0x49, 0x49, 0x2a, 0x00]) || has(bytes, [0x4d, 0x4d, 0x00, 0x2a])) {
    return { kind: 'image', mime: 'image/tiff', label: 'TIFF image' };
  }
  const head = ascii(bytes, 0, 12);
  if (head.startsWith('GIF87a') || head.startsWith('GIF89a')) {
    return { kind: 'image', mime: 'image/gif', label: 'GIF image' };
  }
  if (head.startsWith('RIFF') && head.slice(8, 12) === 'WEBP') {
    return { kind: 'image', mime: 'image/webp', label: 'WebP image' };
  }
  if (head.slice(4, 8) === 'ftyp') {
    const brand = head.slice(8, 12);
    if (HEIC_BRANDS.has(brand)) return { kind: 'image', mime: 'image/heic', label: 'HEIC image' };
    if (HEIF_BRANDS.has(brand)) return { kind: 'image', mime: 'image/heif', label: 'HEIF image' };
  }
  // "BM" alone starts plenty of text; the header's file size must match too.
  if (
    head.startsWith('BM') &&
    bytes.byteLength >= 26 &&
    view(bytes).getUint32(2, true) === bytes.byteLength
  ) {
    return { kind: 'image', mime: 'image/bmp', label: 'BMP image' };
  }
  return null;
}

function sniffUnsupported(bytes: Uint8Array): SniffedFormat | null {
  const unsupported = (label: string): SniffedFormat => ({ kind: 'unsupported', label });
  if (
    has(bytes, [0x50, 0x4b]) &&
    (has(bytes, [3, 4], 2) || has(bytes, [5, 6], 2) || has(bytes, [7, 8], 2))
  ) {
    const head = ascii(bytes, 0, 4096);
    if (head.includes('word/')) return unsupported('Word document (.docx)');
    if (head.includes('xl/')) return unsupported('Excel workbook (.xlsx)');
    return unsupported('ZIP archive');
  }
  if (has(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return unsupported('legacy Office file (.doc, .xls or .msg)');
  }
  if (has(bytes, [0x7f, 0x45, 0x4c, 0x46])) return unsupported('executable (ELF)');
  if (has(bytes, [0x4d, 0x5a]) && bytes.byteLength >= 64) {
    const peOffset = view(bytes).getUint32(0x3c, true);
    if (has(bytes, [0x50, 0x45, 0, 0], peOffset)) return unsupported('Windows executable');
  }
  if (has(bytes, [0x1f, 0x8b])) return unsupported('gzip archive');
  if (has(bytes, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return unsupported('7-Zip archive');
  if (ascii(bytes, 0, 6) === 'Rar!\x1a\x07') return unsupported('RAR archive');
  if (ascii(bytes, 0, 5) === '{\\rtf') return unsupported('RTF document');
  const start = ascii(bytes, 0, 512)
    .replace(/^(\uFEFF|\xEF\xBB\xBF)?\s*/, '')
    .slice(0, 15)
    .toLowerCase();
  if (start.startsWith('<!doctype html') || start.startsWith('<html'))
    return unsupported('web page (HTML)');
  return null;
}

/** Classifies by signature only; the name and declared type are not consulted. */
export function sniffFormat(bytes: Uint8Array): SniffedFormat {
  const header = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(
    0,
    PDF_HEADER_WINDOW,
  );
  if (header.includes('%PDF-', 0, 'latin1')) return { kind: 'pdf' };
  return sniffImage(bytes) ?? sniffUnsupported(bytes) ?? { kind: 'unknown' };
}

export type X12Detection =
  | { kind: 'x12_835' }
  /** An interchange whose transaction sets are something else (837 claims, 277 status…). */
  | { kind: 'other'; transactionSets: string[] }
  /** An ISA header but no ST segment: most likely a file cut short. */
  | { kind: 'no_transaction' };

/** Looks at decoded text: an X12 interchange starts with ISA, its 4th character is the separator. */
export function detectX12(text: string): X12Detection | null {
  const body = text.replace(/^[\uFEFF\s]+/, '');
  if (!body.startsWith('ISA')) return null;
  const separator = body.charAt(3);
  if (separator === '' || /[\p{L}\p{N}\s]/u.test(separator)) return null;
  const sets = new Set<string>();
  const marker = `ST${separator}`;
  for (let at = body.indexOf(marker); at !== -1; at = body.indexOf(marker, at + marker.length)) {
    // Only a segment start counts: ST preceded by the segment terminator or a line break.
    const before = at === 0 ? '' : body.charAt(at - 1);
    if (before !== '' && /[\p{L}\p{N}]/u.test(before)) continue;
    const id = body.slice(at + marker.length, at + marker.length + 3);
    if (/^\d{3}$/.test(id)) sets.add(id);
  }
  if (sets.has('835')) return { kind: 'x12_835' };
  if (sets.size > 0) return { kind: 'other', transactionSets: [...sets].sort() };
  return { kind: 'no_transaction' };
}

/** Cap on IFDs followed, so a looped or hostile chain costs nothing. */
const MAX_TIFF_PAGES_READ = 10_000;

/**
 * Pages (IFDs) in a classic TIFF, or null when the chain is damaged; multi-page TIFF is what fax
 * servers produce. Only the IFD headers are read, never the image data.
 */
export function countTiffPages(bytes: Uint8Array): number | null {
  if (bytes.byteLength < 8) return null;
  const data = view(bytes);
  const little = has(bytes, [0x49, 0x49]);
  let offset = data.getUint32(4, little);
  const seen = new Set<number>();
  let pages = 0;
  while (offset !== 0) {
    if (seen.has(offset) || pages >= MAX_TIFF_PAGES_READ || offset + 2 > bytes.byteLength)
      return null;
    seen.add(offset);
    const entries = data.getUint16(offset, little);
    const next = offset + 2 + entries * 12;
    if (next + 4 > bytes.byteLength) return null;
    pages++;
    offset = data.getUint32(next, little);
  }
  return pages > 0 ? pages : null;
}
