import { ToolFailedError, runTool } from './run-tool';
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

const CHILD_SOURCE = `const deskewPgm = ${deskewPgm.toString()};
const chunks = [];
process.stdin.on('data', (c) => chunks.push(c)).on('end', () => {
  const r = deskewPgm(Buffer.concat(chunks));
  process.stderr.write('angle=' + r.angle);
  process.stdout.write(r.output);
});`;

const MB = 1024 * 1024;

/** Runs {@link deskewPgm} in a separate, memory- and time-capped Node process. */
export async function deskewInChild(
  pgm: Buffer,
  opts: { timeoutMs: number; signal?: AbortSignal },
): Promise<{ angle: number; image: Buffer }> {
  try {
    const r = await runTool(process.execPath, ['--max-old-space-size=256', '-e', CHILD_SOURCE], {
      input: pgm,
      timeoutMs: opts.timeoutMs,
      // V8 reserves a lot of address space up front; the heap itself is capped by the flag above.
      memoryBytes: 8192 * MB,
      maxOutputBytes: pgm.length + 1024,
      signal: opts.signal,
    });
    const angle = Number(/angle=(-?[\d.]+)/.exec(r.stderr)?.[1] ?? 0);
    return { angle, image: r.stdout };
  } catch (e) {
    if (e instanceof ToolFailedError && e.reason === 'aborted') throw e;
    throw new OcrError('OCR_PAGE_TOO_COMPLEX', 'A page could not be straightened');
  }
}
