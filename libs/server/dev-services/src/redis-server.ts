import { spawn } from 'node:child_process';
import { createConnection } from 'node:net';
import { findBinary } from './find-binary';
import { freePort } from './net-probe';

export function pingRedis(url: string, timeoutMs = 1000): Promise<boolean> {
  const u = new URL(url);
  return new Promise((resolve) => {
    const s = createConnection({ host: u.hostname, port: Number(u.port || 6379) });
    const done = (ok: boolean) => {
      s.destroy();
      resolve(ok);
    };
    s.setTimeout(timeoutMs, () => done(false));
    s.once('error', () => done(false));
    s.once('connect', () => s.write('PING\r\n'));
    s.once('data', (d) => done(d.toString().startsWith('+PONG')));
  });
}

export interface RedisHandle {
  url: string;
  started: boolean;
  stop(): Promise<void>;
}

/** The Redis at `url` when it answers; else a `redis-server` from PATH on a free port; else a clear error. */
export async function ensureRedis(url: string): Promise<RedisHandle> {
  if (await pingRedis(url)) return { url, started: false, stop: async () => undefined };
  const bin = findBinary('redis-server');
  if (!bin) {
    throw new Error(
      `Redis does not answer at ${url} and no redis-server is on PATH. Start Redis, set REDIS_URL, or install it (Debian: apt-get install redis-server).`,
    );
  }
  const port = await freePort();
  const child = spawn(
    bin,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
  const own = `redis://127.0.0.1:${port}`;
  for (let i = 0; i < 50 && !(await pingRedis(own)); i++)
    await new Promise((r) => setTimeout(r, 100));
  return {
    url: own,
    started: true,
    stop: async () => {
      child.kill('SIGTERM');
    },
  };
}
