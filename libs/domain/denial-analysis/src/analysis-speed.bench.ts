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
//
// Whichever engine a process loads first runs ~8-10 % faster in it (measured with two copies of
// the same build: 0.93 one way round, 1.11 the other), so a baseline run is two child processes,
// one per load order, and the old/new ratio is the geometric mean of the two runs' ratios.
import { spawnSync } from 'node:child_process';
import { loadLetterCorpus } from '@claimlane/testing-fixtures';

const ROUNDS = 7;
const ROUND_MS = 3000;
const WARM_UP_MS = 8000;

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

type Engine = 'current' | 'baseline';

function loadEngine(engine: Engine): Analyze {
  // Loaded on demand so the order of loading is chosen (see the top of this file).
  /* eslint-disable @typescript-eslint/no-require-imports */
  const mod = (
    engine === 'current'
      ? require('./analyze-denial')
      : require(process.env['ANALYSIS_BASELINE'] as string)
  ) as { analyzeDenial: Analyze };
  /* eslint-enable @typescript-eslint/no-require-imports */
  return mod.analyzeDenial;
}

/** One process: engines loaded in `order`, warmed up, then measured in alternating rounds. */
function measure(order: readonly Engine[], texts: readonly string[]): Map<Engine, Round[]> {
  const engines = order.map((label): [Engine, Analyze] => [label, loadEngine(label)]);
  const [first, second] = engines;
  if (first && second) {
    const differing = texts.filter(
      (t) => JSON.stringify(first[1](t)) !== JSON.stringify(second[1](t)),
    ).length;
    console.log(
      `baseline ${process.env['ANALYSIS_BASELINE']}: ${differing} letters analysed differently`,
    );
  }
  // Warm-up: let the JIT compile the regexes and the hot paths. Bounded by time, not by passes:
  // 200 passes took 18 minutes per engine once the corpus passed 700 letters.
  for (const [, analyze] of engines) {
    const start = performance.now();
    do for (const t of texts) analyze(t);
    while (performance.now() - start < WARM_UP_MS);
  }
  const rounds = new Map<Engine, Round[]>(engines.map(([label]) => [label, []]));
  for (let r = 0; r < ROUNDS; r++) {
    // Each engine goes first in every other round, so neither always follows the other's garbage.
    const turn = r % 2 === 0 ? engines : [...engines].reverse();
    for (const [label, analyze] of turn) rounds.get(label)?.push(round(analyze, texts));
  }
  return rounds;
}

/** Runs this bench again in a child process that loads the engines in `order`. */
function child(order: readonly Engine[]): Map<Engine, Round[]> {
  const r = spawnSync(process.execPath, [__filename], {
    env: { ...process.env, ANALYSIS_ORDER: order.join(',') },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = r.stdout.trim().split('\n');
  for (const l of lines.slice(0, -1)) console.log(l);
  const parsed = JSON.parse(lines[lines.length - 1] as string) as Record<Engine, Round[]>;
  return new Map(Object.entries(parsed) as Array<[Engine, Round[]]>);
}

function main(): void {
  const texts = loadLetterCorpus(__dirname).map((s) => s.text);
  const order = process.env['ANALYSIS_ORDER'];
  if (order) {
    // A child: measure, then hand the rounds to the parent as the last line.
    const rounds = measure(order.split(',') as Engine[], texts);
    console.log(JSON.stringify(Object.fromEntries(rounds)));
    return;
  }
  const bytes = texts.reduce((a, t) => a + t.length, 0) / texts.length;
  if (process.env['ANALYSIS_BASELINE']) {
    const runs = [child(['current', 'baseline']), child(['baseline', 'current'])];
    console.log(
      `analyzeDenial over ${texts.length} corpus letters (avg ${Math.round(bytes)} chars), ${ROUNDS} rounds of ${ROUND_MS} ms per engine, alternating, in each load order`,
    );
    const ratios: number[] = [];
    runs.forEach((rounds, i) => {
      console.log(i === 0 ? ' current loaded first:' : ' baseline loaded first:');
      for (const label of ['baseline', 'current'] as const) report(label, rounds.get(label) ?? []);
      const cpu = (label: Engine): number => median((rounds.get(label) ?? []).map((x) => x.cpuMs));
      ratios.push(cpu('current') / cpu('baseline'));
    });
    const both = (label: Engine): Round[] => runs.flatMap((r) => r.get(label) ?? []);
    console.log(' both runs:');
    for (const label of ['baseline', 'current'] as const) report(label, both(label));
    const ratio = Math.sqrt((ratios[0] as number) * (ratios[1] as number));
    console.log(
      `  current / baseline CPU: ${ratio.toFixed(3)} (geometric mean of ${ratios.map((x) => x.toFixed(3)).join(' and ')})`,
    );
  } else {
    const rounds = measure(['current'], texts);
    console.log(
      `analyzeDenial over ${texts.length} corpus letters (avg ${Math.round(bytes)} chars), ${ROUNDS} rounds of ${ROUND_MS} ms`,
    );
    report('current', rounds.get('current') ?? []);
  }
  const analyzeDenial = loadEngine('current');
  const big = junk(200_000);
  const t0 = performance.now();
  analyzeDenial(big);
  console.log(`  200 KB of random bytes: ${(performance.now() - t0).toFixed(1)} ms`);
}

main();
