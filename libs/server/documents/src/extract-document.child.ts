// Entry point of the extraction child process (see extract-document-isolated.ts). Reads one request
// from stdin (4-byte big-endian header length, JSON header, then the file's bytes), writes one JSON
// reply to stdout and exits. Runs under hard memory limits, so anything may kill it midway.
import { extractDocument } from './extract-document';
import type { ExtractDocumentInput } from './extracted-document';
import type { DocumentErrorCode } from './document-error';
import type { ExtractionReply } from './extraction-protocol';

function readAll(): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (c: Buffer) => chunks.push(c));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks)));
    process.stdin.on('error', reject);
  });
}

/** Allocation failures surface as RangeErrors from inside the parser: the memory budget was hit. */
function isOutOfMemory(e: unknown): boolean {
  return e instanceof RangeError && /alloc|memory|buffer/i.test(e.message);
}

function reply(message: ExtractionReply): Promise<void> {
  return new Promise((resolve) => process.stdout.write(JSON.stringify(message), () => resolve()));
}

async function main(): Promise<void> {
  const request = await readAll();
  const headerLength = request.readUInt32BE(0);
  const header = JSON.parse(request.subarray(4, 4 + headerLength).toString('utf8')) as Omit<
    ExtractDocumentInput,
    'bytes'
  >;
  const bytes = request.subarray(4 + headerLength);
  try {
    const doc = await extractDocument({ ...header, bytes });
    await reply({ ok: true, doc });
  } catch (e) {
    const err = e as { code?: unknown; name?: unknown; message?: unknown; detail?: unknown };
    // The extractor reports parser failures as DOCUMENT_CORRUPT with the parser's error class in
    // `detail`; a RangeError there is an allocation that failed against our limits.
    const allocationFailed = isOutOfMemory(e) || err.detail === 'RangeError';
    const code = allocationFailed
      ? 'DOCUMENT_TOO_COMPLEX'
      : typeof err.code === 'string' && err.code.startsWith('DOCUMENT_')
        ? err.code
        : null;
    await reply({
      ok: false,
      code: code as DocumentErrorCode | null,
      // Only DocumentError messages are written for users; parser messages may quote the file.
      message:
        !allocationFailed && err.name === 'DocumentError' && typeof err.message === 'string'
          ? err.message
          : '',
      detail:
        typeof err.detail === 'string'
          ? err.detail
          : typeof err.name === 'string'
            ? err.name
            : null,
    });
  }
}

main().then(
  () => process.exit(0),
  () => process.exit(70),
);
