import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { QUEUE_NAMES, type QueueName } from '@claimlane/shared-contracts';
import type { JobStateName } from './job-status.service';

export const JobQueueEnum = Object.fromEntries(QUEUE_NAMES.map((q) => [q, q])) as {
  [K in QueueName]: K;
};
registerEnumType(JobQueueEnum, { name: 'JobQueue' });

const JOB_STATES: JobStateName[] = [
  'waiting',
  'delayed',
  'active',
  'completed',
  'failed',
  'dead_lettered',
  'unknown',
];
export const JobStateEnum = Object.fromEntries(JOB_STATES.map((s) => [s, s])) as {
  [K in JobStateName]: K;
};
registerEnumType(JobStateEnum, {
  name: 'JobState',
  description: 'failed = attempt failed and a retry is due or pending; dead_lettered = gave up',
});

@ObjectType('JobProgress')
export class JobProgressModel {
  @Field({ description: 'What the job is doing, e.g. "rasterize", "ocr", "record_check"' })
  stage!: string;
  @Field(() => Int) done!: number;
  @Field(() => Int) total!: number;
}

@ObjectType('JobStatus')
export class JobStatusModel {
  @Field() jobId!: string;
  @Field(() => JobQueueEnum) queue!: QueueName;
  @Field(() => JobStateEnum) state!: JobStateName;
  @Field(() => JobProgressModel, { nullable: true }) progress!: JobProgressModel | null;
  @Field(() => Int) attemptsMade!: number;
  @Field(() => Int) maxAttempts!: number;
  @Field(() => String, { nullable: true }) errorCode!: string | null;
}

@ObjectType('JobFailure', { description: 'A job that ran out of attempts (dead letter)' })
export class JobFailureModel {
  @Field(() => ID) id!: string;
  @Field(() => JobQueueEnum) queue!: QueueName;
  @Field() jobId!: string;
  @Field() jobName!: string;
  @Field() idempotencyKey!: string;
  @Field(() => Int) attempts!: number;
  @Field() errorCode!: string;
  @Field() errorMessage!: string;
  @Field() failedAt!: Date;
  @Field(() => Date, { nullable: true }) resolvedAt!: Date | null;
}
