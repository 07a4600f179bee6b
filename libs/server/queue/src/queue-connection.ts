import type { ConnectionOptions } from 'bullmq';
import type { AppConfig } from '@claimlane/server-config';

/**
 * BullMQ opens its own connections (a worker needs a blocking one), so it gets the URL, not the
 * API's shared ioredis client. Workers need `maxRetriesPerRequest: null`: a blocking command must
 * wait through a Redis restart instead of failing the job loop.
 */
export function bullConnection(config: Pick<AppConfig, 'REDIS_URL'>): ConnectionOptions {
  return { url: config.REDIS_URL, maxRetriesPerRequest: null };
}

/**
 * BullMQ forbids an ioredis `keyPrefix` and has its own `prefix`; it follows REDIS_KEY_PREFIX so
 * deployments and test files sharing one Redis never see each other's queues.
 */
export function bullPrefix(config: Pick<AppConfig, 'REDIS_KEY_PREFIX'>): string {
  return `${config.REDIS_KEY_PREFIX}bull`;
}
