import { spawn, type ChildProcess } from 'node:child_process';
import { createConnection } from 'node:net';
import { freePort } from '@claimlane/server-db';
import { findBinary } from './find-binary';

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

/** REDIS_URL when it answers; else a `redis-server` from PATH on a free port; else a clear error. */
export async function ensureRedis(
  url: string,
  log: (s: string) => void,
): Promise<{ url: string; child?: ChildProcess }> {
  if (await pingRedis(url)) return { url };
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
  log(`redis: started ${bin} on ${own}`);
  return { url: own, child };
}
