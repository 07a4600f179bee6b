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
}

export interface LoadResult {
  latencies: number[];
  errors: number;
}

function post(agent: http.Agent, r: LoadRequest): Promise<{ status: number; text: string }> {
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
    req.end(r.body);
  });
}

export async function runLoad(r: LoadRequest): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: r.connections });
  const latencies: number[] = [];
  let errors = 0;
  const until = performance.now() + r.seconds * 1000;
  await Promise.all(
    Array.from({ length: r.connections }, async () => {
      while (performance.now() < until) {
        const t0 = performance.now();
        const res = await post(agent, r).catch(() => ({ status: 0, text: '' }));
        latencies.push(performance.now() - t0);
        // A 200 with a GraphQL error is a failed request too.
        if (res.status !== 200 || res.text.includes('"errors"')) errors++;
      }
    }),
  );
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { latencies, errors };
}

if (process.send) {
  process.once('message', (r: LoadRequest) => {
    void runLoad(r).then((result) => {
      process.send!(result, () => process.exit(0));
    });
  });
}
