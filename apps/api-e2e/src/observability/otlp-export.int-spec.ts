import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase, expectEventually, type TestDatabase } from '@claimlane/testing';

const REPO_ROOT = resolve(__dirname, '../../../..');
const API_MAIN = join(REPO_ROOT, 'dist/apps/api/src/main.js');

async function freePort(): Promise<number> {
  const s = createNetServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

interface OtlpSpan {
  name: string;
  traceId: string;
}
interface OtlpExport {
  resourceSpans: Array<{
    resource: { attributes: Array<{ key: string; value: { stringValue?: string } }> };
    scopeSpans: Array<{ scope: { name: string }; spans: OtlpSpan[] }>;
  }>;
}

/**
 * The API as users run it (`node dist/apps/api/src/main.js`), configured only by environment: with
 * OTEL_EXPORTER_OTLP_ENDPOINT its spans reach an OTLP/HTTP collector (a local stand-in here), and
 * with METRICS_PORT its metrics are served apart from the API port.
 */
describe('tracing and metrics from configuration, in the real API process', () => {
  let db: TestDatabase;
  let collector: Server;
  let api: ChildProcess;
  let apiPort: number;
  let metricsPort: number;
  const exports: OtlpExport[] = [];

  beforeAll(async () => {
    if (!existsSync(API_MAIN))
      throw new Error(`${API_MAIN} is missing: run node scripts/build.mjs`);
    db = await createTestDatabase();
    collector = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        if (req.url === '/v1/traces') exports.push(JSON.parse(body) as OtlpExport);
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((r) => collector.listen(0, '127.0.0.1', () => r()));
    const collectorPort = (collector.address() as AddressInfo).port;
    apiPort = await freePort();
    metricsPort = await freePort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_APP_URL: db.appUrl,
      REDIS_URL: inject('redisUrl'),
      REDIS_KEY_PREFIX: `test:${db.name}:`,
      DATA_DIR: `.data/test/${db.name}`,
      PORT: String(apiPort),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${collectorPort}`,
      METRICS_PORT: String(metricsPort),
    };
    delete env.DATABASE_URL;
    delete env.TEMPORAL_ADDRESS;
    api = spawn(process.execPath, [API_MAIN], {
      cwd: REPO_ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    await new Promise<void>((ready, fail) => {
      let out = '';
      api.stdout!.on('data', (c: Buffer) => {
        out += c.toString();
        if (out.includes('Claimlane API ready')) ready();
      });
      api.stderr!.on('data', (c: Buffer) => (out += c.toString()));
      api.once('exit', (code) => fail(new Error(`api exited with ${code}: ${out.slice(-2000)}`)));
    });
  }, 120_000);

  afterAll(async () => {
    if (api && api.exitCode === null) {
      const gone = new Promise((r) => api.once('exit', r));
      api.kill('SIGTERM');
      await gone;
    }
    await new Promise<void>((r) => (collector ? collector.close(() => r()) : r()));
    await db?.drop();
  });

  it('exports the request and GraphQL spans over OTLP and serves metrics on METRICS_PORT', async () => {
    const res = await fetch(`http://127.0.0.1:${apiPort}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query Ping { __typename }', operationName: 'Ping' }),
    });
    expect(res.status).toBe(200);
    // The batch processor exports every few seconds.
    await expectEventually(
      () => {
        const spans = exports.flatMap((e) =>
          e.resourceSpans.flatMap((r) =>
            r.scopeSpans.flatMap((s) => s.spans.map((sp) => ({ ...sp, scope: s.scope.name }))),
          ),
        );
        const graphql = spans.find(
          (s) => s.scope === '@opentelemetry/instrumentation-graphql' && s.name === 'query Ping',
        );
        expect(graphql).toBeDefined();
        // The incoming request's span is the GraphQL span's trace root.
        const http = spans.find(
          (s) =>
            s.scope === '@opentelemetry/instrumentation-http' &&
            s.name.startsWith('POST') &&
            s.traceId === graphql!.traceId,
        );
        expect(http).toBeDefined();
      },
      { timeoutMs: 20_000 },
    );
    const services = exports.flatMap((e) =>
      e.resourceSpans.flatMap((r) =>
        r.resource.attributes
          .filter((a) => a.key === 'service.name')
          .map((a) => a.value.stringValue),
      ),
    );
    expect(new Set(services)).toEqual(new Set(['claimlane-api']));

    const metrics = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
    expect(metrics).toMatch(
      /claimlane_graphql_request_duration_seconds_count\{(?=[^}]*operation="Ping")(?=[^}]*service="api")[^}]*\} 1\n/,
    );
    const onApiPort = await (await fetch(`http://127.0.0.1:${apiPort}/metrics`)).text();
    expect(onApiPort).not.toContain('claimlane_graphql_request_duration_seconds');
  });
});
