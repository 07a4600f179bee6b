import { createInflate } from 'node:zlib';
import { DocumentError } from './document-error';

/**
 * A page's text lives in its content streams, usually well under 1 MB each; 256 MB across the file
 * leaves room for 1,000 dense pages. Image streams are skipped: text extraction never decodes them.
 */
export const MAX_INFLATED_CONTENT_BYTES = 256 * 1024 * 1024;

const STREAM = Buffer.from('stream');
const END_STREAM = Buffer.from('endstream');

/** Inflates without keeping the output, stopping as soon as `budget` bytes have come out. */
function inflatedSize(data: Buffer, budget: number): Promise<number> {
  return new Promise((resolve) => {
    let total = 0;
    const inflate = createInflate();
    inflate.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > budget) {
        inflate.destroy();
        resolve(total);
      }
    });
    // A damaged stream is pdf.js's to report (DOCUMENT_CORRUPT or a warning), not ours.
    inflate.on('error', () => resolve(total));
    inflate.on('end', () => resolve(total));
    inflate.end(data);
  });
}

/**
 * Refuses a PDF whose Flate-encoded content streams inflate past the budget, before pdf.js inflates
 * them into memory: a 2 MB file can hold a stream of 2 GiB of zeros (NUL is white space to a PDF
 * lexer, so the reader must inflate all of it). The child process's memory watchdog stops such a file
 * too, but only after tens of seconds of CPU; this stops it after reading `budget` bytes.
 */
export async function assertInflateBudget(
  bytes: Buffer,
  budget = MAX_INFLATED_CONTENT_BYTES,
): Promise<void> {
  let remaining = budget;
  let at = bytes.indexOf(STREAM);
  while (at >= 0) {
    const isEnd = at >= 3 && bytes.subarray(at - 3, at).toString('latin1') === 'end';
    let start = at + STREAM.length;
    if (bytes[start] === 0x0d) start++;
    if (!isEnd && bytes[start] === 0x0a) {
      start++;
      const end = bytes.indexOf(END_STREAM, start);
      if (end < 0) return;
      const objAt = bytes.lastIndexOf('obj', at);
      const dict = bytes.subarray(Math.max(objAt, at - 4096), at).toString('latin1');
      if (/\/FlateDecode|\/Fl\b/.test(dict) && !/\/Subtype\s*\/Image/.test(dict)) {
        remaining -= await inflatedSize(bytes.subarray(start, end), remaining);
        if (remaining < 0) {
          throw new DocumentError(
            'DOCUMENT_TOO_COMPLEX',
            `The PDF's page content inflates to more than ${budget / 1024 / 1024} MB; it looks like a decompression bomb.`,
          );
        }
      }
      at = bytes.indexOf(STREAM, end + END_STREAM.length);
    } else {
      at = bytes.indexOf(STREAM, at + STREAM.length);
    }
  }
}
