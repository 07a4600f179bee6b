import { Injectable } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import type { JobType, JobsOptions, Queue } from 'bullmq';
import { TenantContext } from '@claimlane/server-db';
import { registerQueueMetrics, withJobTraceContext } from '@claimlane/server-observability';
import {
  JOB_PAYLOAD_SCHEMAS,
  jobIdFor,
  type JobPayload,
  type QueueName,
} from '@claimlane/shared-contracts';

export interface EnqueueOptions {
  delayMs?: number;
  /** Lower runs first (BullMQ priority); leave unset for FIFO. */
  priority?: number;
}

/**
 * Puts jobs on the queues. The job id is `<tenantId>.<idempotencyKey>`: adding a job whose id
 * BullMQ still knows (waiting, active, or kept after finishing) is a no-op, so producers may
 * enqueue the same work twice.
 */
@Injectable()
export class JobProducer {
  private readonly queues: Record<QueueName, Queue>;

  constructor(
    @InjectQueue('ocr') ocr: Queue,
    @InjectQueue('calls') calls: Queue,
    @InjectQueue('notifications') notifications: Queue,
    @InjectQueue('imports') imports: Queue,
    @InjectQueue('packets') packets: Queue,
  ) {
    this.queues = { ocr, calls, notifications, imports, packets };
    for (const [name, q] of Object.entries(this.queues))
      registerQueueMetrics(name, (...states) => q.getJobCounts(...(states as JobType[])));
  }

  queue(name: QueueName): Queue {
    return this.queues[name];
  }

  /** Enqueues now. Inside a request or job transaction use {@link enqueueAfterCommit} instead. */
  async enqueue<Q extends QueueName>(
    queue: Q,
    payload: JobPayload<Q>,
    opts: EnqueueOptions = {},
  ): Promise<string> {
    const data = JOB_PAYLOAD_SCHEMAS[queue].parse(payload);
    const jobId = jobIdFor(data);
    const jobOpts: JobsOptions = { jobId };
    if (opts.delayMs) jobOpts.delay = opts.delayMs;
    if (opts.priority) jobOpts.priority = opts.priority;
    // The trace context rides in the job data (workers strip it with the payload schema).
    await withJobTraceContext(queue, data, (d) => this.queues[queue].add(queue, d, jobOpts));
    return jobId;
  }

  /**
   * Enqueues once the current tenant transaction commits, so a job never refers to rows a
   * rolled-back transaction wrote. The payload is checked now (a bad payload fails the caller's
   * transaction) and must belong to the transaction's tenant. Returns the job id.
   */
  enqueueAfterCommit<Q extends QueueName>(
    queue: Q,
    payload: JobPayload<Q>,
    opts: EnqueueOptions = {},
  ): string {
    const data = JOB_PAYLOAD_SCHEMAS[queue].parse(payload) as JobPayload<Q>;
    if (data.tenantId !== TenantContext.tenantId())
      throw new Error('enqueueAfterCommit: the payload names another tenant than the transaction');
    TenantContext.afterCommit(async () => {
      await this.enqueue(queue, data, opts);
    });
    return jobIdFor(data);
  }
}
