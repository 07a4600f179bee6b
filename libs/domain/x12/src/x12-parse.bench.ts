// Streams a generated 835 of ≥100,000 claims through X835StreamParser from disk in 64 KiB chunks and
// prints throughput and memory at start, middle and end (memory should stay flat as the file grows).
// Run: node scripts/build.mjs && node scripts/bench.mjs x12   (X12_BENCH_CLAIMS overrides the size)
import {
  closeSync,
  createReadStream,
  mkdtempSync,
  openSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate835Chunks } from './generate-835';
import { X835StreamParser } from './x835-stream-parser';
import { toCents } from './x12-values';

const CLAIMS = Math.max(100_000, Number(process.env['X12_BENCH_CLAIMS'] ?? 200_000));
const CHUNK_BYTES = 64 * 1024;
const MB = 1024 * 1024;

const collectGarbage = (globalThis as { gc?: () => void }).gc;

function memory(label: string): string {
  collectGarbage?.();
  const { heapUsed, rss } = process.memoryUsage();
  return `${label.padEnd(7)} heap ${(heapUsed / MB).toFixed(1).padStart(6)} MB   rss ${(rss / MB).toFixed(1).padStart(6)} MB`;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'x12-bench-'));
  const file = join(dir, 'remittance.835');
  try {
    const generatedAt = performance.now();
    const fd = openSync(file, 'w');
    for (const piece of generate835Chunks({ claims: CLAIMS, seed: 835, deniedRatio: 0.1 })) {
      writeSync(fd, piece);
    }
    closeSync(fd);
    const bytes = statSync(file).size;
    console.log(
      `generated ${CLAIMS} claims, ${(bytes / MB).toFixed(1)} MB in ${((performance.now() - generatedAt) / 1000).toFixed(2)} s`,
    );

    const samples = [memory('start')];
    const parser = new X835StreamParser();
    let claims = 0;
    let paidCents = 0;
    let middleTaken = false;
    const started = performance.now();
    for await (const chunk of createReadStream(file, { highWaterMark: CHUNK_BYTES })) {
      for (const claim of parser.push(chunk as Uint8Array)) {
        claims++;
        paidCents += toCents(claim.paid);
      }
      if (!middleTaken && claims >= CLAIMS / 2) {
        middleTaken = true;
        samples.push(memory('middle'));
      }
    }
    for (const claim of parser.end()) {
      claims++;
      paidCents += toCents(claim.paid);
    }
    const seconds = (performance.now() - started) / 1000;
    samples.push(memory('end'));

    console.log(`file size      ${(bytes / MB).toFixed(1)} MB (${parser.segmentCount} segments)`);
    console.log(
      `claims         ${claims} (${parser.transactions.length} transactions, paid ${(paidCents / 100).toFixed(2)})`,
    );
    console.log(`errors         ${parser.errors.length}`);
    console.log(`seconds        ${seconds.toFixed(2)}`);
    console.log(
      `throughput     ${(bytes / MB / seconds).toFixed(1)} MB/s, ${Math.round(claims / seconds)} claims/s (target ≥ 50 MB/s)`,
    );
    for (const line of samples) console.log(`memory ${line}`);
    console.log(
      `peak rss       ${(process.resourceUsage().maxRSS / 1024).toFixed(1)} MB (includes generating the file)`,
    );
    if (claims !== CLAIMS || parser.errors.length > 0) {
      console.error('FAILED: claim count or errors differ from what was generated');
      process.exitCode = 1;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
