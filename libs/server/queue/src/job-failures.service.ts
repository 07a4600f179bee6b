import { Injectable } from '@nestjs/common';
import { TenantContext } from '@claimlane/server-db';
import { Errors, assertUuid, decodeCursor, encodeCursor, pageSize } from '@claimlane/server-common';
import { JOB_PAYLOAD_SCHEMAS, type JobPayload, type QueueName } from '@claimlane/shared-contracts';
import { findDeadLetter, listDeadLetters, type JobFailureRow } from './dead-letter.repository';
import { JobProducer } from './job-producer.service';

/** The dead-letter view: list a tenant's failed jobs and send one round again. */
@Injectable()
export class JobFailuresService {
  constructor(private readonly producer: JobProducer) {}

  async list(queue: QueueName | null, first: number | undefined, after: string | undefined) {
    const limit = pageSize(first);
    const cursor = decodeCursor(after, ['timestamp', 'uuid']) as [string, string] | null;
    const { rows, total } = await listDeadLetters(TenantContext.manager(), {
      queue,
      limit: limit + 1,
      after: cursor,
    });
    const page = rows.slice(0, limit);
    return {
      edges: page.map((node) => ({ cursor: encodeCursor([node.cursorAt, node.id]), node })),
      pageInfo: {
        hasNextPage: rows.length > limit,
        endCursor: page.length ? encodeCursor([page.at(-1)!.cursorAt, page.at(-1)!.id]) : null,
      },
      totalCount: total,
    };
  }

  /**
   * Runs a dead-lettered job again with fresh attempts: BullMQ's own retry when it still holds the
   * failed job, otherwise a new job from the stored payload. After commit, like every enqueue.
   */
  async retry(id: string): Promise<JobFailureRow> {
    const m = TenantContext.manager();
    const row = await findDeadLetter(m, assertUuid(id));
    if (!row) throw Errors.notFound('Job failure');
    if (row.resolvedAt) throw Errors.conflict('This job has already succeeded since');
    const [{ payload }] = (await m.query(`select payload from job_failures where id = $1`, [
      row.id,
    ])) as [{ payload: unknown }];
    const parsed = JOB_PAYLOAD_SCHEMAS[row.queue].safeParse(payload);
    if (!parsed.success) throw Errors.conflict('The stored payload no longer matches its contract');
    const queue = this.producer.queue(row.queue);
    TenantContext.afterCommit(async () => {
      const job = await queue.getJob(row.jobId);
      if (job && (await job.getState()) === 'failed') await job.retry('failed');
      else if (!job)
        await this.producer.enqueue(row.queue, parsed.data as JobPayload<typeof row.queue>);
    });
    return row;
  }
}
