import { type OnApplicationBootstrap } from '@nestjs/common';
import { WorkerHost } from '@nestjs/bullmq';
import { UnrecoverableError, WaitingError, type Job } from 'bullmq';
import {
  JOB_PAYLOAD_SCHEMAS,
  jobProgressSchema,
  type JobPayload,
  type JobProgressReport,
  type QueueName,
} from '@claimlane/shared-contracts';
import { instrumentJob } from '@claimlane/server-observability';
import { recordDeadLetter } from './dead-letter.repository';
import {
  JobReturnedError,
  PermanentJobError,
  SHUTDOWN_REASON,
  describeJobError,
  type JobErrorInfo,
} from './job-errors';
import type { TenantJobDeps } from './tenant-job-deps';

/** The job as a handler sees it: the validated payload, its tenant, progress and the stop signal. */
export interface TenantJob<Q extends QueueName> {
  readonly queue: Q;
  readonly jobId: string;
  readonly data: JobPayload<Q>;
  readonly tenantId: string;
  /** 1 for the first run. */
  readonly attempt: number;
  readonly maxAttempts: number;
  /** Aborted when the worker shuts down; long work checks it (or passes it to child processes). */
  readonly signal: AbortSignal;
  /** Stored on the BullMQ job at once (outside any transaction), so `jobProgress` sees it live. */
  progress(report: JobProgressReport): Promise<void>;
  /** Throws {@link JobReturnedError} once the worker is shutting down. */
  throwIfReturned(): void;
}

const NEVER_ABORTED = new AbortController().signal;

function isShutdown(signal: AbortSignal | undefined): boolean {
  return !!signal?.aborted && signal.reason === SHUTDOWN_REASON;
}

/**
 * The one wrapper every queue processor extends (docs/architecture.md §2 "server/queue"). It validates the
 * payload against its zod contract, runs the optional slow `prepare` step with no transaction
 * open, then runs `handle` inside `runInTenantTx(payload.tenantId)` so RLS and TenantContext hold
 * exactly as they do for a request or a Temporal activity. When the last attempt fails (or the
 * error is permanent) it writes the dead-letter row and calls `onDeadLetter` in one tenant
 * transaction. On shutdown an in-flight job is rolled back and returned to the queue, not failed.
 *
 * Declaring one:
 * ```ts
 * @Processor('ocr')
 * export class OcrProcessor extends TenantJobProcessor<'ocr', Pages, Result> {
 *   protected readonly queue = 'ocr';
 *   constructor(deps: TenantJobDeps) { super(deps); }
 *   protected async prepare(job) { ... }            // CPU / external work, no transaction
 *   protected async handle(job, pages) { ... }       // TenantContext.manager() is the job's transaction
 * }
 * ```
 */
export abstract class TenantJobProcessor<Q extends QueueName, P = undefined, R = unknown>
  extends WorkerHost
  implements OnApplicationBootstrap
{
  protected abstract readonly queue: Q;

  constructor(protected readonly deps: TenantJobDeps) {
    super();
  }

  /** Slow or external work before the transaction (no database handle; use the payload's ids). */
  protected prepare(_job: TenantJob<Q>): Promise<P> {
    return Promise.resolve(undefined as P);
  }

  /** Runs inside the tenant's transaction: everything it writes commits together or not at all. */
  protected abstract handle(job: TenantJob<Q>, prepared: P): Promise<R>;

  /** Runs in the dead-letter transaction after the last failed attempt (mark the row failed…). */
  protected onDeadLetter(_job: TenantJob<Q>, _error: JobErrorInfo): Promise<void> {
    return Promise.resolve();
  }

  /** Concurrency of this processor's worker; override to tune (CPU-bound queues stay low). */
  protected concurrency(): number {
    return 4;
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.concurrency();
    this.deps.workers.add(this.worker);
    this.worker.on('error', (e: Error) =>
      this.deps.logger.warn(
        { event: 'queue.worker_error', queue: this.queue, errName: e.name },
        'queue worker error',
      ),
    );
  }

  // Three parameters on purpose: BullMQ passes the abort signal only to processors that declare it.
  process(job: Job, token?: string, signal?: AbortSignal): Promise<R> {
    return instrumentJob(this.queue, String(job.id), job.data, () =>
      this.processJob(job, token, signal),
    );
  }

  private async processJob(job: Job, token?: string, signal?: AbortSignal): Promise<R> {
    const parsed = JOB_PAYLOAD_SCHEMAS[this.queue].safeParse(job.data);
    if (!parsed.success) {
      this.deps.logger.error(
        { event: 'queue.payload_invalid', queue: this.queue, jobId: job.id },
        'job payload does not match its contract',
      );
      throw new PermanentJobError(
        'JOB_PAYLOAD_INVALID',
        'The job payload does not match its schema',
      );
    }
    const data = parsed.data as JobPayload<Q>;
    const stop = signal ?? NEVER_ABORTED;
    const ctx: TenantJob<Q> = {
      queue: this.queue,
      jobId: String(job.id),
      data,
      tenantId: data.tenantId,
      attempt: job.attemptsMade + 1,
      maxAttempts: job.opts.attempts ?? 1,
      signal: stop,
      progress: (report) => job.updateProgress(jobProgressSchema.parse(report)),
      throwIfReturned: () => {
        if (isShutdown(stop)) throw new JobReturnedError();
      },
    };
    try {
      const prepared = await this.prepare(ctx);
      ctx.throwIfReturned();
      const result = await this.deps.db.runInTenantTx(data.tenantId, async (m) => {
        const result = await this.handle(ctx, prepared);
        // A job handed back during shutdown must not commit: the next worker redoes it.
        ctx.throwIfReturned();
        // A retried job that now succeeds closes its dead-letter row (manual retry, or a crash
        // between writing the row and BullMQ marking the job failed).
        await m.query(
          `update job_failures set resolved_at = now() where queue = $1 and job_id = $2 and resolved_at is null`,
          [this.queue, ctx.jobId],
        );
        return result;
      });
      this.deps.logger.info(
        {
          event: 'queue.job_completed',
          queue: this.queue,
          jobId: ctx.jobId,
          tenantId: ctx.tenantId,
          attempt: ctx.attempt,
        },
        'job completed',
      );
      return result;
    } catch (e) {
      if (isShutdown(stop) || e instanceof JobReturnedError) {
        // Back to `wait` without spending an attempt (BullMQ's documented manual pattern).
        if (token) await job.moveToWait(token);
        this.deps.logger.info(
          { event: 'queue.job_returned', queue: this.queue, jobId: ctx.jobId },
          'job returned to the queue on shutdown',
        );
        throw new WaitingError();
      }
      const info = describeJobError(e);
      const final = e instanceof UnrecoverableError || ctx.attempt >= ctx.maxAttempts;
      this.deps.logger.warn(
        {
          event: final ? 'queue.job_dead_lettered' : 'queue.job_failed',
          queue: this.queue,
          jobId: ctx.jobId,
          tenantId: ctx.tenantId,
          attempt: ctx.attempt,
          code: info.code,
        },
        final ? 'job failed for good' : 'job failed; will retry',
      );
      if (final) await this.deadLetter(ctx, job, info);
      throw e;
    }
  }

  private async deadLetter(ctx: TenantJob<Q>, job: Job, info: JobErrorInfo): Promise<void> {
    await this.deps.db.runInTenantTx(ctx.tenantId, async (m) => {
      await recordDeadLetter(m, {
        tenantId: ctx.tenantId,
        queue: this.queue,
        jobId: ctx.jobId,
        jobName: job.name,
        idempotencyKey: ctx.data.idempotencyKey,
        attempts: ctx.attempt,
        error: info,
        payload: ctx.data as Record<string, unknown>,
      });
      await this.onDeadLetter(ctx, info);
    });
  }
}
