import type { WorkerOptions } from 'bullmq';
import { configSchema } from '@claimlane/server-config';

/**
 * Worker options for `@Processor(queue, processorOptions())`. Decorators run at import time, before
 * Nest has a config object, so the lock settings are read from the environment here with the same
 * schema. A crashed worker's job (lock not renewed) returns to `wait` after about QUEUE_LOCK_MS; it
 * may stall twice before it counts as failed.
 */
export function processorOptions(
  env: NodeJS.ProcessEnv = process.env,
): Pick<WorkerOptions, 'lockDuration' | 'stalledInterval' | 'maxStalledCount'> {
  const { QUEUE_LOCK_MS } = configSchema.pick({ QUEUE_LOCK_MS: true }).parse(env);
  return { lockDuration: QUEUE_LOCK_MS, stalledInterval: QUEUE_LOCK_MS, maxStalledCount: 2 };
}
