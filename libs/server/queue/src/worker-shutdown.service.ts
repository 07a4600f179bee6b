import { Injectable, type BeforeApplicationShutdown } from '@nestjs/common';
import type { Worker } from 'bullmq';
import type { Logger } from 'pino';
import { SHUTDOWN_REASON } from './job-errors';
import { TenantJobDeps } from './tenant-job-deps';

const sleep = (ms: number) => new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), ms));

/**
 * Drains workers: stop taking jobs, let in-flight jobs finish for `graceMs`, then abort the rest
 * with the shutdown reason; their processors roll back and put the job back in `wait` (no attempt
 * spent). A processor that ignores the signal is force-closed after `hardMs` more; BullMQ's stalled
 * check then returns its job once the lock expires.
 */
export async function drainWorkers(
  workers: Iterable<Worker>,
  graceMs: number,
  logger?: Logger,
  hardMs = 10_000,
): Promise<void> {
  const list = [...workers];
  if (!list.length) return;
  const closed = Promise.all(list.map((w) => w.close()));
  if ((await Promise.race([closed.then(() => 'closed' as const), sleep(graceMs)])) === 'closed')
    return;
  logger?.warn({ event: 'worker.returning_jobs' }, 'grace period over; returning in-flight jobs');
  for (const w of list) w.cancelAllJobs(SHUTDOWN_REASON);
  if ((await Promise.race([closed.then(() => 'closed' as const), sleep(hardMs)])) === 'closed')
    return;
  logger?.error({ event: 'worker.force_close' }, 'processors ignored the stop signal; forcing');
  await Promise.all(list.map((w) => w.close(true)));
}

/** Runs {@link drainWorkers} before Nest's own shutdown hooks (which would wait without limit). */
@Injectable()
export class WorkerShutdownService implements BeforeApplicationShutdown {
  constructor(private readonly deps: TenantJobDeps) {}

  async beforeApplicationShutdown(): Promise<void> {
    await drainWorkers(
      this.deps.workers,
      this.deps.config.WORKER_SHUTDOWN_GRACE_MS,
      this.deps.logger,
    );
  }
}
