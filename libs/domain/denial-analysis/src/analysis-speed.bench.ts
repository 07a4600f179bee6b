// Analyses per second on one core (this process is single-threaded) over every letter of the corpus.
// Run: `node scripts/build.mjs && node scripts/bench.mjs analysis-speed`.
import { analyzeDenial } from './analyze-denial';
import { loadLetterCorpus } from '@claimlane/testing-fixtures';

const ROUNDS = 7;
const ROUND_MS = 700;

function junk(length: number): string {
  let s = 7;
  const out: string[] = [];
  for (let i = 0; i < length; i++) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    out.push(String.fromCharCode(s % 256));
  }
  return out.join('');
}

function main(): void {
  const texts = loadLetterCorpus(__dirname).map((s) => s.text);
  // Warm-up: let the JIT compile the regexes and the hot paths.
  for (let i = 0; i < 200; i++) for (const t of texts) analyzeDenial(t);
  const rates: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    let n = 0;
    const start = performance.now();
    while (performance.now() - start < ROUND_MS) {
      for (const t of texts) analyzeDenial(t);
      n += texts.length;
    }
    rates.push(n / ((performance.now() - start) / 1000));
  }
  rates.sort((a, b) => a - b);
  const median = rates[Math.floor(rates.length / 2)] as number;
  const bytes = texts.reduce((a, t) => a + t.length, 0) / texts.length;
  console.log(
    `analyzeDenial over ${texts.length} corpus letters (avg ${Math.round(bytes)} chars), ${ROUNDS} rounds of ${ROUND_MS} ms`,
  );
  console.log(
    `  median ${Math.round(median)} analyses/s (min ${Math.round(rates[0] as number)}, max ${Math.round(rates[rates.length - 1] as number)}); target ≥ 2000/s`,
  );
  console.log(`  median ${(1000 / median).toFixed(3)} ms per analysis`);
  const big = junk(200_000);
  const t0 = performance.now();
  analyzeDenial(big);
  console.log(`  200 KB of random bytes: ${(performance.now() - t0).toFixed(1)} ms`);
}

main();
