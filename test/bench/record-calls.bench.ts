import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import { callFindings, summarizeCall, topicsFor } from '@claimlane/domain-record-call';
import { redactText } from '@claimlane/domain-redaction';
import { loadConfig } from '@claimlane/server-config';
import { CoreModule, createLogger } from '@claimlane/server-common';
import { TenantDatabase, createAppDataSource } from '@claimlane/server-db';
import { JobProducer, QueueModule } from '@claimlane/server-queue';
import {
  CALL_PROVIDER,
  CallsProcessor,
  LocalCarrierSimulatorProvider,
  REPRESENTATIVE_PERSONAS,
  TranscriptCipher,
  runCall,
} from '@claimlane/server-calls';
import { benchDatabase } from './bench-services';

const IN_PROCESS_CALLS = Number(process.env.BENCH_CALLS_IN_PROCESS ?? 2000);
const QUEUED_CALLS = Number(process.env.BENCH_CALLS_QUEUED ?? 300);
// Personas that finish a call (the hang-up one fails by design and is measured apart).
const PERSONAS = REPRESENTATIVE_PERSONAS.filter((p) => p !== 'hangs_up');
const numberFor = (i: number) =>
  `+1312555${String(100 + REPRESENTATIVE_PERSONAS.indexOf(PERSONAS[i % PERSONAS.length]!)).padStart(4, '0')}`;
const input = {
  topics: topicsFor(undefined, 'medical_necessity'),
  onBehalfOf: 'Bench Clinic',
  consentStates: ['CA'],
  identity: {
    claimNumber: 'CLM-1',
    memberId: 'XQH448120937',
    dateOfBirth: '04/19/1971',
    patientName: 'Dana Whitcombe',
  },
};
const known = { names: ['Dana Whitcombe'], dateOfBirth: '1971-04-19', memberIds: ['XQH448120937'] };

/** Conversation + redaction + summary + encryption + WAV, no database, no queue: the work per call. */
async function inProcess(
  n: number,
): Promise<{ perMinute: number; turns: number; wavBytes: number }> {
  const sim = new LocalCarrierSimulatorProvider();
  const cipher = new TranscriptCipher(Buffer.alloc(32, 7));
  let turns = 0;
  let wavBytes = 0;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const run = await runCall(
      sim,
      { callId: `bench-${i}`, tenantId: 't', to: numberFor(i) },
      input,
    );
    const red = run.script.turns.map((t) => ({ ...t, text: redactText(t.text, known).text }));
    const s = summarizeCall(red, run.script.outcomes, {
      outcome: run.script.outcome ?? 'completed',
      callbackTurn: run.script.callbackTurn,
      holds: run.script.holds,
      transfers: run.script.transfers,
    });
    callFindings(s);
    cipher.encrypt(JSON.stringify(run.script.turns), `x:${i}`);
    turns += run.script.turns.length;
    wavBytes += run.recording?.bytes.length ?? 0;
  }
  const ms = performance.now() - t0;
  return { perMinute: (n / ms) * 60_000, turns: turns / n, wavBytes: wavBytes / n };
}

/** The same calls through the `calls` queue: BullMQ, Redis locks, Postgres under RLS, all outputs. */
async function queued(n: number): Promise<{ perMinute: number; failed: number }> {
  const db = await benchDatabase('calls');
  const owner = new Client({ connectionString: db.ownerUrl });
  await owner.connect();
  const prefix = `bench:calls:${randomUUID().slice(0, 8)}:`;
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_APP_URL: db.appUrl,
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    REDIS_KEY_PREFIX: prefix,
    LOG_LEVEL: 'silent',
    DATA_DIR: '.data/bench-calls',
    QUEUE_ATTEMPTS: '1',
    RECORD_CALL_LINE_RETRY_MS: '20',
  });
  const ds = createAppDataSource({ url: db.appUrl, poolSize: 10 });
  await ds.initialize();
  const redis = new Redis(config.REDIS_URL, { keyPrefix: prefix });
  const tenant = randomUUID();
  await owner.query(`insert into tenants (id, name, kind) values ($1, 'Bench Clinic', 'CLINIC')`, [
    tenant,
  ]);
  const payer = (
    await owner.query(
      `insert into payers (tenant_id, name) values ($1, 'Bench Payer') returning id`,
      [tenant],
    )
  ).rows[0].id;
  // One payer line per persona, open around the clock: calls on different lines run in parallel.
  const lines: string[] = [];
  for (let i = 0; i < PERSONAS.length; i++)
    lines.push(
      (
        await owner.query(
          `insert into payer_phones (tenant_id, payer_id, label, phone_e164, time_zone, opens, closes, days, state)
           values ($1, $2, $3, $4, 'America/Chicago', '00:00', '24:00', '{1,2,3,4,5,6,7}', 'CA') returning id`,
          [tenant, payer, `line ${i}`, numberFor(i)],
        )
      ).rows[0].id,
    );
  const callIds: string[] = [];
  for (let i = 0; i < n; i++) {
    const p = (
      await owner.query(
        `insert into patients (tenant_id, first_name, last_name, date_of_birth, member_id) values ($1, 'Dana', 'Whitcombe', '1971-04-19', 'XQH448120937') returning id`,
        [tenant],
      )
    ).rows[0].id;
    const cl = (
      await owner.query(
        `insert into claims (tenant_id, payer_id, patient_id, claim_number) values ($1, $2, $3, $4) returning id`,
        [tenant, payer, p, `CLM-${i}`],
      )
    ).rows[0].id;
    const d = (
      await owner.query(
        `insert into denials (tenant_id, claim_id, payer_id, category) values ($1, $2, $3, 'medical_necessity') returning id`,
        [tenant, cl, payer],
      )
    ).rows[0].id;
    const c = (
      await owner.query(
        `insert into appeal_cases (tenant_id, denial_id, claim_id, payer_id) values ($1, $2, $3, $4) returning id`,
        [tenant, d, cl, payer],
      )
    ).rows[0].id;
    callIds.push(
      (
        await owner.query(
          `insert into record_calls (tenant_id, case_id, payer_phone_id, provider, scheduled_for, topics, consent_states)
           values ($1, $2, $3, 'simulator', now(), $4, '{CA}') returning id`,
          [tenant, c, lines[i % lines.length], input.topics],
        )
      ).rows[0].id,
    );
  }
  @Module({
    imports: [
      CoreModule.forRoot({
        config,
        db: new TenantDatabase(ds),
        redis,
        logger: createLogger('silent'),
      }),
      QueueModule.forRoot(),
    ],
    providers: [
      { provide: CALL_PROVIDER, useValue: new LocalCarrierSimulatorProvider() },
      CallsProcessor,
    ],
  })
  class BenchWorker {}
  const app = await NestFactory.createApplicationContext(BenchWorker, { logger: false });
  await app.init();
  const jobs = app.get(JobProducer);
  const t0 = performance.now();
  for (const id of callIds)
    await jobs.enqueue('calls', { tenantId: tenant, idempotencyKey: id, callId: id });
  let done = 0;
  for (;;) {
    done = Number(
      (
        await owner.query(
          `select count(*) n from record_calls where tenant_id = $1 and status in ('completed', 'failed')`,
          [tenant],
        )
      ).rows[0].n,
    );
    if (done >= n) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  const ms = performance.now() - t0;
  const failed = Number(
    (
      await owner.query(
        `select count(*) n from record_calls where tenant_id = $1 and status = 'failed'`,
        [tenant],
      )
    ).rows[0].n,
  );
  await app.close();
  redis.disconnect();
  await ds.destroy();
  await owner.end();
  await db.drop();
  return { perMinute: (n / ms) * 60_000, failed };
}

async function main(): Promise<void> {
  await inProcess(50); // warm-up
  const a = await inProcess(IN_PROCESS_CALLS);
  console.log(
    `in process (conversation + redaction + summary + AES-GCM + WAV): ${a.perMinute.toFixed(0)} simulated calls/min, ${a.turns.toFixed(1)} turns and ${(a.wavBytes / 1024).toFixed(0)} KiB WAV per call`,
  );
  const q = await queued(QUEUED_CALLS);
  console.log(
    `through the calls queue (BullMQ + Redis line locks + Postgres/RLS outputs, concurrency 4): ${q.perMinute.toFixed(0)} simulated calls/min over ${QUEUED_CALLS} calls (${q.failed} failed)`,
  );
  console.log(
    `queue + database cost: ${(a.perMinute / q.perMinute).toFixed(1)}x slower than the in-process baseline; ${(60_000 / q.perMinute - 60_000 / a.perMinute).toFixed(1)} ms added per call`,
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
