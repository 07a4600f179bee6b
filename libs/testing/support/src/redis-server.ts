import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createConnection } from 'node:net';
import { freePort } from '@claimlane/server-db';

export interface RedisHandle {
  url: string;
  stop(): Promise<void>;
}

/** Uses the Redis at `url` when it answers; otherwise starts `redis-server` from PATH on a free port. */
export async function ensureRedis(url: string): Promise<RedisHandle> {
  if (await pingRedis(url)) return { url, stop: async () => undefined };
  const found = spawnSync('sh', ['-c', 'command -v redis-server'], {
    encoding: 'utf8',
  }).stdout.trim();
  if (!found) {
    throw new Error(
      `Redis is not reachable at ${url} and no redis-server is on PATH. Install it (Debian: apt-get install redis-server) or set TEST_REDIS_URL.`,
    );
  }
  const port = await freePort();
  const child: ChildProcess = spawn(
    found,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: 'ignore',
    },
  );
  const ownUrl = `redis://127.0.0.1:${port}`;
  for (let i = 0; i < 50 && !(await pingRedis(ownUrl)); i++)
    await new Promise((r) => setTimeout(r, 100));
  return {
    url: ownUrl,
    stop: async () => {
      child.kill('SIGTERM');
    },
  };
}

export function pingRedis(url: string): Promise<boolean> {
  const u = new URL(url);
  return new Promise((resolve) => {
    const s = createConnection({ host: u.hostname, port: Number(u.port || 6379) });
    const done = (ok: boolean) => {
      s.destroy();
      resolve(ok);
    };
    s.setTimeout(1000, () => done(false));
    s.once('error', () => done(false));
    s.once('connect', () => s.write('PING\r\n'));
    s.once('data', (d) => done(d.toString().startsWith('+PONG')));
  });
}
