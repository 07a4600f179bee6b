import { fork } from 'node:child_process';
import http from 'node:http';

/**
 * A closed-loop HTTP load generator run as its own process (`fork`), so the server under test has
 * its event loop and CPU to itself, as it would behind real clients. Input and output by IPC:
 * { url, body, headers, connections, seconds } → { latencies (sorted ms), errors }.
 */
export interface LoadRequest {
  url: string;
  body: string;
  headers: Record<string, string>;
  connections: number;
  seconds: number;
  /** A weighted mix of bodies instead of `body` (the soak), taken in a fixed rotation. */
  mix?: Array<{ body: string; weight: number }>;
}

export interface LoadResult {
  latencies: number[];
  errors: number;
  /** Up to 5 distinct error answers (status and the start of the body). */
  errorSamples: string[];
  /** CPU the load generator itself used (ms), so a bench can show the whole machine's split. */
  cpuMs: number;
}

/** Bodies repeated by weight and interleaved, so every connection sees the same proportions. */
function rotation(r: LoadRequest): string[] {
  if (!r.mix?.length) return [r.body];
  const out: string[] = [];
  for (const { body, weight } of r.mix) for (let i = 0; i < weight; i++) out.push(body);
  // A fixed stride spreads each body's copies through the rotation (deterministic, no RNG).
  const stride = 7919 % out.length || 1;
  return out.map((_, i) => out[(i * stride) % out.length]!);
}

function post(
  agent: http.Agent,
  r: LoadRequest,
  body: string,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      r.url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', ...r.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString() }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

export async function runLoad(r: LoadRequest): Promise<LoadResult> {
  const cpu0 = process.cpuUsage();
  const agent = new http.Agent({ keepAlive: true, maxSockets: r.connections });
  const latencies: number[] = [];
  let errors = 0;
  const errorSamples = new Set<string>();
  const bodies = rotation(r);
  let next = 0;
  const until = performance.now() + r.seconds * 1000;
  await Promise.all(
    Array.from({ length: r.connections }, async () => {
      while (performance.now() < until) {
        const t0 = performance.now();
        const body = bodies[next++ % bodies.length]!;
        const res = await post(agent, r, body).catch((e: Error) => ({
          status: 0,
          text: e.message,
        }));
        latencies.push(performance.now() - t0);
        // A 200 with a GraphQL error is a failed request too.
        if (res.status !== 200 || res.text.includes('"errors"')) {
          errors++;
          if (errorSamples.size < 5) errorSamples.add(`${res.status} ${res.text.slice(0, 160)}`);
        }
      }
    }),
  );
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const cpu = process.cpuUsage(cpu0);
  return {
    latencies,
    errors,
    errorSamples: [...errorSamples],
    cpuMs: (cpu.user + cpu.system) / 1000,
  };
}

if (process.send) {
  process.once('message', (r: LoadRequest) => {
    void runLoad(r).then((result) => {
      process.send!(result, () => process.exit(0));
    });
  });
}

/** Runs one load in a forked copy of this module, so the server under test keeps its event loop. */
export function runLoadInChild(request: LoadRequest): Promise<LoadResult> {
  const child = fork(__filename, [], { stdio: 'inherit' });
  return new Promise<LoadResult>((resolve, reject) => {
    child.once('message', (m) => resolve(m as LoadResult));
    child.once('error', reject);
    child.send(request);
  });
}
