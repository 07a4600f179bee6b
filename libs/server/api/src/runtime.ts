import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { AppConfig } from '@claimlane/server-config';
import { TenantDatabase, createAppDataSource } from '@claimlane/server-db';
import { createLogger, type CoreDeps } from '@claimlane/server-common';

export interface Runtime extends CoreDeps {
  close(): Promise<void>;
}

/** Connects the process-wide resources the API needs (DATABASE_APP_URL as claimlane_app, Redis). */
export async function createRuntime(config: AppConfig, logger?: Logger): Promise<Runtime> {
  const log = logger ?? createLogger(config.LOG_LEVEL);
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
  return {
    config,
    db: new TenantDatabase(ds),
    redis,
    logger: log,
    close: async () => {
      redis.disconnect();
      await ds.destroy();
    },
  };
}
