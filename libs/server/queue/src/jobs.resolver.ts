import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  Connection,
  Errors,
  connectionComplexity,
  type ConnectionShape,
} from '@claimlane/server-common';
import { RequirePermission } from '@claimlane/server-auth';
import type { QueueName } from '@claimlane/shared-contracts';
import type { JobFailureRow } from './dead-letter.repository';
import { JobFailuresService } from './job-failures.service';
import { JobStatusService, type JobStatus } from './job-status.service';
import { JobFailureModel, JobQueueEnum, JobStatusModel } from './jobs.models';

const JobFailureConnection = Connection(JobFailureModel, 'JobFailure');

@Resolver()
export class JobsResolver {
  constructor(
    private readonly status: JobStatusService,
    private readonly failures: JobFailuresService,
  ) {}

  @RequirePermission('jobs.read')
  @Query(() => JobStatusModel, {
    description:
      'Live state and progress of a background job, by queue and idempotency key (poll it). The OCR job of a document has the document sha256 as its key.',
  })
  async jobProgress(
    @Args('queue', { type: () => JobQueueEnum }) queue: QueueName,
    @Args('key') key: string,
  ): Promise<JobStatus> {
    const s = await this.status.status(queue, key);
    if (!s) throw Errors.notFound('Job');
    return s;
  }

  @RequirePermission('jobs.manage')
  @Query(() => JobFailureConnection, {
    complexity: connectionComplexity,
    description: 'Jobs that ran out of attempts (dead letters), newest first',
  })
  jobFailures(
    @Args('queue', { type: () => JobQueueEnum, nullable: true }) queue?: QueueName,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<ConnectionShape<JobFailureRow>> {
    return this.failures.list(queue ?? null, first, after);
  }

  @RequirePermission('jobs.manage')
  @Mutation(() => JobFailureModel, { description: 'Runs a dead-lettered job again' })
  retryJobFailure(@Args('id', { type: () => ID }) id: string): Promise<JobFailureRow> {
    return this.failures.retry(id);
  }
}
