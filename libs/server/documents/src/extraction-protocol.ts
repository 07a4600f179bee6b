import type { DocumentErrorCode } from './document-error';
import type { ExtractDocumentInput, ExtractedDocument } from './extracted-document';

/** What the extraction child writes to stdout: plain JSON, errors flattened. */
export type ExtractionReply =
  | { ok: true; doc: ExtractedDocument }
  | { ok: false; code: DocumentErrorCode | null; message: string; detail: string | null };

/** The request the parent writes to the child's stdin: header length, JSON header, file bytes. */
export function encodeExtractionRequest(input: ExtractDocumentInput): Buffer {
  const { bytes, ...rest } = input;
  const header = Buffer.from(JSON.stringify(rest), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(header.length);
  return Buffer.concat([length, header, bytes]);
}
