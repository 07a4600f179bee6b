import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createConnection } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@claimlane/server-db';

export interface TemporalHandle {
  address: string;
  stop(): Promise<void>;
}

function portOpen(host: string, port: number): Promise<boolean> {
  return new Promise((res) => {
    const s = createConnection({ host, port });
    const done = (ok: boolean) => {
      s.destroy();
      res(ok);
    };
    s.setTimeout(500, () => done(false));
    s.once('error', () => done(false));
    s.once('connect', () => done(true));
  });
}

export function findTemporalCli(): string | null {
  const candidates = [process.env.TEMPORAL_CLI];
  const onPath = spawnSync('sh', ['-c', 'command -v temporal'], { encoding: 'utf8' }).stdout.trim();
  if (onPath) candidates.push(onPath);
  const gopath = spawnSync('go', ['env', 'GOPATH'], { encoding: 'utf8' }).stdout?.trim();
  if (gopath) candidates.push(join(gopath, 'bin', 'temporal'));
  candidates.push(join(homedir(), 'go', 'bin', 'temporal'));
  return candidates.find((c): c is string => !!c && existsSync(c)) ?? null;
}

/**
 * The Temporal dev server for tests: TEST_TEMPORAL_ADDRESS or 127.0.0.1:7233 when it answers,
 * else `temporal server start-dev --headless` on a free port (the CLI installed with Go).
 */
export async function ensureTemporal(): Promise<TemporalHandle> {
  const configured = process.env.TEST_TEMPORAL_ADDRESS ?? '127.0.0.1:7233';
  const [host, port] = configured.split(':') as [string, string];
  if (await portOpen(host, Number(port)))
    return { address: configured, stop: async () => undefined };
  const bin = findTemporalCli();
  if (!bin) {
    throw new Error(
      'No Temporal server answers and the CLI is missing: go install github.com/temporalio/cli/cmd/temporal@v1.5.1',
    );
  }
  const own = await freePort();
  const uiPort = await freePort();
  const dir = join(tmpdir(), `claimlane-temporal-${own}`);
  mkdirSync(dir, { recursive: true });
  const child: ChildProcess = spawn(
    bin,
    [
      'server',
      'start-dev',
      '--headless',
      '--ip',
      '127.0.0.1',
      '--port',
      String(own),
      '--ui-port',
      String(uiPort),
      '--db-filename',
      join(dir, 'temporal.sqlite'),
      '--log-level',
      'error',
    ],
    { stdio: 'ignore' },
  );
  for (let i = 0; i < 300 && !(await portOpen('127.0.0.1', own)); i++)
    await new Promise((r) => setTimeout(r, 100));
  return {
    address: `127.0.0.1:${own}`,
    stop: async () => {
      child.kill('SIGTERM');
    },
  };
}
