import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const HAPROXY_HINT =
  'haproxy not found: install it from Debian (`apt-get install -y haproxy`) to run the scale-out bench';

export function haproxyAvailable(): boolean {
  return spawnSync('haproxy', ['-v'], { stdio: 'ignore' }).status === 0;
}

/**
 * HAProxy on loopback in front of the API processes. Health checks on /health every 500 ms take a
 * killed backend out within one check; `retry-on conn-failure` plus `redispatch` resend a request
 * only when the connection to a dead backend was refused, i.e. before the request left HAProxy, so a
 * non-idempotent mutation is never sent twice by the balancer itself. `http-server-close` and
 * `http-reuse never` give every request a new backend connection: one put on a kept-alive connection
 * to a backend that just died would be cut off after sending (the client sees a hang-up, outcome
 * unknown) instead of being refused and redispatched. A loopback connect costs far less than that.
 */
export async function startHaproxy(
  listenPort: number,
  backends: number[],
): Promise<{ stop(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'claimlane-haproxy-'));
  const cfg = join(dir, 'haproxy.cfg');
  writeFileSync(
    cfg,
    [
      'global',
      '  maxconn 2000',
      'defaults',
      '  mode http',
      '  timeout connect 1s',
      '  timeout client 60s',
      '  timeout server 60s',
      '  retries 3',
      '  option redispatch 1',
      '  retry-on conn-failure',
      `frontend graphql`,
      `  bind 127.0.0.1:${listenPort}`,
      '  default_backend api',
      'backend api',
      '  balance roundrobin',
      '  option http-server-close',
      '  http-reuse never',
      '  option httpchk GET /health',
      '  default-server inter 500ms fall 1 rise 2',
      ...backends.map((p, i) => `  server api${i} 127.0.0.1:${p} check`),
      '',
    ].join('\n'),
  );
  const child: ChildProcess = spawn('haproxy', ['-db', '-f', cfg], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => (stderr = (stderr + c.toString()).slice(-4000)));
  await new Promise((r) => setTimeout(r, 500));
  if (child.exitCode !== null) throw new Error(`haproxy did not start:\n${stderr}`);
  return {
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
