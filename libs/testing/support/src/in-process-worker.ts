import 'reflect-metadata';
import type { DynamicModule, INestApplicationContext, ModuleMetadata } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { AppConfig } from '@claimlane/server-config';
import { CoreModule, createLogger } from '@claimlane/server-common';
import { QueueModule } from '@claimlane/server-queue';
import type { TestApi } from './test-api';

class InProcessWorkerModule {}

/**
 * Queue processors in the test's own process, on the test API's database, Redis and key prefix:
 * for tests about what a processor does. Crash tests use {@link startWorkerProcess} instead.
 * `config` overrides settings for the worker only (an SMTP URL, fewer attempts…).
 */
export async function startInProcessWorker(
  api: Pick<TestApi, 'config' | 'runtime'>,
  opts: {
    imports?: NonNullable<ModuleMetadata['imports']>;
    providers?: NonNullable<ModuleMetadata['providers']>;
    config?: Partial<AppConfig>;
  },
): Promise<INestApplicationContext> {
  const root: DynamicModule = {
    module: InProcessWorkerModule,
    imports: [
      CoreModule.forRoot({
        config: { ...api.config, ...opts.config },
        db: api.runtime.db,
        redis: api.runtime.redis,
        logger: createLogger('silent'),
      }),
      QueueModule.forRoot(),
      ...(opts.imports ?? []),
    ],
    providers: opts.providers ?? [],
  };
  const app = await NestFactory.createApplicationContext(root, { logger: false });
  await app.init();
  return app;
}
