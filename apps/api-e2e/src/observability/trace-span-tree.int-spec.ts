// Tracing must start before http, graphql, pg and ioredis load: this file imports only the tracing
// entry point and the exporter statically; everything else is imported once the SDK runs.
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTracing, type TracingHandle } from '@claimlane/server-observability';
import type { INestApplicationContext } from '@nestjs/common';
import type { ProcessFixture } from '../appeal-process/process-fixture';

const exporter = new InMemorySpanExporter();
let tracing: TracingHandle | null;

const parentOf = (s: ReadableSpan) => s.parentSpanId;
function ancestors(span: ReadableSpan, byId: Map<string, ReadableSpan>): ReadableSpan[] {
  const out: ReadableSpan[] = [];
  for (let p = parentOf(span); p && byId.has(p); p = parentOf(byId.get(p)!)) out.push(byId.get(p)!);
  return out;
}

async function waitForSpan(match: (s: ReadableSpan) => boolean, ms = 20_000): Promise<void> {
  const until = Date.now() + ms;
  while (!exporter.getFinishedSpans().some(match)) {
    if (Date.now() > until) {
      const names = [...new Set(exporter.getFinishedSpans().map((s) => s.name))];
      throw new Error(`span not exported in ${ms} ms; saw: ${names.join(', ')}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** One case creation is one trace: HTTP → GraphQL operation → SQL; workflow start → activity → SQL. */
describe('OpenTelemetry span tree (in-memory exporter)', () => {
  let f: ProcessFixture;
  let calls: INestApplicationContext;
  beforeAll(async () => {
    tracing = startTracing({ serviceName: 'claimlane-test', exporter });
    const { processFixture } = await import('../appeal-process/process-fixture.js');
    const { startCallsWorker } = await import('./calls-worker.test-helper.js');
    f = await processFixture({ SIGNUP_EMAIL_VERIFICATION: 'false' });
    await f.startWorker();
    calls = await startCallsWorker(f.api.runtime);
  });
  afterAll(async () => {
    await calls?.close();
    await f?.close();
    await tracing?.shutdown();
  });

  it('traces createAppealCase from the HTTP request to the workflow activity', async () => {
    exporter.reset();
    const created = await f.createCase();
    // The workflow-side span of the first local activity ends once the workflow has its result.
    await waitForSpan((s) => s.name === 'StartActivity:loadCase');
    const spans = exporter.getFinishedSpans();
    const byId = new Map(spans.map((s) => [s.spanContext().spanId, s]));

    // The GraphQL instrumentation names the execution span after the operation type.
    const execute = spans.find(
      (s) =>
        s.instrumentationLibrary.name === '@opentelemetry/instrumentation-graphql' &&
        s.name.startsWith('mutation'),
    );
    expect(execute, 'GraphQL execution span').toBeDefined();
    const traceId = execute!.spanContext().traceId;
    const inTrace = spans.filter((s) => s.spanContext().traceId === traceId);
    const root = inTrace.find((s) => !s.parentSpanId || !byId.has(s.parentSpanId));
    expect(root?.name).toMatch(/^POST/);
    expect(ancestors(execute!, byId)).toEqual([root]);

    // SQL of the mutation (the case insert) runs under the GraphQL execution span.
    const insert = inTrace.find(
      (s) =>
        s.name.startsWith('pg.query') &&
        String(s.attributes['db.statement'] ?? '').match(/insert into "?appeal_cases/i),
    );
    expect(insert, 'pg insert into appeal_cases').toBeDefined();
    expect(ancestors(insert!, byId)).toContain(execute);
    // No SQL parameters leave the process.
    expect(inTrace.some((s) => 'db.postgresql.values' in s.attributes)).toBe(false);

    // The workflow starts after COMMIT, still inside the request's trace.
    const start = inTrace.find((s) => s.name === 'StartWorkflow:appealCaseWorkflow');
    expect(start, 'StartWorkflow span').toBeDefined();
    expect(ancestors(start!, byId)).toContain(root);

    // Worker side, joined through the workflow headers: the workflow (RunWorkflow, still open while
    // the case lives, so not exported yet) schedules the local activity, which runs its SQL.
    const scheduled = inTrace.find((s) => s.name === 'StartActivity:loadCase');
    expect(scheduled, 'StartActivity span in the same trace').toBeDefined();
    const activity = inTrace.find((s) => s.name === 'RunActivity:loadCase');
    expect(activity, 'RunActivity span in the same trace').toBeDefined();
    expect(parentOf(activity!)).toBe(scheduled!.spanContext().spanId);
    // The activity's own SQL is traced under it.
    expect(
      inTrace.some((s) => s.name.startsWith('pg.query') && ancestors(s, byId).includes(activity!)),
    ).toBe(true);
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('carries the trace through the BullMQ job: requestRecordCall → queue.enqueue → queue.process → SQL', async () => {
    const { COOPERATIVE_PAYER_LINE } = await import('./calls-worker.test-helper.js');
    const { expectOk } = await import('@claimlane/testing');
    const created = await f.createCase();
    const payer = expectOk(
      await f.api.gql<{ appealCase: { payer: { id: string } } }>(
        `query($id: ID!) { appealCase(id: $id) { payer { id } } }`,
        { id: created.id },
        f.tenant.headers,
      ),
    ).appealCase.payer.id;
    const phone = expectOk(
      await f.api.gql<{ addPayerPhone: { id: string } }>(
        `mutation($i: AddPayerPhoneInput!) { addPayerPhone(input: $i) { id } }`,
        {
          i: {
            payerId: payer,
            label: 'Provider services',
            phoneE164: COOPERATIVE_PAYER_LINE,
            timeZone: 'America/Chicago',
            opens: '00:00',
            closes: '24:00',
            days: [1, 2, 3, 4, 5, 6, 7],
            state: 'IL',
          },
        },
        f.tenant.headers,
      ),
    ).addPayerPhone.id;
    exporter.reset();
    expectOk(
      await f.api.gql(
        `mutation RequestCall($c: ID!, $p: ID!) { requestRecordCall(caseId: $c, payerPhoneId: $p) { id } }`,
        { c: created.id, p: phone },
        f.tenant.headers,
      ),
    );
    await waitForSpan((s) => s.name === 'queue.process calls', 30_000);
    const spans = exporter.getFinishedSpans();
    const byId = new Map(spans.map((s) => [s.spanContext().spanId, s]));
    const processed = spans.find((s) => s.name === 'queue.process calls')!;
    const enqueue = byId.get(processed.parentSpanId ?? '');
    expect(enqueue?.name).toBe('queue.enqueue calls');
    const chain = ancestors(processed, byId);
    const root = chain[chain.length - 1]!;
    expect(root.name).toMatch(/^POST/);
    expect(
      spans.some(
        (s) =>
          s.instrumentationLibrary.name === '@opentelemetry/instrumentation-graphql' &&
          s.name.startsWith('mutation RequestCall') &&
          ancestors(s, byId).includes(root),
      ),
    ).toBe(true);
    // The worker's transaction is traced under the job's span.
    expect(
      spans.some((s) => s.name.startsWith('pg.query') && ancestors(s, byId).includes(processed)),
    ).toBe(true);
  });
});
