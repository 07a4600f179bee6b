import { Worker } from 'node:worker_threads';
import { ToolFailedError } from './run-tool';
import { OcrError } from './ocr-error';

/**
 * Deskews an 8-bit binary PGM (P5). Self-contained on purpose: its source text is what the child
 * process runs (`node -e`), so it may not use imports or anything outside its own body.
 *
 * The skew angle is the rotation that makes the dark pixels' row histogram sharpest (text lines
 * become narrow peaks): searched over ±8° in 0.25° steps, then refined to 0.05°, on every 4th pixel.
 * Pages skewed by under 0.3° are returned as they are.
 */
export function deskewPgm(input: Buffer): { angle: number; output: Buffer } {
  let pos = 0;
  const fields: string[] = [];
  while (fields.length < 4) {
    while (pos < input.length && /\s/.test(String.fromCharCode(input[pos]!))) pos++;
    let tok = '';
    while (pos < input.length && !/\s/.test(String.fromCharCode(input[pos]!)))
      tok += String.fromCharCode(input[pos++]!);
    fields.push(tok);
  }
  pos++;
  const w = Number(fields[1]);
  const h = Number(fields[2]);
  if (fields[0] !== 'P5' || !(w > 0) || !(h > 0) || Number(fields[3]) !== 255)
    throw new Error('not an 8-bit PGM');
  const data = input.subarray(pos, pos + w * h);
  const step = 4;
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = 0; y < h; y += step)
    for (let x = 0; x < w; x += step)
      if (data[y * w + x]! < 128) {
        xs.push(x / step);
        ys.push(y / step);
      }
  const score = (deg: number): number => {
    const a = (deg * Math.PI) / 180;
    const s = Math.sin(a);
    const c = Math.cos(a);
    const bins = new Map<number, number>();
    for (let i = 0; i < xs.length; i++) {
      const b = Math.round(ys[i]! * c - xs[i]! * s);
      bins.set(b, (bins.get(b) ?? 0) + 1);
    }
    let sum = 0;
    for (const v of bins.values()) sum += v * v;
    return sum;
  };
  let best = 0;
  let bestScore = -1;
  if (xs.length > 200) {
    for (let d = -8; d <= 8.001; d += 0.25) {
      const sc = score(d);
      if (sc > bestScore) [best, bestScore] = [d, sc];
    }
    const coarse = best;
    for (let d = coarse - 0.25; d <= coarse + 0.2501; d += 0.05) {
      const sc = score(d);
      if (sc > bestScore) [best, bestScore] = [d, sc];
    }
  }
  const angle = Math.round(best * 100) / 100;
  if (Math.abs(angle) < 0.3) return { angle, output: input };
  // Rotate by the angle found (bilinear), white outside the page.
  const a = (angle * Math.PI) / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  const header = Buffer.from(`P5\n${w} ${h}\n255\n`, 'latin1');
  const out = Buffer.alloc(header.length + w * h, 255);
  header.copy(out, 0);
  const cx = w / 2;
  const cy = h / 2;
  for (let y = 0; y < h; y++) {
    const dy = y - cy;
    for (let x = 0; x < w; x++) {
      const dx = x - cx;
      const sx = cos * dx - sin * dy + cx;
      const sy = sin * dx + cos * dy + cy;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      if (x0 < 0 || y0 < 0 || x0 >= w - 1 || y0 >= h - 1) continue;
      const fx = sx - x0;
      const fy = sy - y0;
      const i = y0 * w + x0;
      const top = data[i]! * (1 - fx) + data[i + 1]! * fx;
      const bot = data[i + w]! * (1 - fx) + data[i + w + 1]! * fx;
      out[header.length + y * w + x] = top * (1 - fy) + bot * fy;
    }
  }
  return { angle, output: out };
}

const WORKER_SOURCE = `const deskewPgm = ${deskewPgm.toString()};
const { parentPort } = require('node:worker_threads');
parentPort.on('message', (input) => {
  const r = deskewPgm(Buffer.from(input.buffer, input.byteOffset, input.byteLength));
  const output = new Uint8Array(r.output.length);
  output.set(r.output);
  parentPort.postMessage({ angle: r.angle, output }, [output.buffer]);
});`;

/**
 * Long-lived worker threads running {@link deskewPgm}: the page never touches the queue's event
 * loop, each thread has its own capped heap, and a page past its time budget (or an aborted job)
 * terminates its thread, which is replaced on the next call. Threads instead of a `node` child
 * per page save ≈80 ms of process start-up per page (measured), which the OCR bench counts.
 */
class DeskewThreads {
  private readonly idle: Worker[] = [];

  private spawn(): Worker {
    const w = new Worker(WORKER_SOURCE, {
      eval: true,
      resourceLimits: { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 64 },
    });
    w.unref();
    return w;
  }

  run(pgm: Buffer, opts: { timeoutMs: number; signal?: AbortSignal }): Promise<DeskewResult> {
    const w = this.idle.pop() ?? this.spawn();
    return new Promise((resolve, reject) => {
      const cleanup = () => {
        clearTimeout(timer);
        opts.signal?.removeEventListener('abort', onAbort);
        w.removeAllListeners('message');
        w.removeAllListeners('error');
      };
      const fail = (e: Error) => {
        cleanup();
        void w.terminate();
        reject(e);
      };
      const onAbort = () => fail(new ToolFailedError('deskew', 'aborted', null));
      const timer = setTimeout(
        () => fail(new OcrError('OCR_PAGE_TOO_COMPLEX', 'A page could not be straightened')),
        opts.timeoutMs,
      );
      opts.signal?.addEventListener('abort', onAbort, { once: true });
      w.once('message', (m: { angle: number; output: Uint8Array }) => {
        cleanup();
        this.idle.push(w);
        resolve({
          angle: m.angle,
          image: Buffer.from(m.output.buffer, m.output.byteOffset, m.output.byteLength),
        });
      });
      w.once('error', () =>
        fail(new OcrError('OCR_PAGE_TOO_COMPLEX', 'A page could not be straightened')),
      );
      if (opts.signal?.aborted) return onAbort();
      const copy = new Uint8Array(pgm.length);
      copy.set(pgm);
      w.postMessage(copy, [copy.buffer]);
    });
  }
}

export interface DeskewResult {
  angle: number;
  image: Buffer;
}

const threads = new DeskewThreads();

/** Straightens a rasterized page (PGM) off the event loop; see {@link DeskewThreads}. */
export function deskewPage(
  pgm: Buffer,
  opts: { timeoutMs: number; signal?: AbortSignal },
): Promise<DeskewResult> {
  return threads.run(pgm, opts);
}
