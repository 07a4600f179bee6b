import { randomBytes } from 'node:crypto';
import { NativeConnection, type Worker } from '@temporalio/worker';
import { inject } from 'vitest';
import pino from 'pino';
import { createLogger } from '@claimlane/server-common';
import { loadConfig } from '@claimlane/server-config';
import { TenantDatabase, createAppDataSource } from '@claimlane/server-db';
import { MailService } from '@claimlane/server-notifications';
import { temporalWorkerObservability } from '@claimlane/server-observability';
import {
  bundleAppealWorkflows,
  createActivities,
  createAppealWorker,
} from '@claimlane/workflows-activities';

// One bundle per set of workflow interceptor modules (tracing adds one).
const bundles = new Map<string, Promise<{ code: string }>>();

export interface TestWorker {
  worker: Worker;
  running: Promise<void>;
  stop(): Promise<void>;
}

export function uniqueTaskQueue(): string {
  return `appeals-test-${randomBytes(4).toString('hex')}`;
}

/**
 * A real Temporal worker with the real activities against a test database (as claimlane_app), on
 * its own task queue. Several can run for one queue (to test a worker restart mid-case).
 */
export async function startTestWorker(opts: {
  appUrl: string;
  taskQueue: string;
  smtpUrl?: string;
  payerClockOverrideMs?: number;
  /** Activity logs (default: silent); the PHI log scan passes its capturing logger. */
  logger?: pino.Logger;
}): Promise<TestWorker> {
  const observability = temporalWorkerObservability();
  const modules = observability.workflowInterceptorModules;
  const key = modules.join(',');
  if (!bundles.has(key)) bundles.set(key, bundleAppealWorkflows(undefined, modules));
  const ds = createAppDataSource({
    url: opts.appUrl,
    poolSize: 4,
    applicationName: 'claimlane-test-worker',
  });
  await ds.initialize();
  const connection = await NativeConnection.connect({ address: inject('temporalAddress') });
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    ...(opts.smtpUrl
      ? { SMTP_URL: opts.smtpUrl }
      : { MAIL_DIR: `.data/test/mail-${opts.taskQueue}` }),
  });
  const logger = createLogger('silent');
  const worker = await createAppealWorker({
    connection,
    taskQueue: opts.taskQueue,
    workflowBundle: await bundles.get(key)!,
    activityInterceptors: observability.activityInterceptors,
    sinks: observability.sinks,
    activities: createActivities({
      db: new TenantDatabase(ds),
      mailer: new MailService(config, logger),
      logger: opts.logger ?? pino({ level: 'silent' }),
      payerClockOverrideMs: opts.payerClockOverrideMs,
    }),
  });
  const running = worker.run();
  let stopped: Promise<void> | undefined;
  return {
    worker,
    running,
    stop() {
      stopped ??= (async () => {
        if (worker.getState() === 'RUNNING') worker.shutdown();
        await running.catch(() => undefined);
        await connection.close();
        await ds.destroy();
      })();
      return stopped;
    },
  };
}
