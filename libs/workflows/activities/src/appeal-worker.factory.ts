import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import {
  bundleWorkflowCode,
  NativeConnection,
  Worker,
  type WorkflowBundleWithSourceMap,
} from '@temporalio/worker';
import { APPEALS_TASK_QUEUE, type AppealActivities } from '@claimlane/shared-contracts';

/** The repo root (where tsconfig.base.json is), from either the TS sources or the compiled dist. */
export function repoRoot(from = __dirname): string {
  let dir = resolve(from);
  while (!existsSync(join(dir, 'tsconfig.base.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('tsconfig.base.json not found above ' + from);
    dir = up;
  }
  return dir;
}

export const PREBUILT_BUNDLE = 'dist/workflow-bundle/appeals.js';

/**
 * Bundles the workflow code (libs/workflows/appeals) with Temporal's bundler, resolving the
 * `@claimlane/*` aliases the workflow imports. Production ships the prebuilt bundle instead.
 */
export async function bundleAppealWorkflows(
  root = repoRoot(),
): Promise<WorkflowBundleWithSourceMap> {
  const tsconfig = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8')) as {
    compilerOptions: { paths: Record<string, string[]> };
  };
  const alias = Object.fromEntries(
    Object.entries(tsconfig.compilerOptions.paths).map(([name, [target]]) => [
      `${name}$`,
      join(root, target as string),
    ]),
  );
  return bundleWorkflowCode({
    workflowsPath: join(root, 'libs/workflows/appeals/src/index.ts'),
    webpackConfigHook: (config) => {
      config.resolve = {
        ...config.resolve,
        alias: { ...(config.resolve?.alias as Record<string, string | false>), ...alias },
      };
      return config;
    },
    logger: {
      log: () => undefined,
      trace: () => undefined,
      debug: () => undefined,
      info: () => undefined,
      warn: () => undefined,
      error: (m: string) => console.error(m),
    },
  });
}

/** Loads the prebuilt bundle when present (production), else bundles from source (development, tests). */
export async function loadAppealWorkflowBundle(root = repoRoot()): Promise<{ code: string }> {
  const prebuilt = join(root, PREBUILT_BUNDLE);
  if (existsSync(prebuilt)) return { code: readFileSync(prebuilt, 'utf8') };
  return bundleAppealWorkflows(root);
}

export interface AppealWorkerOptions {
  connection: NativeConnection;
  namespace?: string;
  taskQueue?: string;
  activities: AppealActivities;
  workflowBundle: { code: string };
  maxConcurrentActivityTaskExecutions?: number;
}

export function createAppealWorker(opts: AppealWorkerOptions): Promise<Worker> {
  return Worker.create({
    connection: opts.connection,
    namespace: opts.namespace ?? 'default',
    taskQueue: opts.taskQueue ?? APPEALS_TASK_QUEUE,
    workflowBundle: opts.workflowBundle,
    activities: opts.activities as unknown as Record<
      string,
      (...args: unknown[]) => Promise<unknown>
    >,
    maxConcurrentActivityTaskExecutions: opts.maxConcurrentActivityTaskExecutions ?? 50,
    shutdownGraceTime: '10 seconds',
  });
}
