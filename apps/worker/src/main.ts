import './instrument';
import 'reflect-metadata';
import { loadConfig } from '@claimlane/server-config';
import { createRuntime } from '@claimlane/server-api';
import { TenantJobDeps } from '@claimlane/server-queue';
import { createWorkerApp } from './create-worker-app';

/**
 * `npm run worker`: every BullMQ processor (see worker.module.ts) against
 * DATABASE_APP_URL and REDIS_URL. SIGTERM/SIGINT drain it: in-flight jobs get
 * WORKER_SHUTDOWN_GRACE_MS to finish, the rest go back to the queue.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const runtime = await createRuntime(config, undefined, { service: 'worker' });
  const log = runtime.logger.child({ app: 'worker' });
  const app = await createWorkerApp(runtime);
  log.info({ event: 'worker.started' }, 'queue worker running');
  const queues = [...app.get(TenantJobDeps).workers].map((w) => w.name).sort();
  console.log(`Claimlane worker running (BullMQ queues: ${queues.join(', ')})`);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ event: 'worker.shutdown', signal }, 'draining');
    await app.close();
    await runtime.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((e: unknown) => {
  console.error(`worker failed to start: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
