// OCR throughput and accuracy on letters rendered here and degraded like real scans, against the
// raw `tesseract` CLI on the very same page images, both two at a time (2 cores). Then the queue's
// own cost per job: BullMQ alone, and BullMQ plus the tenant wrapper's transaction.
// Run: node scripts/build.mjs && node scripts/bench.mjs ocr   (BENCH_OCR_ROUNDS=n repeats the set)
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue, Worker } from 'bullmq';
import { Client } from 'pg';
import { TenantDatabase, createAppDataSource } from '@claimlane/server-db';
import { benchDatabase } from '../../../../test/bench/bench-services';
import { ocrDocument, type OcrLimits } from './ocr-document';
import { OCR_LETTERS } from './ocr-letters.test-helper';
import {
  rasterizePdf,
  scannedLetterPdf,
  wordAccuracy,
  type Degradation,
  type Gray,
} from './scan-simulator.test-helper';

const DEGRADATIONS: Array<[string, Degradation]> = [
  ['clean', {}],
  ['skew 2°', { skewDeg: 2 }],
  ['skew 4°', { skewDeg: -4 }],
  ['noise', { noiseSigma: 30, speckle: 0.01 }],
  ['fax', { fax: true }],
  ['fax+skew+noise', { fax: true, skewDeg: 1.5, noiseSigma: 25, speckle: 0.005 }],
];
const ROUNDS = Number(process.env.BENCH_OCR_ROUNDS ?? 1);
const limits: OcrLimits = {
  maxPages: 100,
  maxPagePixels: 40_000_000,
  pageTimeoutMs: 300_000,
  concurrency: 1,
  lowConfidence: 70,
};

interface Sample {
  letter: string;
  degradation: string;
  text: string;
  pdf: Buffer;
  /** The same page as pdftoppm renders it, and the PDF on disk, for the raw CLI baselines. */
  pgm: Buffer;
  pdfFile: string;
}

function pgmOf(img: Gray): Buffer {
  return Buffer.concat([Buffer.from(`P5\n${img.width} ${img.height}\n255\n`), img.data]);
}

/** The raw CLI on one page: `tesseract` alone on the rendered image, or `pdftoppm | tesseract` on the PDF. */
function rawTesseract(input: { pgm: Buffer } | { pdfFile: string }): Promise<string> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, OMP_THREAD_LIMIT: '1' };
    const child =
      'pgm' in input
        ? spawn('tesseract', ['stdin', 'stdout', '--dpi', '300'], { env })
        : spawn(
            'sh',
            [
              '-c',
              'pdftoppm -r 300 -gray -singlefile "$0" | tesseract stdin stdout --dpi 300',
              input.pdfFile,
            ],
            { env },
          );
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`exit ${code}`))));
    child.stdin.end('pgm' in input ? input.pgm : undefined);
  });
}

/**
 * CPU seconds used so far by this process (all threads) plus its finished child processes
 * (/proc/self/stat cutime + cstime, Linux). Wall time on a machine shared by many people swings
 * with their load; CPU time per page does not, so the ratios below are computed from it.
 */
function cpuSeconds(): number {
  const own = process.cpuUsage();
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields 16 and 17 (1-based, counting pid and comm) are cutime and cstime, in clock ticks.
  const children = (Number(fields[13]) + Number(fields[14])) / 100;
  return (own.user + own.system) / 1e6 + children;
}

async function pool<T>(items: T[], n: number, fn: (t: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (next < items.length) await fn(items[next++]!);
    }),
  );
}

async function ocrBench(): Promise<void> {
  const samples: Sample[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'ocr-bench-'));
  for (const letter of OCR_LETTERS)
    for (const [name, d] of DEGRADATIONS) {
      const pdf = await scannedLetterPdf(letter.text, d);
      const pages = rasterizePdf(pdf, 300);
      if (pages.length !== 1) throw new Error('bench letters are one page each');
      const pdfFile = join(dir, `${samples.length}.pdf`);
      writeFileSync(pdfFile, pdf);
      samples.push({
        letter: letter.name,
        degradation: name,
        text: letter.text,
        pdf,
        pgm: pgmOf(pages[0]!),
        pdfFile,
      });
    }
  const work = Array.from({ length: ROUNDS }, () => samples).flat();
  const pipelineText = new Map<Sample, string>();
  const rawText = new Map<Sample, string>();

  // Interleaved, so machine load (shared by many people) hits all three alike.
  const measure = async (fn: (s: Sample) => Promise<void>) => {
    const c0 = cpuSeconds();
    const t0 = performance.now();
    await pool(work, 2, fn);
    return { ms: performance.now() - t0, cpu: cpuSeconds() - c0 };
  };
  const pipeline = await measure(async (s) => {
    const res = await ocrDocument(s.pdf, limits);
    pipelineText.set(s, res.pages.map((p) => p.text).join('\n'));
  });
  const cli = await measure(async (s) => void (await rawTesseract({ pdfFile: s.pdfFile })));
  const raw = await measure(async (s) => {
    rawText.set(s, await rawTesseract({ pgm: s.pgm }));
  });
  rmSync(dir, { recursive: true, force: true });
  const pages = work.length;
  const line = (label: string, m: { ms: number; cpu: number }) =>
    console.log(
      `  ${label.padEnd(52)} ${(m.cpu / pages).toFixed(2)} CPU s/page → ${((2 * 60 * pages) / m.cpu).toFixed(1)} pages/min on 2 cores (wall here: ${((pages / m.ms) * 60_000).toFixed(1)})`,
    );
  console.log(
    `OCR, ${pages} pages each (${samples.length} distinct: ${OCR_LETTERS.length} letters × ${DEGRADATIONS.length} degradations), 2 at a time`,
  );
  line('pipeline (pdfinfo, pdftoppm, deskew, tesseract TSV)', pipeline);
  line('raw CLI on the PDF page (pdftoppm | tesseract)', cli);
  line('raw tesseract on the pre-rendered page image', raw);
  console.log(
    `  speed ratio (CPU) pipeline / raw CLI on the PDF: ${(cli.cpu / pipeline.cpu).toFixed(2)}; / tesseract alone: ${(raw.cpu / pipeline.cpu).toFixed(2)} (target ≥ 0.90)`,
  );
  console.log('  word accuracy (pipeline | raw CLI), mean over letters:');
  for (const [name] of DEGRADATIONS) {
    const of = (m: Map<Sample, string>) => {
      const xs = samples.filter((s) => s.degradation === name);
      return xs.reduce((sum, s) => sum + wordAccuracy(s.text, m.get(s)!), 0) / xs.length;
    };
    console.log(
      `    ${name.padEnd(16)} ${(of(pipelineText) * 100).toFixed(1)} % | ${(of(rawText) * 100).toFixed(1)} %`,
    );
  }
}

async function queueBench(): Promise<void> {
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const prefix = `bench:${randomUUID().slice(0, 8)}`;
  const connection = { url: redisUrl, maxRetriesPerRequest: null };
  const N = 1000;
  const run = async (label: string, processor: () => Promise<void>) => {
    const name = `q${randomUUID().slice(0, 6)}`;
    const queue = new Queue(name, { connection, prefix });
    await queue.addBulk(
      Array.from({ length: N }, (_, i) => ({ name, data: { i }, opts: { jobId: `j-${i}` } })),
    );
    let done = 0;
    const t0 = performance.now();
    const finished = new Promise<void>((resolve) => {
      const worker = new Worker(
        name,
        async () => {
          await processor();
        },
        { connection, prefix, concurrency: 4 },
      );
      worker.on('completed', () => {
        if (++done === N) void worker.close().then(resolve);
      });
    });
    await finished;
    const ms = performance.now() - t0;
    console.log(
      `  ${label}: ${((ms / N) * 1000).toFixed(0)} µs per job (${N} jobs, concurrency 4)`,
    );
    await queue.obliterate({ force: true });
    await queue.close();
  };
  console.log('Queue overhead per job (no work in the job):');
  await run('BullMQ alone', async () => undefined);
  const db = await benchDatabase('queue');
  const owner = new Client({ connectionString: db.ownerUrl });
  await owner.connect();
  const t = await owner.query(
    `insert into tenants (name, kind) values ('Bench', 'CLINIC') returning id`,
  );
  const tenantId = (t.rows[0] as { id: string }).id;
  await owner.end();
  const ds = createAppDataSource({ url: db.appUrl, poolSize: 4, applicationName: 'queue-bench' });
  await ds.initialize();
  const tdb = new TenantDatabase(ds);
  // What the wrapper adds around a handler: the tenant transaction and the dead-letter resolve.
  await run('BullMQ + tenant transaction (wrapper)', async () => {
    await tdb.runInTenantTx(tenantId, async (m) => {
      await m.query(
        `update job_failures set resolved_at = now() where queue = $1 and job_id = $2 and resolved_at is null`,
        ['ocr', 'none'],
      );
    });
  });
  await ds.destroy();
  await db.drop();
}

async function main(): Promise<void> {
  await ocrBench();
  await queueBench();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
