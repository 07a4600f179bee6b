import { Injectable } from '@nestjs/common';
import { TenantContext } from '@claimlane/server-db';
import {
  IDEMPOTENCY_KEY,
  jobIdFor,
  jobProgressSchema,
  type JobProgressReport,
  type QueueName,
} from '@claimlane/shared-contracts';
import { JobProducer } from './job-producer.service';

export type JobStateName =
  'waiting' | 'delayed' | 'active' | 'completed' | 'failed' | 'dead_lettered' | 'unknown';

export interface JobStatus {
  jobId: string;
  queue: QueueName;
  state: JobStateName;
  progress: JobProgressReport | null;
  attemptsMade: number;
  maxAttempts: number;
  /** The dead-letter error code once the job failed for good. */
  errorCode: string | null;
}

const STATES: Record<string, JobStateName> = {
  waiting: 'waiting',
  'waiting-children': 'waiting',
  prioritized: 'waiting',
  delayed: 'delayed',
  active: 'active',
  completed: 'completed',
  failed: 'failed',
};

/**
 * Live job state for users (polling). The job id is built from the caller's own tenant, so a
 * tenant can only ever address its own jobs; the stored payload's tenant is checked as well.
 * After BullMQ forgot a job, the dead-letter table still answers for failed ones.
 */
@Injectable()
export class JobStatusService {
  constructor(private readonly producer: JobProducer) {}

  /** Null when neither BullMQ nor the dead-letter table knows the job in this tenant. */
  async status(queue: QueueName, idempotencyKey: string): Promise<JobStatus | null> {
    if (!IDEMPOTENCY_KEY.test(idempotencyKey)) return null;
    const tenantId = TenantContext.tenantId();
    const jobId = jobIdFor({ tenantId, idempotencyKey });
    const failure = (await TenantContext.manager().query(
      `select error_code as "errorCode", attempts from job_failures
       where queue = $1 and job_id = $2 and resolved_at is null`,
      [queue, jobId],
    )) as Array<{ errorCode: string; attempts: number }>;
    const job = await this.producer.queue(queue).getJob(jobId);
    if (!job || (job.data as { tenantId?: unknown }).tenantId !== tenantId) {
      const f = failure[0];
      if (!f) return null;
      return {
        jobId,
        queue,
        state: 'dead_lettered',
        progress: null,
        attemptsMade: f.attempts,
        maxAttempts: f.attempts,
        errorCode: f.errorCode,
      };
    }
    const state = STATES[await job.getState()] ?? 'unknown';
    const progress = jobProgressSchema.safeParse(job.progress);
    return {
      jobId,
      queue,
      state: state === 'failed' && failure[0] ? 'dead_lettered' : state,
      progress: progress.success ? progress.data : null,
      attemptsMade: job.attemptsMade,
      maxAttempts: job.opts.attempts ?? 1,
      errorCode: failure[0]?.errorCode ?? null,
    };
  }
}
