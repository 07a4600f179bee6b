import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { AppConfig } from '@claimlane/server-config';
import {
  StaleReadDatabase,
  TenantContext,
  TenantDatabase,
  createAppDataSource,
} from '@claimlane/server-db';
import { createLogger, type CoreDeps } from '@claimlane/server-common';
import { AppealWorkflowClient, parseAppealTiming } from '@claimlane/workflows-client';
import {
  logCorrelation,
  registerPoolMetrics,
  setLogContextSource,
  startMetricsServer,
  temporalClientObservability,
  type MetricsServer,
} from '@claimlane/server-observability';

export interface Runtime extends CoreDeps {
  /** Appeal workflows; null when TEMPORAL_ADDRESS is not set (process mutations then answer SERVICE_UNAVAILABLE). */
  workflows: AppealWorkflowClient | null;
  /** The Prometheus endpoint when METRICS_PORT is set. */
  metrics: MetricsServer | null;
  close(): Promise<void>;
}

/** Connects the process-wide resources the API needs (DATABASE_APP_URL as claimlane_app, Redis). */
export async function createRuntime(
  config: AppConfig,
  logger?: Logger,
  opts: { service?: string } = {},
): Promise<Runtime> {
  const service = opts.service ?? 'api';
  setLogContextSource({
    tenantId: () => TenantContext.peek()?.tenantId,
    operation: () => TenantContext.operation(),
  });
  const log = logger ?? createLogger(config.LOG_LEVEL, { mixin: logCorrelation });
  if (!config.DATABASE_APP_URL)
    throw new Error('DATABASE_APP_URL is not set (the runtime role connection)');
  const ds = createAppDataSource({
    url: config.DATABASE_APP_URL,
    poolSize: config.DATABASE_POOL_SIZE,
    applicationName: 'claimlane-api',
  });
  await ds.initialize();
  const redis = new Redis(config.REDIS_URL, {
    lazyConnect: true,
    maxRetriesPerRequest: 2,
    enableOfflineQueue: true,
    keyPrefix: config.REDIS_KEY_PREFIX,
  });
  redis.on('error', (e: Error) =>
    log.warn({ event: 'redis.error', errName: e.name }, 'redis connection problem'),
  );
  await redis
    .connect()
    .catch((e: unknown) =>
      log.warn({ event: 'redis.unavailable', errName: (e as Error).name }, 'redis not reachable'),
    );
  const workflows = config.TEMPORAL_ADDRESS
    ? await AppealWorkflowClient.connect({
        address: config.TEMPORAL_ADDRESS,
        namespace: config.TEMPORAL_NAMESPACE,
        taskQueue: config.TEMPORAL_TASK_QUEUE,
        timing: parseAppealTiming({
          reminderOffsets: config.APPEAL_REMINDER_OFFSETS,
          recordsFollowUp: config.APPEAL_RECORDS_FOLLOW_UP,
          protectiveLead: config.APPEAL_PROTECTIVE_LEAD,
          missedGrace: config.APPEAL_MISSED_GRACE,
          continueAsNewAfterEvents: config.APPEAL_CONTINUE_AS_NEW_AFTER,
        }),
        interceptors: temporalClientObservability(),
      })
    : null;
  if (!workflows)
    log.warn(
      { event: 'temporal.not_configured' },
      'TEMPORAL_ADDRESS not set: appeal workflows are off',
    );
  const db = new TenantDatabase(ds);
  registerPoolMetrics(service, ds, db.gate);
  const replicaDs = config.DATABASE_REPLICA_URL
    ? createAppDataSource({
        url: config.DATABASE_REPLICA_URL,
        poolSize: config.DATABASE_REPLICA_POOL_SIZE,
        applicationName: `claimlane-${service}-replica`,
      })
    : null;
  await replicaDs?.initialize();
  const staleReads = new StaleReadDatabase(db, replicaDs ? new TenantDatabase(replicaDs) : null);
  const metrics =
    config.METRICS_PORT === undefined
      ? null
      : await startMetricsServer({ port: config.METRICS_PORT, host: config.METRICS_HOST, service });
  db.onAfterCommitError = (e) =>
    log.error(
      { event: 'after_commit.failed', errName: e instanceof Error ? e.name : 'unknown' },
      'follow-up after commit failed',
    );
  return {
    config,
    workflows,
    db,
    staleReads,
    redis,
    logger: log,
    metrics,
    close: async () => {
      await metrics?.close();
      await workflows?.close();
      redis.disconnect();
      await ds.destroy();
      await replicaDs?.destroy();
    },
  };
}
