// Analyses per second on one core (this process is single-threaded) over every letter of the corpus.
// Run: `node scripts/build.mjs && node scripts/bench.mjs analysis-speed`.
//
// The machine is shared, so wall-clock rates swing with other people's load; the CPU time this
// process spent per analysis (`process.cpuUsage`) is the fair figure, and `1000 / cpu ms` is the
// rate one whole core would give. To compare with an older engine in the same process, build that
// commit elsewhere and point ANALYSIS_BASELINE at its compiled analyze-denial.js:
//   git archive <commit> | tar -x -C /tmp/rc-base && ln -s "$PWD/node_modules" /tmp/rc-base/
//   (cd /tmp/rc-base && node scripts/build.mjs)
//   ANALYSIS_BASELINE=/tmp/rc-base/dist/libs/domain/denial-analysis/src/analyze-denial.js \
//     node scripts/bench.mjs analysis-speed
// Rounds then alternate between the two engines, and the bench says whether their outputs differ.
import { analyzeDenial } from './analyze-denial';
import { loadLetterCorpus } from '@claimlane/testing-fixtures';

const ROUNDS = 7;
const ROUND_MS = 700;

type Analyze = (text: string) => unknown;

interface Round {
  wallRate: number;
  cpuMs: number;
}

function junk(length: number): string {
  let s = 7;
  const out: string[] = [];
  for (let i = 0; i < length; i++) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    out.push(String.fromCharCode(s % 256));
  }
  return out.join('');
}

function round(analyze: Analyze, texts: readonly string[]): Round {
  let n = 0;
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  while (performance.now() - start < ROUND_MS) {
    for (const t of texts) analyze(t);
    n += texts.length;
  }
  const wallMs = performance.now() - start;
  const cpu = process.cpuUsage(cpu0);
  return { wallRate: n / (wallMs / 1000), cpuMs: (cpu.user + cpu.system) / 1000 / n };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] as number;

function report(label: string, rounds: Round[]): void {
  const cpu = rounds.map((r) => r.cpuMs).sort((a, b) => a - b);
  const wall = rounds.map((r) => r.wallRate).sort((a, b) => a - b);
  const cpuMedian = median(cpu);
  console.log(
    `  ${label}: ${cpuMedian.toFixed(3)} ms CPU per analysis (min ${(cpu[0] as number).toFixed(3)}) = ${Math.round(1000 / cpuMedian)} analyses/s per core; target ≥ 2000/s`,
  );
  console.log(
    `  ${' '.repeat(label.length)}  wall median ${Math.round(median(wall))} analyses/s (min ${Math.round(wall[0] as number)}, max ${Math.round(wall[wall.length - 1] as number)}) under this machine's load`,
  );
}

function loadBaseline(): Analyze | null {
  const path = process.env['ANALYSIS_BASELINE'];
  if (!path) return null;
  // A compiled copy of another commit's engine, loaded only when asked for.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(path) as { analyzeDenial: Analyze };
  return mod.analyzeDenial;
}

function main(): void {
  const texts = loadLetterCorpus(__dirname).map((s) => s.text);
  const baseline = loadBaseline();
  const engines: Array<[string, Analyze]> = [['current', analyzeDenial]];
  if (baseline) {
    engines.unshift(['baseline', baseline]);
    const differing = texts.filter(
      (t) => JSON.stringify(baseline(t)) !== JSON.stringify(analyzeDenial(t)),
    ).length;
    console.log(
      `baseline ${process.env['ANALYSIS_BASELINE']}: ${differing} letters analysed differently`,
    );
  }
  // Warm-up: let the JIT compile the regexes and the hot paths.
  for (const [, analyze] of engines)
    for (let i = 0; i < 200; i++) for (const t of texts) analyze(t);
  const rounds = new Map<string, Round[]>(engines.map(([label]) => [label, []]));
  for (let r = 0; r < ROUNDS; r++)
    for (const [label, analyze] of engines) rounds.get(label)?.push(round(analyze, texts));
  const bytes = texts.reduce((a, t) => a + t.length, 0) / texts.length;
  console.log(
    `analyzeDenial over ${texts.length} corpus letters (avg ${Math.round(bytes)} chars), ${ROUNDS} rounds of ${ROUND_MS} ms${baseline ? ' per engine, alternating' : ''}`,
  );
  for (const [label] of engines) report(label, rounds.get(label) ?? []);
  const big = junk(200_000);
  const t0 = performance.now();
  analyzeDenial(big);
  console.log(`  200 KB of random bytes: ${(performance.now() - t0).toFixed(1)} ms`);
}

main();
