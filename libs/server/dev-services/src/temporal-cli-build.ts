import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findBinary } from './find-binary';

/** The Temporal CLI every start path pins (.ci/run installs the same; its spec checks). */
export const TEMPORAL_CLI_VERSION = 'v1.5.1';
export const TEMPORAL_CLI_MODULE = `github.com/temporalio/cli/cmd/temporal@${TEMPORAL_CLI_VERSION}`;

export interface TemporalCliBuildOptions {
  /** Where the binary goes (GOBIN); `npm start` uses ./.data/bin so it survives restarts. */
  binDir: string;
  log: (line: string) => void;
  /** How often a progress line is printed while Go works. */
  progressEveryMs?: number;
  /** The go executable; found on PATH or in /usr/local/go/bin when not given. */
  goBinary?: string;
}

const formatElapsed = (ms: number) => {
  const s = Math.round(ms / 1000);
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
};

/**
 * Builds the Temporal CLI once with the machine's Go (`go install -v` into `binDir`). A fresh 2-core
 * machine takes about 8 minutes (module downloads and ~1,000 packages); with Go's build cache warm it
 * is a link of well under a minute. `-v` names each package as it compiles, which is the progress we
 * print. Returns the binary, or null when Go is missing or the build fails (the reason is logged).
 */
export async function buildTemporalCli(opts: TemporalCliBuildOptions): Promise<string | null> {
  const go = opts.goBinary ?? findBinary('go', ['/usr/local/go/bin/go']);
  if (!go || !existsSync(go)) {
    opts.log('temporal: Go is not installed, so the Temporal CLI cannot be built here');
    return null;
  }
  const binDir = resolve(opts.binDir);
  mkdirSync(binDir, { recursive: true });
  const started = Date.now();
  opts.log(
    `temporal: CLI not found; building ${TEMPORAL_CLI_MODULE} into ${binDir} (first start only, up to ~8 min)`,
  );
  const child = spawn(go, ['install', '-v', TEMPORAL_CLI_MODULE], {
    env: { ...process.env, GOBIN: binDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let packages = 0;
  let downloads = 0;
  const tail: string[] = [];
  let partial = '';
  const onOutput = (chunk: Buffer) => {
    const lines = (partial + chunk.toString()).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines.filter(Boolean)) {
      if (line.startsWith('go: downloading ')) downloads++;
      else if (!line.startsWith('go: ')) packages++;
      tail.push(line);
      if (tail.length > 8) tail.shift();
    }
  };
  child.stdout.on('data', onOutput);
  child.stderr.on('data', onOutput);
  const timer = setInterval(
    () =>
      opts.log(
        `temporal: building the CLI… ${packages} packages compiled, ${downloads} modules downloaded, ${formatElapsed(Date.now() - started)}`,
      ),
    opts.progressEveryMs ?? 15_000,
  );
  const code = await new Promise<number | null>((done) => {
    child.on('error', () => done(null));
    child.on('close', (c) => done(c));
  }).finally(() => clearInterval(timer));
  const bin = join(binDir, 'temporal');
  if (code === 0 && existsSync(bin)) {
    opts.log(
      `temporal: CLI built in ${formatElapsed(Date.now() - started)} (${packages} packages); cached at ${bin}`,
    );
    return bin;
  }
  opts.log(`temporal: building the CLI failed (exit ${code ?? 'error'}): ${tail.join(' | ')}`);
  return null;
}
