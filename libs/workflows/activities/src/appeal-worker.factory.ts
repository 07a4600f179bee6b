import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import {
  bundleWorkflowCode,
  NativeConnection,
  Worker,
  type ActivityInterceptorsFactory,
  type InjectedSinks,
  type WorkflowBundleWithSourceMap,
} from '@temporalio/worker';
import type { Sinks } from '@temporalio/workflow';
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
  workflowInterceptorModules: string[] = [],
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
    workflowInterceptorModules,
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

/** Source folders whose code ends up in the workflow bundle. */
const BUNDLED_SOURCES = ['libs/workflows/appeals/src', 'libs/domain', 'libs/shared/contracts/src'];

/** Hash of everything the bundle is made from, so a stale prebuilt bundle is never used. */
export function workflowSourcesHash(root = repoRoot()): string {
  const h = createHash('sha256');
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.ts') && !/\.(int-)?spec\.ts$|\.bench\.ts$/.test(name))
        h.update(p.slice(root.length)).update(readFileSync(p));
    }
  };
  for (const d of BUNDLED_SOURCES) walk(join(root, d));
  return h.digest('hex');
}

/** Bundles ahead of time (production build): writes the bundle and the hash of its sources. */
export async function writeAppealWorkflowBundle(root = repoRoot()): Promise<string> {
  const { code } = await bundleAppealWorkflows(root);
  const file = join(root, PREBUILT_BUNDLE);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, code);
  writeFileSync(`${file}.sha256`, workflowSourcesHash(root));
  return file;
}

/**
 * The prebuilt bundle when it matches the sources (production), otherwise a fresh bundle from the
 * sources (development and tests).
 */
export async function loadAppealWorkflowBundle(
  root = repoRoot(),
  workflowInterceptorModules: string[] = [],
): Promise<{ code: string; prebuilt: boolean }> {
  // The prebuilt bundle has no interceptors; with tracing on the worker bundles its own.
  if (workflowInterceptorModules.length > 0)
    return { ...(await bundleAppealWorkflows(root, workflowInterceptorModules)), prebuilt: false };
  const prebuilt = join(root, PREBUILT_BUNDLE);
  if (existsSync(prebuilt) && existsSync(`${prebuilt}.sha256`)) {
    const sources = existsSync(join(root, BUNDLED_SOURCES[0]!)) ? workflowSourcesHash(root) : null;
    // Without sources (a deploy image ships only dist) the prebuilt bundle is the only truth.
    if (sources === null || readFileSync(`${prebuilt}.sha256`, 'utf8') === sources) {
      return { code: readFileSync(prebuilt, 'utf8'), prebuilt: true };
    }
  }
  return { ...(await bundleAppealWorkflows(root)), prebuilt: false };
}

export interface AppealWorkerOptions {
  connection: NativeConnection;
  namespace?: string;
  taskQueue?: string;
  activities: AppealActivities;
  workflowBundle: { code: string };
  maxConcurrentActivityTaskExecutions?: number;
  maxConcurrentWorkflowTaskExecutions?: number;
  /** Sticky cache size (0 = no sticky execution) and how long a task waits for its sticky worker. */
  maxCachedWorkflows?: number;
  stickyQueueScheduleToStartTimeoutMs?: number;
  /** Logs, metrics and tracing (`temporalWorkerObservability()`); the bundle must match its modules. */
  activityInterceptors?: ActivityInterceptorsFactory[];
  sinks?: InjectedSinks<Sinks>;
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
    ...(opts.maxConcurrentWorkflowTaskExecutions === undefined
      ? {}
      : { maxConcurrentWorkflowTaskExecutions: opts.maxConcurrentWorkflowTaskExecutions }),
    ...(opts.maxCachedWorkflows === undefined
      ? {}
      : { maxCachedWorkflows: opts.maxCachedWorkflows }),
    ...(opts.stickyQueueScheduleToStartTimeoutMs === undefined
      ? {}
      : { stickyQueueScheduleToStartTimeout: opts.stickyQueueScheduleToStartTimeoutMs }),
    shutdownGraceTime: '10 seconds',
    interceptors: { activity: opts.activityInterceptors ?? [] },
    sinks: opts.sinks,
  });
}
