import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createConnection } from 'node:net';
import { join, resolve } from 'node:path';
import { findBinary, goBinCandidates } from './find-binary';

export const TEMPORAL_INSTALL_HINT =
  'Temporal CLI not found: install it with `go install github.com/temporalio/cli/cmd/temporal@v1.5.1` (or set TEMPORAL_CLI / TEMPORAL_ADDRESS); appeal workflows are off until then.';

export function findTemporalCli(): string | null {
  return findBinary('temporal', [process.env.TEMPORAL_CLI, ...goBinCandidates('temporal')]);
}

export function portOpen(host: string, port: number, timeoutMs = 500): Promise<boolean> {
  return new Promise((res) => {
    const s = createConnection({ host, port });
    const done = (ok: boolean) => {
      s.destroy();
      res(ok);
    };
    s.setTimeout(timeoutMs, () => done(false));
    s.once('error', () => done(false));
    s.once('connect', () => done(true));
  });
}

/** `temporal server start-dev --headless` with a SQLite file in the data dir (state survives restarts). */
export async function startTemporalDevServer(opts: {
  dataDir: string;
  port: number;
  log: (s: string) => void;
}): Promise<{ address: string; child?: ChildProcess } | null> {
  const address = `127.0.0.1:${opts.port}`;
  if (await portOpen('127.0.0.1', opts.port)) {
    opts.log(`temporal: a server already answers on ${address}`);
    return { address };
  }
  const bin = findTemporalCli();
  if (!bin) return null;
  const dir = resolve(opts.dataDir);
  mkdirSync(dir, { recursive: true });
  const child = spawn(
    bin,
    [
      'server',
      'start-dev',
      '--headless',
      '--ip',
      '127.0.0.1',
      '--port',
      String(opts.port),
      '--db-filename',
      join(dir, 'temporal.sqlite'),
      '--log-level',
      'error',
    ],
    { stdio: 'ignore' },
  );
  for (let i = 0; i < 300 && !(await portOpen('127.0.0.1', opts.port)); i++)
    await new Promise((r) => setTimeout(r, 100));
  opts.log(`temporal: dev server on ${address} (${bin})`);
  return { address, child };
}
