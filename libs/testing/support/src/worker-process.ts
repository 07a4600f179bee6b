import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestApi } from './test-api';

const REPO_ROOT = resolve(__dirname, '../../../..');
/** The worker as users run it; `node scripts/build.mjs` writes it. */
export const WORKER_MAIN = join(REPO_ROOT, 'dist/apps/worker/src/main.js');
const READY = 'Claimlane worker running';

export interface WorkerProcesses {
  /** Spawns `node dist/apps/worker/src/main.js` and resolves once it takes jobs. */
  start(env?: Record<string, string>): Promise<ChildProcess>;
  /** `kill -9`, resolved once the process is gone (no shutdown hook runs). */
  kill(child: ChildProcess): Promise<void>;
  /** SIGKILLs every worker still running (for afterEach). */
  killAll(): void;
}

/**
 * Real worker processes on a test API's database, Redis prefix and data folder, for crash tests:
 * a `kill -9` of a real process is the only honest way to show a job survives its worker. `env`
 * adds to the settings every crash test needs (a short lock, so a dead worker's job comes back
 * in about two seconds). `api` is read at start, so the harness can be made before `beforeAll`.
 */
export function workerProcesses(
  api: () => Pick<TestApi, 'db' | 'config'>,
  env: Record<string, string> = {},
): WorkerProcesses {
  const running: ChildProcess[] = [];
  return {
    start(extra = {}) {
      if (!existsSync(WORKER_MAIN))
        throw new Error(`${WORKER_MAIN} is missing: run node scripts/build.mjs first`);
      const { db, config } = api();
      const childEnv: NodeJS.ProcessEnv = {
        ...process.env,
        NODE_ENV: 'test',
        DATABASE_APP_URL: db.appUrl,
        REDIS_URL: config.REDIS_URL,
        REDIS_KEY_PREFIX: config.REDIS_KEY_PREFIX,
        DATA_DIR: config.DATA_DIR,
        QUEUE_LOCK_MS: '2000',
        WORKER_SHUTDOWN_GRACE_MS: '1000',
        LOG_LEVEL: 'warn',
        ...(config.TEMPORAL_ADDRESS ? { TEMPORAL_ADDRESS: config.TEMPORAL_ADDRESS } : {}),
        TEMPORAL_TASK_QUEUE: config.TEMPORAL_TASK_QUEUE,
        ...env,
        ...extra,
      };
      // The worker connects as claimlane_app only; the owner URL must not leak into it.
      delete childEnv.DATABASE_URL;
      const child = spawn(process.execPath, [WORKER_MAIN], {
        cwd: REPO_ROOT,
        env: childEnv,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      running.push(child);
      return new Promise((ready, fail) => {
        let out = '';
        child.stdout!.setEncoding('utf8').on('data', (d: string) => {
          out += d;
          if (out.includes(READY)) ready(child);
        });
        child.stderr!.setEncoding('utf8').on('data', (d: string) => (out += d));
        child.on('exit', (code) => fail(new Error(`worker exited (${code}): ${out.slice(-2000)}`)));
      });
    },
    async kill(child) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const gone = new Promise((r) => child.once('exit', r));
      child.kill('SIGKILL');
      await gone;
    },
    killAll() {
      for (const w of running.splice(0)) if (w.exitCode === null) w.kill('SIGKILL');
    },
  };
}
