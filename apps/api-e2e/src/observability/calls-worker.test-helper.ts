import 'reflect-metadata';
import { Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CoreModule, type CoreDeps } from '@claimlane/server-common';
import { QueueModule } from '@claimlane/server-queue';
import { CallsWorkerModule } from '@claimlane/server-calls';
import { NotificationsWorkerModule } from '@claimlane/server-notifications';

/** The real `calls` and `notifications` processors (local carrier simulator) beside a test API. */
export async function startCallsWorker(deps: CoreDeps): Promise<INestApplicationContext> {
  @Module({
    imports: [
      CoreModule.forRoot(deps),
      QueueModule.forRoot(),
      CallsWorkerModule,
      NotificationsWorkerModule,
    ],
  })
  class CallsWorkerTestModule {}
  const app = await NestFactory.createApplicationContext(CallsWorkerTestModule, { logger: false });
  await app.init();
  return app;
}

/** A case's payer gets a phone number the simulator answers cooperatively; returns the phone id. */
export const COOPERATIVE_PAYER_LINE = '+13125550100';
