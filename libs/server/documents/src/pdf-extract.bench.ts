// Times extractDocument on pdfkit-rendered sample letters: the first (cold) call, which loads pdfjs,
// then the median of 20 runs for a one-page letter, a three-page letter and a 30-page packet.
// Run: node scripts/build.mjs && node scripts/bench.mjs pdf-extract
import {
  EMBEDDED_TEST_FONT,
  renderTestPdf,
  sampleLetters,
  type TestPdf,
} from '@claimlane/testing-fixtures';
import { extractDocument } from './extract-document';

const RUNS = 20;
/** Untimed runs first, so the JIT has compiled the hot paths before the median is taken. */
const WARMUP_RUNS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

async function timeOnce(pdf: TestPdf): Promise<number> {
  const started = performance.now();
  const doc = await extractDocument({ bytes: pdf.bytes });
  const elapsed = performance.now() - started;
  if (doc.pages !== pdf.pages || doc.needsOcr)
    throw new Error('benchmark document was not extracted as expected');
  return elapsed;
}

async function report(label: string, pdf: TestPdf): Promise<void> {
  for (let i = 0; i < WARMUP_RUNS; i++) await timeOnce(pdf);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(await timeOnce(pdf));
  const ms = median(times);
  console.log(
    `${label.padEnd(26)} ${String(pdf.pages).padStart(3)} pages  ${(pdf.bytes.length / 1024).toFixed(1).padStart(6)} KiB` +
      `  median ${ms.toFixed(2).padStart(7)} ms/doc  ${(ms / pdf.pages).toFixed(2).padStart(6)} ms/page` +
      `  (min ${Math.min(...times).toFixed(2)}, max ${Math.max(...times).toFixed(2)})`,
  );
}

async function main(): Promise<void> {
  const letters = sampleLetters()
    .filter((l) => l.name.startsWith('c'))
    .map((l) => l.bytes.toString('utf8'));
  const font = { font: EMBEDDED_TEST_FONT, fontSize: 9 };
  const onePage = await renderTestPdf([{ text: letters[0] ?? '' }], font);
  const threePages = await renderTestPdf(
    letters.slice(0, 3).map((text) => ({ text })),
    font,
  );
  const packet = await renderTestPdf(
    Array.from({ length: 30 }, (_, i) => ({ text: letters[i % letters.length] ?? '' })),
    font,
  );
  if (onePage.pages !== 1 || threePages.pages !== 3 || packet.pages !== 30) {
    throw new Error(
      `fixture page counts off: ${onePage.pages}, ${threePages.pages}, ${packet.pages}`,
    );
  }

  const cold = await timeOnce(threePages);
  console.log(`cold first call (loads pdfjs)   ${cold.toFixed(1)} ms for the 3-page letter`);
  console.log(`median of ${RUNS} runs after ${WARMUP_RUNS} warm-up runs:`);
  await report('1-page letter', onePage);
  await report('3-page letter', threePages);
  await report('30-page packet', packet);
  const rssMb = process.memoryUsage().rss / (1024 * 1024);
  console.log(`rss after runs ${rssMb.toFixed(1)} MB`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
