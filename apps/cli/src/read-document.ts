import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import {
  extractDocumentIsolated,
  isDocumentError,
  type ExtractedDocument,
} from '@claimlane/server-documents';
import { CliError, EXIT_ERROR } from './exit-codes';

/** Turns an fs error into one line for the user (no stack, no internal paths beyond the given one). */
export function fileErrorMessage(path: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  const why =
    code === 'ENOENT'
      ? 'no such file'
      : code === 'EISDIR'
        ? 'it is a directory'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : ((e as Error | undefined)?.message ?? 'unknown error');
  return `cannot read ${path}: ${why}`;
}

/**
 * Reads a file and identifies it from its bytes (PDF, text, image, 835). Only the base name goes to
 * the detector: it breaks a tie for an 835 without an ST segment yet and its extension is quoted in
 * mismatch warnings, while the directory path has nothing to add.
 */
export async function readDocument(path: string): Promise<ExtractedDocument> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    throw new CliError(fileErrorMessage(path, e), EXIT_ERROR);
  }
  try {
    return await extractDocumentIsolated({ bytes, filename: basename(path) });
  } catch (e) {
    // DocumentError messages are written for the uploader and never quote the document.
    if (isDocumentError(e)) throw new CliError(`${e.message} (${e.code})`, EXIT_ERROR);
    throw e;
  }
}
