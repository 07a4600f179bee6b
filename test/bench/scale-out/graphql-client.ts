import http from 'node:http';

export interface GqlAnswer<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
  /** A socket error, or an answer that was not GraphQL (HAProxy's 502/503 page). */
  transportError?: string;
}

/**
 * A GraphQL client for the load: keep-alive through HAProxy, no retry of its own. `retrying` adds
 * the retry policy of a well-behaved client: only for operations that are safe to repeat.
 */
export class GqlClient {
  private readonly agent: http.Agent;

  constructor(
    private readonly url: string,
    private readonly headers: Record<string, string> = {},
    connections = 8,
  ) {
    this.agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  }

  withHeaders(headers: Record<string, string>): GqlClient {
    return new GqlClient(this.url, { ...this.headers, ...headers });
  }

  post<T>(query: string, variables: Record<string, unknown> = {}): Promise<GqlAnswer<T>> {
    const body = JSON.stringify({ query, variables });
    return new Promise((resolve) => {
      const req = http.request(
        this.url,
        {
          method: 'POST',
          agent: this.agent,
          headers: { 'content-type': 'application/json', ...this.headers },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('error', (e) => resolve({ status: 0, transportError: e.message }));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString();
            try {
              resolve({ status: res.statusCode ?? 0, ...(JSON.parse(text) as object) });
            } catch {
              resolve({ status: res.statusCode ?? 0, transportError: text.slice(0, 120) });
            }
          });
        },
      );
      req.setTimeout(60_000, () => req.destroy(new Error('client timeout')));
      req.on('error', (e) => resolve({ status: 0, transportError: e.message }));
      req.end(body);
    });
  }

  /** Repeats a read (or an idempotent write) on connection errors and 5xx, with a short backoff. */
  async retrying<T>(
    query: string,
    variables: Record<string, unknown> = {},
    attempts = 6,
  ): Promise<GqlAnswer<T> & { attempts: number }> {
    let last: GqlAnswer<T> = { status: 0 };
    for (let i = 1; i <= attempts; i++) {
      last = await this.post<T>(query, variables);
      if (!isRetryable(last)) return { ...last, attempts: i };
      await new Promise((r) => setTimeout(r, 100 * 2 ** (i - 1)));
    }
    return { ...last, attempts };
  }

  close(): void {
    this.agent.destroy();
  }
}

export const isRetryable = (a: GqlAnswer<unknown>): boolean =>
  a.transportError !== undefined || a.status >= 500 || a.status === 0;

export function mustData<T>(a: GqlAnswer<T>, what: string): T {
  if (!a.data || a.errors?.length)
    throw new Error(`${what} failed: ${a.transportError ?? JSON.stringify(a.errors)}`);
  return a.data;
}
