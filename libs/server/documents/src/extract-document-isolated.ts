import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DocumentError } from './document-error';
import { extractDocument } from './extract-document';
import type { ExtractDocumentInput, ExtractedDocument } from './extracted-document';
import { encodeExtractionRequest, type ExtractionReply } from './extraction-protocol';
import { ExtractionSlots } from './extraction-slots';

export interface IsolationLimits {
  /** Wall-clock budget for one document, from the moment its child starts. Default 30 s. */
  timeoutMs?: number;
  /** V8 heap of the extraction child (`--max-old-space-size`). Default 512 MB. */
  maxHeapMb?: number;
  /**
   * Resident memory of the extraction child, buffers and native memory included: above it the child
   * is killed. Its data segment (RLIMIT_DATA) is also capped at this plus headroom for the runtime, so
   * one allocation too large to be caught between two polls fails inside the child. Default 768 MB.
   */
  maxMemoryMb?: number;
}

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_HEAP_MB = 512;
const DEFAULT_MEMORY_MB = 768;
/**
 * RLIMIT_DATA above the RSS budget: Node commits memory it never touches (thread arenas, heap
 * reservations). V8 also sizes its heap from this limit, and some values around 1.2 GB failed to run
 * normal documents on Node 20; budget + 1.5 GB was reliable from 1.8 to 3 GB.
 */
const DATA_LIMIT_HEADROOM_MB = 1536;
const RSS_POLL_MS = 25;
/** A reply larger than this is not a letter: the child is stopped. */
const MAX_REPLY_BYTES = 64 * 1024 * 1024;
const PAGE_SIZE = 4096;

/** At most this many extraction children at once per process (DOCUMENT_EXTRACTION_CONCURRENCY). */
const slots = new ExtractionSlots(
  Math.max(1, Number.parseInt(process.env['DOCUMENT_EXTRACTION_CONCURRENCY'] ?? '', 10) || 2),
);

/** Extractions running or waiting for a slot in this process (for tests and health output). */
export function extractionLoad(): { active: number; queued: number; limit: number } {
  return { active: slots.active, queued: slots.queued, limit: slots.size };
}

const tooComplex = () =>
  new DocumentError(
    'DOCUMENT_TOO_COMPLEX',
    'This document is too complex to read (it exceeded the time or memory allowed); try a simpler export or a scan.',
  );

/**
 * RLIMIT_DATA (`ulimit -d`), not RLIMIT_AS: V8 reserves about 10 GB of address space per WebAssembly
 * memory and more for its heap, so an address-space limit breaks ordinary runs; since Linux 4.7 the
 * data limit counts only writable private memory, which is what a bomb fills.
 */
const canLimitData = process.platform === 'linux' && existsSync('/bin/sh');

function residentBytes(pid: number): number | undefined {
  try {
    const resident = readFileSync(`/proc/${pid}/statm`, 'latin1').split(' ')[1];
    return resident === undefined ? undefined : Number(resident) * PAGE_SIZE;
  } catch {
    return undefined;
  }
}

function spawnChild(childPath: string, heapMb: number, memoryMb: number) {
  const nodeArgs = [`--max-old-space-size=${heapMb}`];
  // The child parses hostile input: it gets no secrets from our environment.
  const options = {
    stdio: ['pipe', 'pipe', 'ignore'] as ['pipe', 'pipe', 'ignore'],
    env: { PATH: process.env['PATH'] ?? '', NODE_ENV: process.env['NODE_ENV'] ?? '' },
  };
  if (!canLimitData) return spawn(process.execPath, [...nodeArgs, childPath], options);
  const limitKb = (memoryMb + DATA_LIMIT_HEADROOM_MB) * 1024;
  // The limits hold for the exec'd node. No core files: a child that dies on its budget must not
  // write gigabytes to disk.
  return spawn(
    '/bin/sh',
    [
      '-c',
      `ulimit -c 0; ulimit -d ${limitKb}; exec "$0" "$@"`,
      process.execPath,
      ...nodeArgs,
      childPath,
    ],
    options,
  );
}

function runChild(
  childPath: string,
  input: ExtractDocumentInput,
  limits: IsolationLimits,
): Promise<ExtractionReply> {
  const timeoutMs = limits.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const memoryMb = limits.maxMemoryMb ?? DEFAULT_MEMORY_MB;
  const heapMb = Math.min(limits.maxHeapMb ?? DEFAULT_HEAP_MB, memoryMb);
  return new Promise((resolve, reject) => {
    const child = spawnChild(childPath, heapMb, memoryMb);
    const chunks: Buffer[] = [];
    let replyBytes = 0;
    let overBudget = false;
    const stop = () => {
      overBudget = true;
      child.kill('SIGKILL');
    };
    const timer = setTimeout(stop, timeoutMs);
    const watchdog = setInterval(() => {
      const rss = child.pid === undefined ? undefined : residentBytes(child.pid);
      if (rss !== undefined && rss > memoryMb * 1024 * 1024) stop();
    }, RSS_POLL_MS);
    child.stdout.on('data', (chunk: Buffer) => {
      replyBytes += chunk.length;
      if (replyBytes > MAX_REPLY_BYTES) stop();
      else chunks.push(chunk);
    });
    // The child may die before reading everything (budget hit): that is reported on close.
    child.stdin.on('error', () => undefined);
    child.on('error', (e) => {
      clearTimeout(timer);
      clearInterval(watchdog);
      reject(new DocumentError('DOCUMENT_CORRUPT', 'This document could not be read.', e.name));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      clearInterval(watchdog);
      if (overBudget || code !== 0) {
        reject(tooComplex());
        return;
      }
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as ExtractionReply);
      } catch {
        reject(tooComplex());
      }
    });
    child.stdin.end(encodeExtractionRequest(input));
  });
}

/**
 * `extractDocument` in a separate process with a time budget, a V8 heap budget, a resident-memory
 * watchdog and an address-space limit, at most DOCUMENT_EXTRACTION_CONCURRENCY at once. A hostile file
 * (a compression bomb, a runaway content stream) costs a child process, not the API process: buffers
 * and native memory are not bounded by a worker thread's heap limit. Falls back to in-process
 * extraction when the compiled child is not available (running from TypeScript sources).
 */
export async function extractDocumentIsolated(
  input: ExtractDocumentInput,
  limits: IsolationLimits = {},
): Promise<ExtractedDocument> {
  const childPath = join(__dirname, 'extract-document.child.js');
  if (!existsSync(childPath)) return extractDocument(input);
  if (!Buffer.isBuffer(input.bytes)) throw new TypeError('bytes must be a Buffer');
  const reply = await slots.run(() => runChild(childPath, input, limits));
  if (reply.ok) return reply.doc;
  if (reply.code === 'DOCUMENT_TOO_COMPLEX') throw tooComplex();
  throw new DocumentError(
    reply.code ?? 'DOCUMENT_CORRUPT',
    reply.code && reply.message ? reply.message : 'This document could not be read.',
    reply.detail,
  );
}
