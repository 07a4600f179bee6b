export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  /** Without the byte-order mark; line endings untouched. */
  text: string;
  encoding: TextEncodingName;
  warnings: string[];
}

/**
 * Windows-1252 code points for bytes 0x80-0x9F (0 = unassigned, kept as the C1 control). Everything
 * else is Latin-1. Hand-rolled because Node 20's TextDecoder('windows-1252') decodes plain Latin-1
 * and turns curly quotes, dashes and the euro sign into invisible control characters.
 */
// prettier-ignore
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  const codes = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] as number;
    codes[i] = byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] || byte : byte;
  }
  let text = '';
  // Chunked: String.fromCharCode with a huge spread overflows the call stack.
  for (let i = 0; i < codes.length; i += 8192)
    text += String.fromCharCode(...codes.subarray(i, i + 8192));
  return text;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/**
 * UTF-8 (with or without BOM) or UTF-16 with a BOM; anything that is not valid UTF-8 is read as
 * Windows-1252, which is what letters saved by older Windows tools and payer portals are in.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xff, 0xfe])) {
    return {
      text: new TextDecoder('utf-16le').decode(bytes.subarray(2)),
      encoding: 'utf-16le',
      warnings: [],
    };
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return {
      text: new TextDecoder('utf-16be').decode(bytes.subarray(2)),
      encoding: 'utf-16be',
      warnings: [],
    };
  }
  const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  try {
    // ignoreBOM keeps a second BOM as content; the first one was removed above.
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    return { text, encoding: 'utf-8', warnings: [] };
  } catch {
    return {
      text: decodeWindows1252(body),
      encoding: 'windows-1252',
      warnings: ['The text is not valid UTF-8; it was read as Windows-1252.'],
    };
  }
}

export function normalizeLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** Characters that do not occur in prose; tab, LF, VT, FF, CR and DOS end-of-file (0x1A) do. */
const BINARY_CHAR = /[\u0000-\u0008\u000E-\u0019\u001B-\u001F\u007F-\u009F]/g;
const BINARY_SAMPLE_CHARS = 64 * 1024;
/** Random bytes decode to about 13% control characters; real text has next to none. */
const MAX_BINARY_SHARE = 0.01;

/** True when decoded "text" is really binary data (a NUL anywhere in the sample settles it). */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, BINARY_SAMPLE_CHARS);
  if (sample.includes('\u0000')) return true;
  const controls = sample.match(BINARY_CHAR)?.length ?? 0;
  return controls > MAX_BINARY_SHARE * sample.length;
}
