import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import type { CoreDeps } from '@claimlane/server-common';
import type { AppealWorkflowClient } from '@claimlane/workflows-client';
import { WorkerModule } from './worker.module';

/** The worker's Nest context (no HTTP): processors start taking jobs once it is initialised. */
export async function createWorkerApp(
  deps: CoreDeps & { workflows?: AppealWorkflowClient | null },
): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(deps), {
    logger: ['error', 'warn'],
  });
  await app.init();
  return app;
}
