import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  clinicDay,
  createTestDatabase,
  expectEventually,
  type TestDatabase,
} from '@claimlane/testing';

const REPO_ROOT = resolve(__dirname, '../../../..');
const API_MAIN = join(REPO_ROOT, 'dist/apps/api/src/main.js');
const TEMPORAL_WORKER_MAIN = join(REPO_ROOT, 'dist/apps/temporal-worker/src/main.js');

async function freePort(): Promise<number> {
  const s = createNetServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

/** Spawns a built app and resolves once it prints `ready`. */
function startApp(main: string, env: NodeJS.ProcessEnv, ready: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [main], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolveReady, fail) => {
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      if (out.includes(ready)) resolveReady(child);
    });
    child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
    child.once('exit', (code) =>
      fail(new Error(`${main} exited with ${code}: ${out.slice(-2000)}`)),
    );
  });
}

async function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null) return;
  const gone = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await gone;
}

interface OtlpSpan {
  name: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
}
interface OtlpExport {
  resourceSpans: Array<{
    resource: { attributes: Array<{ key: string; value: { stringValue?: string } }> };
    scopeSpans: Array<{ scope: { name: string }; spans: OtlpSpan[] }>;
  }>;
}

/**
 * The API and the Temporal worker as users run them (`node dist/apps/<app>/src/main.js`), configured
 * only by environment: with OTEL_EXPORTER_OTLP_ENDPOINT both send spans to an OTLP/HTTP collector (a
 * local stand-in here) and one case creation is one trace across the two processes; with
 * METRICS_PORT the API's metrics are served apart from the API port.
 */
describe('tracing and metrics from configuration, in the real API and Temporal worker processes', () => {
  let db: TestDatabase;
  let collector: Server;
  let api: ChildProcess | undefined;
  let worker: ChildProcess | undefined;
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
    const taskQueue = `appeals-otlp-${db.name}`;
    const common: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_APP_URL: db.appUrl,
      REDIS_URL: inject('redisUrl'),
      REDIS_KEY_PREFIX: `test:${db.name}:`,
      DATA_DIR: `.data/test/${db.name}`,
      LOG_LEVEL: 'warn',
      TEMPORAL_ADDRESS: inject('temporalAddress'),
      TEMPORAL_TASK_QUEUE: taskQueue,
      OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${collectorPort}`,
    };
    // The runtime processes connect as claimlane_app only.
    delete common.DATABASE_URL;
    [api, worker] = await Promise.all([
      startApp(
        API_MAIN,
        {
          ...common,
          PORT: String(apiPort),
          HOST: '127.0.0.1',
          METRICS_PORT: String(metricsPort),
          SIGNUP_EMAIL_VERIFICATION: 'false',
        },
        'Claimlane API ready',
      ),
      startApp(TEMPORAL_WORKER_MAIN, common, 'Claimlane Temporal worker running'),
    ]);
  }, 180_000);

  afterAll(async () => {
    await stop(api);
    await stop(worker);
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
    expect(services).toContain('claimlane-api');

    const metrics = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
    expect(metrics).toMatch(
      /claimlane_graphql_request_duration_seconds_count\{(?=[^}]*operation="Ping")(?=[^}]*service="api")[^}]*\} 1\n/,
    );
    const onApiPort = await (await fetch(`http://127.0.0.1:${apiPort}/metrics`)).text();
    expect(onApiPort).not.toContain('claimlane_graphql_request_duration_seconds');
  });

  it('one trace across processes: createAppealCase in the API → the activity in the Temporal worker', async () => {
    const gql = async <T>(
      query: string,
      variables: object,
      headers: Record<string, string> = {},
    ) => {
      const res = await fetch(`http://127.0.0.1:${apiPort}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: T; errors?: unknown };
      if (!body.data) throw new Error(JSON.stringify(body.errors));
      return body.data;
    };
    const { signUp } = await gql<{ signUp: { accessToken: string } }>(
      `mutation($i: SignUpInput!) { signUp(input: $i) { accessToken } }`,
      { i: { email: `otlp-${db.name}@example.test`, password: 'pw-otlp-0123456789', name: 'O' } },
    );
    const auth = { authorization: `Bearer ${signUp.accessToken}` };
    const { createTenant } = await gql<{ createTenant: { id: string } }>(
      `mutation($i: CreateTenantInput!) { createTenant(input: $i) { id } }`,
      { i: { name: `Clinic ${db.name}`, kind: 'CLINIC', seatLimit: 3 } },
      auth,
    );
    await gql(
      `mutation CreateCaseOtlp($i: CreateAppealCaseInput!) { createAppealCase(input: $i) { id } }`,
      {
        i: {
          payerName: 'Keystone Benefit Administrators',
          regime: 'erisa_group_health',
          category: 'medical_necessity',
          noticeDate: clinicDay(),
        },
      },
      { ...auth, 'x-tenant-id': createTenant.id },
    );
    await expectEventually(
      () => {
        const byService = exports.flatMap((e) =>
          e.resourceSpans.flatMap((r) => {
            const service = r.resource.attributes.find((a) => a.key === 'service.name')?.value
              .stringValue;
            return r.scopeSpans.flatMap((sc) => sc.spans.map((sp) => ({ ...sp, service })));
          }),
        );
        const op = byService.find(
          (s) => s.service === 'claimlane-api' && s.name === 'mutation CreateCaseOtlp',
        );
        expect(op).toBeDefined();
        const start = byService.find(
          (s) => s.name === 'StartWorkflow:appealCaseWorkflow' && s.traceId === op!.traceId,
        );
        expect(start?.service).toBe('claimlane-api');
        const activity = byService.find(
          (s) => s.name === 'RunActivity:loadCase' && s.traceId === op!.traceId,
        );
        expect(activity?.service).toBe('claimlane-temporal-worker');
        // The activity's SQL is exported by the worker process under the same trace.
        expect(
          byService.some(
            (s) =>
              s.service === 'claimlane-temporal-worker' &&
              s.name.startsWith('pg.query') &&
              s.parentSpanId === activity!.spanId,
          ),
        ).toBe(true);
      },
      { timeoutMs: 30_000 },
    );
  });
});
