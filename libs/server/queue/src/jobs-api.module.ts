import { Module } from '@nestjs/common';
import { JobFailuresService } from './job-failures.service';
import { JobsResolver } from './jobs.resolver';

/** The GraphQL side of the queues (job progress, dead letters); needs QueueModule.forRoot(). */
@Module({ providers: [JobFailuresService, JobsResolver] })
export class JobsApiModule {}
