import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { DocumentError, type DocumentErrorCode } from './document-error';
import { extractDocument } from './extract-document';
import type { ExtractDocumentInput, ExtractedDocument } from './extracted-document';

export interface IsolationLimits {
  /** Wall-clock budget for one document. */
  timeoutMs?: number;
  /** Heap budget of the extraction thread. */
  maxHeapMb?: number;
}

type WorkerReply =
  | { ok: true; doc: ExtractedDocument }
  | { ok: false; code: DocumentErrorCode | null; message: string; detail: string | null };

// Runs inside the thread: the compiled extractor, errors flattened to plain data.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { extractDocument } = require(workerData.modulePath);
extractDocument({ ...workerData.input, bytes: Buffer.from(workerData.input.bytes) })
  .then((doc) => parentPort.postMessage({ ok: true, doc }))
  .catch((e) => parentPort.postMessage({ ok: false, code: e && e.code && String(e.code).startsWith('DOCUMENT_') ? e.code : null, message: e && e.name === 'DocumentError' ? e.message : 'extraction failed', detail: e && e.detail ? e.detail : (e && e.name) || null }));
`;

/**
 * `extractDocument` in a worker thread with a time and heap budget, so a hostile file (a compression
 * bomb, a runaway content stream) costs a thread, not the API process. Falls back to in-process
 * extraction when the compiled extractor is not available (running from TypeScript sources).
 */
export async function extractDocumentIsolated(
  input: ExtractDocumentInput,
  limits: IsolationLimits = {},
): Promise<ExtractedDocument> {
  const modulePath = join(__dirname, 'extract-document.js');
  if (!existsSync(modulePath)) return extractDocument(input);
  const timeoutMs = limits.timeoutMs ?? 30_000;
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { modulePath, input },
    resourceLimits: {
      maxOldGenerationSizeMb: limits.maxHeapMb ?? 512,
      maxYoungGenerationSizeMb: 64,
    },
  });
  const tooComplex = () =>
    new DocumentError(
      'DOCUMENT_TOO_COMPLEX',
      'This document is too complex to read (it exceeded the time or memory allowed); try a simpler export or a scan.',
    );
  try {
    const reply = await new Promise<WorkerReply>((resolve, reject) => {
      const timer = setTimeout(() => reject(tooComplex()), timeoutMs);
      worker.once('message', (m: WorkerReply) => {
        clearTimeout(timer);
        resolve(m);
      });
      worker.once('error', (e: Error & { code?: string }) => {
        clearTimeout(timer);
        // ERR_WORKER_OUT_OF_MEMORY: the heap budget was hit.
        reject(
          e.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? tooComplex()
            : new DocumentError('DOCUMENT_CORRUPT', 'This document could not be read.', e.name),
        );
      });
      worker.once('exit', (code) => {
        clearTimeout(timer);
        if (code !== 0) reject(tooComplex());
      });
    });
    if (reply.ok) return reply.doc;
    throw new DocumentError(
      reply.code ?? 'DOCUMENT_CORRUPT',
      reply.code ? reply.message : 'This document could not be read.',
      reply.detail,
    );
  } finally {
    await worker.terminate();
  }
}
