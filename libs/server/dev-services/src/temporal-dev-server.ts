import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findBinary, goBinCandidates } from './find-binary';
import { freePort, portOpen, waitForPort } from './net-probe';
import { TEMPORAL_CLI_MODULE, buildTemporalCli } from './temporal-cli-build';

export const TEMPORAL_INSTALL_HINT = `Temporal CLI not found: install Go (then \`npm start\` builds it) or run \`go install ${TEMPORAL_CLI_MODULE}\` (or set TEMPORAL_CLI / TEMPORAL_ADDRESS); appeal workflows are off until then.`;

/** Where `npm start` builds the CLI by default (DATA_DIR defaults to ./.data). */
export const DEFAULT_TEMPORAL_CLI_DIR = '.data/bin';

/** PATH, TEMPORAL_CLI, the platform's own build (`cliBinDir`), then where `go install` puts it. */
export function findTemporalCli(cliBinDir: string = DEFAULT_TEMPORAL_CLI_DIR): string | null {
  return findBinary('temporal', [
    process.env.TEMPORAL_CLI,
    join(resolve(cliBinDir), 'temporal'),
    ...goBinCandidates('temporal'),
  ]);
}

export interface TemporalDevServer {
  address: string;
  child?: ChildProcess;
  stop(): void;
}

/**
 * `temporal server start-dev --headless` on 127.0.0.1. With `dataDir` the state lives in a SQLite file
 * there (survives restarts); without it, in memory. Reuses a server already answering on `port`.
 * With `buildCli` a missing CLI is built once into `cliBinDir` (needs Go). Returns null when there is
 * still no CLI.
 */
export async function startTemporalDevServer(
  opts: {
    port?: number;
    dataDir?: string;
    cliBinDir?: string;
    buildCli?: boolean;
    log?: (line: string) => void;
  } = {},
): Promise<TemporalDevServer | null> {
  if (opts.port && (await portOpen('127.0.0.1', opts.port))) {
    return { address: `127.0.0.1:${opts.port}`, stop: () => undefined };
  }
  let bin = findTemporalCli(opts.cliBinDir);
  if (!bin && opts.buildCli && opts.cliBinDir)
    bin = await buildTemporalCli({ binDir: opts.cliBinDir, log: opts.log ?? (() => undefined) });
  if (!bin) return null;
  const port = opts.port ?? (await freePort());
  const args = [
    'server',
    'start-dev',
    '--headless',
    '--ip',
    '127.0.0.1',
    '--port',
    String(port),
    '--ui-port',
    String(await freePort()),
    '--log-level',
    'error',
  ];
  if (opts.dataDir) {
    const dir = resolve(opts.dataDir);
    mkdirSync(dir, { recursive: true });
    args.push('--db-filename', join(dir, 'temporal.sqlite'));
  }
  const child = spawn(bin, args, { stdio: 'ignore' });
  await waitForPort('127.0.0.1', port, 60_000);
  return { address: `127.0.0.1:${port}`, child, stop: () => child.kill('SIGTERM') };
}
