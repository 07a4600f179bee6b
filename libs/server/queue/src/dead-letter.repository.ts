import type { EntityManager } from 'typeorm';
import type { QueueName } from '@claimlane/shared-contracts';
import type { JobErrorInfo } from './job-errors';

export interface DeadLetterInput {
  tenantId: string;
  queue: QueueName;
  jobId: string;
  jobName: string;
  idempotencyKey: string;
  attempts: number;
  error: JobErrorInfo;
  /** The validated payload: ids only by contract (libs/shared/contracts/src/queue-jobs.ts). */
  payload: Record<string, unknown>;
}

export interface JobFailureRow {
  id: string;
  queue: QueueName;
  jobId: string;
  jobName: string;
  idempotencyKey: string;
  attempts: number;
  errorCode: string;
  errorMessage: string;
  failedAt: Date;
  resolvedAt: Date | null;
  /** failed_at at full (microsecond) precision, for keyset cursors; a JS Date would round it. */
  cursorAt: string;
}

const COLUMNS = `id, queue, job_id as "jobId", job_name as "jobName", idempotency_key as "idempotencyKey",
  attempts, error_code as "errorCode", error_message as "errorMessage", failed_at as "failedAt",
  resolved_at as "resolvedAt", failed_at::text as "cursorAt"`;

/**
 * The dead-letter record (`job_failures`), one row per job id: a job that is retried by hand and
 * fails again updates its row instead of adding another. Runs under the job's tenant (RLS).
 */
export async function recordDeadLetter(m: EntityManager, d: DeadLetterInput): Promise<string> {
  const rows: Array<{ id: string }> = await m.query(
    `insert into job_failures (tenant_id, queue, job_id, job_name, idempotency_key, attempts, error_code, error_message, payload)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     on conflict (tenant_id, queue, job_id) do update set
       attempts = excluded.attempts, error_code = excluded.error_code,
       error_message = excluded.error_message, failed_at = now(), resolved_at = null
     returning id`,
    [
      d.tenantId,
      d.queue,
      d.jobId,
      d.jobName,
      d.idempotencyKey,
      d.attempts,
      d.error.code,
      d.error.message.slice(0, 500),
      JSON.stringify(d.payload),
    ],
  );
  return rows[0]!.id;
}

/** The tenant's dead letters, newest first (keyset on failed_at, id). */
export async function listDeadLetters(
  m: EntityManager,
  opts: { queue?: QueueName | null; limit: number; after?: [string, string] | null },
): Promise<{ rows: JobFailureRow[]; total: number }> {
  const params: unknown[] = [opts.queue ?? null];
  let where = `($1::text is null or queue = $1)`;
  if (opts.after) {
    params.push(opts.after[0], opts.after[1]);
    where += ` and (failed_at, id) < ($2::timestamptz, $3::uuid)`;
  }
  params.push(opts.limit);
  const rows: JobFailureRow[] = await m.query(
    `select ${COLUMNS} from job_failures where ${where}
     order by failed_at desc, id desc limit $${params.length}`,
    params,
  );
  const [{ n }] = (await m.query(
    `select count(*)::int as n from job_failures where ($1::text is null or queue = $1)`,
    [opts.queue ?? null],
  )) as [{ n: number }];
  return { rows, total: n };
}

export async function findDeadLetter(m: EntityManager, id: string): Promise<JobFailureRow | null> {
  const rows: JobFailureRow[] = await m.query(`select ${COLUMNS} from job_failures where id = $1`, [
    id,
  ]);
  return rows[0] ?? null;
}

export async function markDeadLetterResolved(m: EntityManager, id: string): Promise<void> {
  await m.query(`update job_failures set resolved_at = now() where id = $1`, [id]);
}
