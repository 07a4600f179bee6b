import './instrument';
import 'reflect-metadata';
import { NativeConnection } from '@temporalio/worker';
import { msToNumber } from '@temporalio/common';
import { loadConfig } from '@claimlane/server-config';
import { TenantContext, TenantDatabase, createAppDataSource } from '@claimlane/server-db';
import { createLogger } from '@claimlane/server-common';
import {
  logCorrelation,
  registerPoolMetrics,
  setLogContextSource,
  startMetricsServer,
  temporalWorkerObservability,
} from '@claimlane/server-observability';
import {
  createActivities,
  createAppealWorker,
  loadAppealWorkflowBundle,
} from '@claimlane/workflows-activities';
import { MailService } from '@claimlane/server-notifications';

/** The Temporal worker: appeal workflows and their activities. Stops gracefully on SIGINT/SIGTERM. */
async function main(): Promise<void> {
  const config = loadConfig();
  setLogContextSource({ tenantId: () => TenantContext.peek()?.tenantId, operation: () => null });
  const log = createLogger(config.LOG_LEVEL, { mixin: logCorrelation }).child({
    app: 'temporal-worker',
  });
  if (!config.TEMPORAL_ADDRESS) throw new Error('TEMPORAL_ADDRESS is not set');
  if (!config.DATABASE_APP_URL) throw new Error('DATABASE_APP_URL is not set');
  const ds = createAppDataSource({
    url: config.DATABASE_APP_URL,
    poolSize: config.DATABASE_POOL_SIZE,
    applicationName: 'claimlane-temporal-worker',
  });
  await ds.initialize();
  const metrics =
    config.METRICS_PORT === undefined
      ? null
      : await startMetricsServer({
          port: config.METRICS_PORT,
          host: config.METRICS_HOST,
          service: 'temporal-worker',
        });
  const db = new TenantDatabase(ds);
  registerPoolMetrics('temporal-worker', ds, db.gate);
  const observability = temporalWorkerObservability();
  const connection = await NativeConnection.connect({ address: config.TEMPORAL_ADDRESS });
  const worker = await createAppealWorker({
    connection,
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    workflowBundle: await loadAppealWorkflowBundle(
      undefined,
      observability.workflowInterceptorModules,
    ),
    maxConcurrentActivityTaskExecutions: config.TEMPORAL_MAX_CONCURRENT_ACTIVITIES,
    maxConcurrentWorkflowTaskExecutions: config.TEMPORAL_MAX_CONCURRENT_WORKFLOW_TASKS,
    maxCachedWorkflows: config.TEMPORAL_MAX_CACHED_WORKFLOWS,
    stickyQueueScheduleToStartTimeoutMs: config.TEMPORAL_STICKY_QUEUE_TIMEOUT_MS,
    activityInterceptors: observability.activityInterceptors,
    sinks: observability.sinks,
    activities: createActivities({
      db,
      // The same mail service the API uses: SMTP when SMTP_URL is set, else the log-to-folder transport.
      mailer: new MailService(config, log),
      logger: log,
      appUrl: config.APP_PUBLIC_URL,
      payerClockOverrideMs: config.PAYER_CLOCK_OVERRIDE
        ? msToNumber(config.PAYER_CLOCK_OVERRIDE as Parameters<typeof msToNumber>[0])
        : undefined,
    }),
  });
  const stop = () => {
    log.info({ event: 'worker.shutdown' }, 'shutting down');
    worker.shutdown();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  log.info(
    { event: 'worker.started', taskQueue: config.TEMPORAL_TASK_QUEUE },
    'temporal worker running',
  );
  console.log(`Claimlane Temporal worker running on task queue ${config.TEMPORAL_TASK_QUEUE}`);
  await worker.run();
  await connection.close();
  await ds.destroy();
  await metrics?.close();
}

main().catch((e: unknown) => {
  console.error(`temporal worker failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
