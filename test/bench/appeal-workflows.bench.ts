import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { NativeConnection } from '@temporalio/worker';
import pino from 'pino';
import { Client as PgClient } from 'pg';
import { TenantDatabase, createAppDataSource } from '@claimlane/server-db';
import { AppealWorkflowClient } from '@claimlane/workflows-client';
import {
  bundleAppealWorkflows,
  createActivities,
  createAppealWorker,
} from '@claimlane/workflows-activities';
import { benchDatabase, benchTemporal, percentile } from './bench-services';

const CASES = Number(process.env.BENCH_CASES ?? 1000);
const START_CONCURRENCY = 50;

/**
 * Workflow throughput and timer accuracy on the real dev server: starts one appeal workflow per case
 * for 1,000 cases, each with a deadline 25–45 s ahead and reminders 10 s and 5 s before it, then
 * measures how late the reminders fire (notification time minus scheduled time).
 */
async function main(): Promise<void> {
  const db = await benchDatabase('workflows');
  const temporal = await benchTemporal();
  const owner = new PgClient({ connectionString: db.ownerUrl });
  await owner.connect();
  const ds = createAppDataSource({ url: db.appUrl, poolSize: 20 });
  await ds.initialize();
  const taskQueue = `bench-${randomUUID().slice(0, 8)}`;
  try {
    // Seed: one tenant, one member, CASES cases each with a member deadline.
    const tenantId = randomUUID();
    const userId = randomUUID();
    await owner.query(
      `insert into tenants (id, name, kind, seat_limit) values ($1, 'Bench Clinic', 'CLINIC', 10)`,
      [tenantId],
    );
    await owner.query(
      `insert into users (id, email, name, password_hash) values ($1, $2, 'Bench', 'x')`,
      [userId, `bench-${userId}@example.test`],
    );
    await owner.query(
      `insert into memberships (tenant_id, user_id, role) values ($1, $2, 'BILLER')`,
      [tenantId, userId],
    );
    const seeded = Date.now();
    await owner.query(
      `with d as (insert into denials (tenant_id, regime, category) select $1, 'erisa_group_health', 'medical_necessity' from generate_series(1, $2) returning id),
            c as (insert into appeal_cases (tenant_id, denial_id) select $1, id from d returning id)
       insert into deadlines (tenant_id, case_id, kind, label, due_at, due_text, status, party)
       select $1, c.id, 'member_appeal_filing', 'Member appeal filing',
              to_timestamp($3 / 1000.0) + make_interval(secs => 25 + (row_number() over ()) % 20),
              'bench', 'open', 'member' from c`,
      [tenantId, CASES, seeded],
    );
    const caseIds = (await owner.query(`select id from appeal_cases order by id`)).rows.map(
      (r: { id: string }) => r.id,
    );

    const connection = await NativeConnection.connect({ address: temporal.address });
    const worker = await createAppealWorker({
      connection,
      taskQueue,
      workflowBundle: await bundleAppealWorkflows(),
      activities: createActivities({
        db: new TenantDatabase(ds),
        mailer: { send: async () => undefined },
        logger: pino({ level: 'silent' }),
      }),
      maxConcurrentActivityTaskExecutions: 100,
    });
    const running = worker.run();
    const client = await AppealWorkflowClient.connect({
      address: temporal.address,
      taskQueue,
      timing: {
        reminderOffsetsMs: [10_000, 5_000],
        recordsFollowUpMs: 86_400_000,
        protectiveLeadMs: 0,
        continueAsNewAfterEvents: 2000,
      },
    });

    const t0 = performance.now();
    for (let i = 0; i < caseIds.length; i += START_CONCURRENCY) {
      await Promise.all(
        caseIds.slice(i, i + START_CONCURRENCY).map((id) => client.start(tenantId, id)),
      );
    }
    const startSeconds = (performance.now() - t0) / 1000;
    console.log(
      `workflow starts: ${CASES} in ${startSeconds.toFixed(2)} s = ${(CASES / startSeconds).toFixed(0)} starts/s (concurrency ${START_CONCURRENCY})`,
    );

    const expected = CASES * 2;
    const waitUntil = Date.now() + 120_000;
    let count = 0;
    while (Date.now() < waitUntil) {
      count = Number(
        (
          await owner.query(
            `select count(*) as n from notifications where kind = 'deadline_reminder'`,
          )
        ).rows[0].n,
      );
      if (count >= expected) break;
      await new Promise((r) => setTimeout(r, 1000));
    }
    const rows = (
      await owner.query(
        `select extract(epoch from (n.created_at - (d.due_at - make_interval(secs => split_part(n.dedupe_key, ':', 3)::int / 1000.0)))) * 1000 as late_ms
         from notifications n join deadlines d on d.case_id = n.case_id and d.kind = 'member_appeal_filing'
         where n.kind = 'deadline_reminder'`,
      )
    ).rows.map((r: { late_ms: string }) => Number(r.late_ms));
    rows.sort((a, b) => a - b);
    console.log(
      `reminders fired: ${rows.length} of ${expected}; duplicates: ${count - rows.length < 0 ? 0 : count - rows.length}`,
    );
    console.log(
      `timer lateness under load: p50 ${percentile(rows, 50).toFixed(0)} ms, p90 ${percentile(rows, 90).toFixed(0)} ms, p99 ${percentile(rows, 99).toFixed(0)} ms, max ${rows[rows.length - 1]?.toFixed(0)} ms`,
    );
    worker.shutdown();
    await running;
    await client.close();
    await connection.close();
  } finally {
    await ds.destroy();
    await owner.end();
    await db.drop();
    temporal.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
