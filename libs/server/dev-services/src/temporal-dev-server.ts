import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findBinary, goBinCandidates } from './find-binary';
import { freePort, portOpen, waitForPort } from './net-probe';

export const TEMPORAL_INSTALL_HINT =
  'Temporal CLI not found: install it with `go install github.com/temporalio/cli/cmd/temporal@v1.5.1` (or set TEMPORAL_CLI / TEMPORAL_ADDRESS); appeal workflows are off until then.';

export function findTemporalCli(): string | null {
  return findBinary('temporal', [process.env.TEMPORAL_CLI, ...goBinCandidates('temporal')]);
}

export interface TemporalDevServer {
  address: string;
  child?: ChildProcess;
  stop(): void;
}

/**
 * `temporal server start-dev --headless` on 127.0.0.1. With `dataDir` the state lives in a SQLite file
 * there (survives restarts); without it, in memory. Reuses a server already answering on `port`.
 * Returns null when the CLI is not installed.
 */
export async function startTemporalDevServer(
  opts: { port?: number; dataDir?: string } = {},
): Promise<TemporalDevServer | null> {
  if (opts.port && (await portOpen('127.0.0.1', opts.port))) {
    return { address: `127.0.0.1:${opts.port}`, stop: () => undefined };
  }
  const bin = findTemporalCli();
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
