import { Module, type DynamicModule } from '@nestjs/common';
import { BullModule } from '@nestjs/bullmq';
import { APP_CONFIG, type AppConfig } from '@claimlane/server-config';
import { QUEUE_NAMES } from '@claimlane/shared-contracts';
import { JobProducer } from './job-producer.service';
import { JobStatusService } from './job-status.service';
import { bullConnection, bullPrefix } from './queue-connection';
import { TenantJobDeps } from './tenant-job-deps';
import { WorkerShutdownService } from './worker-shutdown.service';

/**
 * The queues (`ocr`, `calls`, `notifications`, `imports`) on the app's Redis, with the retry policy
 * every job gets: QUEUE_ATTEMPTS attempts, exponential backoff from QUEUE_BACKOFF_MS, completed
 * jobs kept a day (so their ids still deduplicate), failed ones two weeks (the durable record is
 * the `job_failures` table). Needs CoreModule (config, database, logger).
 */
@Module({})
export class QueueModule {
  static forRoot(): DynamicModule {
    return {
      module: QueueModule,
      global: true,
      imports: [
        BullModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({
            connection: bullConnection(config),
            prefix: bullPrefix(config),
            defaultJobOptions: {
              attempts: config.QUEUE_ATTEMPTS,
              backoff: { type: 'exponential', delay: config.QUEUE_BACKOFF_MS },
              removeOnComplete: { age: 24 * 3600, count: 10_000 },
              removeOnFail: { age: 14 * 24 * 3600 },
            },
          }),
        }),
        BullModule.registerQueue(...QUEUE_NAMES.map((name) => ({ name }))),
      ],
      providers: [TenantJobDeps, JobProducer, JobStatusService, WorkerShutdownService],
      exports: [BullModule, TenantJobDeps, JobProducer, JobStatusService],
    };
  }
}
