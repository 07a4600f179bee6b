import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Processor } from '@nestjs/bullmq';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { loadConfig, type AppConfig } from '@claimlane/server-config';
import { TenantContext, TenantDatabase, createAppDataSource } from '@claimlane/server-db';
import { CoreModule, createLogger } from '@claimlane/server-common';
import { createTestDatabase, expectEventually, type TestDatabase } from '@claimlane/testing';
import type { DataSource } from 'typeorm';
import {
  JobProducer,
  JobStatusService,
  PermanentJobError,
  QueueModule,
  RetryableJobError,
  TenantJobDeps,
  TenantJobProcessor,
  type JobErrorInfo,
  type TenantJob,
} from '@claimlane/server-queue';

interface Plan {
  /** Fail this many attempts (retryable), then succeed. */
  failTimes?: number;
  permanent?: boolean;
  /** Hold the job this long, reporting progress and honouring the stop signal. */
  holdMs?: number;
}
const plans = new Map<string, Plan>();
const runs = new Map<string, number>();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A probe on the `imports` queue: writes one audit row per run, inside the job's transaction. */
@Processor('imports')
class ProbeProcessor extends TenantJobProcessor<'imports', undefined, { ok: true }> {
  protected readonly queue = 'imports' as const;

  constructor(deps: TenantJobDeps) {
    super(deps);
  }

  protected async handle(job: TenantJob<'imports'>): Promise<{ ok: true }> {
    const id = job.data.documentId;
    const plan = plans.get(id) ?? {};
    const n = (runs.get(id) ?? 0) + 1;
    runs.set(id, n);
    await TenantContext.manager().query(
      `insert into audit_events (tenant_id, action, entity_type, entity_id) values ($1, 'probe.run', 'Probe', $2)`,
      [job.tenantId, id],
    );
    if (plan.holdMs) {
      const steps = 10;
      for (let i = 1; i <= steps; i++) {
        await sleep(plan.holdMs / steps);
        job.throwIfReturned();
        await job.progress({ stage: 'probe', done: i, total: steps });
      }
    }
    if (plan.permanent) throw new PermanentJobError('PROBE_REFUSED', 'The probe refused this job');
    if (n <= (plan.failTimes ?? 0)) throw new RetryableJobError('PROBE_FLAKY', 'Probe failed');
    return { ok: true };
  }

  protected override async onDeadLetter(
    job: TenantJob<'imports'>,
    error: JobErrorInfo,
  ): Promise<void> {
    await TenantContext.manager().query(
      `insert into audit_events (tenant_id, action, entity_type, entity_id, meta) values ($1, 'probe.dead', 'Probe', $2, $3)`,
      [job.tenantId, job.data.documentId, JSON.stringify({ code: error.code })],
    );
  }
}

let db: TestDatabase;
let ds: DataSource;
let tdb: TenantDatabase;
let redis: Redis;
let owner: Client;
let tenantA: string;
let tenantB: string;
const prefix = `test:q${randomUUID().slice(0, 8)}:`;

function configFor(env: Record<string, string> = {}): AppConfig {
  return loadConfig({
    NODE_ENV: 'test',
    DATABASE_APP_URL: db.appUrl,
    REDIS_URL: inject('redisUrl'),
    REDIS_KEY_PREFIX: prefix,
    LOG_LEVEL: 'silent',
    QUEUE_ATTEMPTS: '3',
    QUEUE_BACKOFF_MS: '50',
    WORKER_SHUTDOWN_GRACE_MS: '5000',
    ...env,
  });
}

/** A worker process in miniature: the queue module plus, optionally, the probe processor. */
async function startApp(
  opts: { worker?: boolean; env?: Record<string, string> } = {},
): Promise<INestApplicationContext> {
  const config = configFor(opts.env);
  @Module({
    imports: [
      CoreModule.forRoot({ config, db: tdb, redis, logger: createLogger('silent') }),
      QueueModule.forRoot(),
    ],
    providers: opts.worker === false ? [] : [ProbeProcessor],
  })
  class ProbeAppModule {}
  const app = await NestFactory.createApplicationContext(ProbeAppModule, { logger: false });
  await app.init();
  return app;
}

async function probeRows(tenantId: string, id: string, action = 'probe.run'): Promise<number> {
  const r = await owner.query(
    `select count(*)::int as n from audit_events where tenant_id = $1 and entity_id = $2 and action = $3`,
    [tenantId, id, action],
  );
  return (r.rows[0] as { n: number }).n;
}

function payload(tenantId: string, plan: Plan = {}) {
  const documentId = randomUUID();
  plans.set(documentId, plan);
  return {
    tenantId,
    idempotencyKey: `probe-${documentId}`,
    documentId,
    kind: 'remittance_835' as const,
  };
}

beforeAll(async () => {
  db = await createTestDatabase();
  owner = new Client({ connectionString: db.ownerUrl });
  await owner.connect();
  const t = await owner.query(
    `insert into tenants (name, kind) values ('Queue A', 'CLINIC'), ('Queue B', 'CLINIC') returning id`,
  );
  [tenantA, tenantB] = (t.rows as Array<{ id: string }>).map((r) => r.id) as [string, string];
  ds = createAppDataSource({ url: db.appUrl, poolSize: 6, applicationName: 'queue-spec' });
  await ds.initialize();
  tdb = new TenantDatabase(ds);
  redis = new Redis(inject('redisUrl'), { keyPrefix: prefix, lazyConnect: true });
  await redis.connect();
});

afterAll(async () => {
  redis?.disconnect();
  await ds?.destroy();
  await owner?.end();
  await db?.drop();
});

describe('tenant job processor (real Redis and Postgres)', () => {
  let app: INestApplicationContext;
  let producer: JobProducer;
  let status: JobStatusService;

  beforeAll(async () => {
    app = await startApp();
    producer = app.get(JobProducer);
    status = app.get(JobStatusService);
  });
  afterAll(async () => app?.close());

  const stateOf = (tenantId: string, key: string) =>
    tdb.runInTenantTx(tenantId, () => status.status('imports', key));

  it('runs a job once inside its tenant, reports progress, and deduplicates by idempotency key', async () => {
    const p = payload(tenantA, { holdMs: 1200 });
    const jobId = await producer.enqueue('imports', p);
    expect(jobId).toBe(`${tenantA}.${p.idempotencyKey}`);
    // Same key again while it runs: no second job.
    await producer.enqueue('imports', p);
    const seen = await expectEventually(async () => {
      const s = await stateOf(tenantA, p.idempotencyKey);
      expect(s?.state).toBe('active');
      expect(s?.progress?.done).toBeGreaterThan(0);
      return s!;
    });
    expect(seen.progress).toMatchObject({ stage: 'probe', total: 10 });
    // The row is written in the job's transaction: invisible until the job commits.
    expect(await probeRows(tenantA, p.documentId)).toBe(0);
    await expectEventually(async () =>
      expect((await stateOf(tenantA, p.idempotencyKey))?.state).toBe('completed'),
    );
    await producer.enqueue('imports', p);
    await sleep(300);
    expect(runs.get(p.documentId)).toBe(1);
    expect(await probeRows(tenantA, p.documentId)).toBe(1);
    // Another tenant cannot address the job (its id is built from the caller's tenant).
    expect(await stateOf(tenantB, p.idempotencyKey)).toBeNull();
  });

  it('retries with backoff and keeps only the successful attempt’s rows', async () => {
    const p = payload(tenantA, { failTimes: 2 });
    await producer.enqueue('imports', p);
    await expectEventually(async () =>
      expect((await stateOf(tenantA, p.idempotencyKey))?.state).toBe('completed'),
    );
    expect(runs.get(p.documentId)).toBe(3);
    expect(await probeRows(tenantA, p.documentId)).toBe(1);
    const s = await stateOf(tenantA, p.idempotencyKey);
    // BullMQ counts the successful run as an attempt too.
    expect(s?.attemptsMade).toBe(3);
  });

  it('dead-letters after N attempts: one job_failures row, visible only to its tenant', async () => {
    const p = payload(tenantA, { failTimes: 99 });
    await producer.enqueue('imports', p);
    await expectEventually(async () =>
      expect((await stateOf(tenantA, p.idempotencyKey))?.state).toBe('dead_lettered'),
    );
    expect(runs.get(p.documentId)).toBe(3);
    expect(await probeRows(tenantA, p.documentId)).toBe(0);
    expect(await probeRows(tenantA, p.documentId, 'probe.dead')).toBe(1);
    const rows = await tdb.runInTenantTx(tenantA, (m) =>
      m.query(`select error_code, attempts, payload from job_failures where idempotency_key = $1`, [
        p.idempotencyKey,
      ]),
    );
    expect(rows).toEqual([
      {
        error_code: 'PROBE_FLAKY',
        attempts: 3,
        payload: expect.objectContaining({ documentId: p.documentId }),
      },
    ]);
    const seenByB = await tdb.runInTenantTx(tenantB, (m) =>
      m.query(`select id from job_failures where idempotency_key = $1`, [p.idempotencyKey]),
    );
    expect(seenByB).toEqual([]);
    expect((await stateOf(tenantA, p.idempotencyKey))?.errorCode).toBe('PROBE_FLAKY');
  });

  it('fails a permanent error at once, without retries', async () => {
    const p = payload(tenantA, { permanent: true });
    await producer.enqueue('imports', p);
    await expectEventually(async () =>
      expect((await stateOf(tenantA, p.idempotencyKey))?.state).toBe('dead_lettered'),
    );
    expect(runs.get(p.documentId)).toBe(1);
    expect((await stateOf(tenantA, p.idempotencyKey))?.errorCode).toBe('PROBE_REFUSED');
  });

  it('enqueues after commit only: a rolled-back transaction leaves no job', async () => {
    const rolledBack = payload(tenantA);
    await expect(
      tdb.runInTenantTx(tenantA, async () => {
        producer.enqueueAfterCommit('imports', rolledBack);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    const committed = payload(tenantA);
    const jobId = await tdb.runInTenantTx(tenantA, async () => {
      const id = producer.enqueueAfterCommit('imports', committed);
      // Not in Redis while the transaction is open.
      expect(await producer.queue('imports').getJob(id)).toBeUndefined();
      return id;
    });
    expect(await producer.queue('imports').getJob(jobId)).toBeDefined();
    await sleep(300);
    expect(await producer.queue('imports').getJob(`${tenantA}.${rolledBack.idempotencyKey}`)).toBe(
      undefined,
    );
    await expect(
      tdb.runInTenantTx(tenantB, async () =>
        producer.enqueueAfterCommit('imports', payload(tenantA)),
      ),
    ).rejects.toThrow('another tenant');
  });
});

describe('graceful shutdown', () => {
  it('lets an in-flight job finish within the grace period', async () => {
    const app = await startApp();
    const p = payload(tenantA, { holdMs: 800 });
    await app.get(JobProducer).enqueue('imports', p);
    await expectEventually(async () => expect(runs.get(p.documentId)).toBe(1));
    await app.close();
    expect(await probeRows(tenantA, p.documentId)).toBe(1);
    const producerOnly = await startApp({ worker: false });
    const job = await producerOnly
      .get(JobProducer)
      .queue('imports')
      .getJob(`${tenantA}.${p.idempotencyKey}`);
    expect(await job?.getState()).toBe('completed');
    await producerOnly.close();
  });

  it('returns a job still running after the grace period to the queue, uncommitted and with no attempt spent', async () => {
    const app = await startApp({ env: { WORKER_SHUTDOWN_GRACE_MS: '200' } });
    const p = payload(tenantA, { holdMs: 30_000 });
    await app.get(JobProducer).enqueue('imports', p);
    await expectEventually(async () => expect(runs.get(p.documentId)).toBe(1));
    const t0 = Date.now();
    await app.close();
    expect(Date.now() - t0).toBeLessThan(5_000);
    expect(await probeRows(tenantA, p.documentId)).toBe(0);
    const producerOnly = await startApp({ worker: false });
    const job = await producerOnly
      .get(JobProducer)
      .queue('imports')
      .getJob(`${tenantA}.${p.idempotencyKey}`);
    expect(await job?.getState()).toBe('waiting');
    expect(job?.attemptsMade).toBe(0);
    await producerOnly.close();
    // The next worker takes it up and finishes it.
    plans.set(p.documentId, {});
    const next = await startApp();
    await expectEventually(async () => expect(await probeRows(tenantA, p.documentId)).toBe(1));
    await next.close();
    expect(runs.get(p.documentId)).toBe(2);
  });
});
