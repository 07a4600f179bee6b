import type { Sinks } from '@temporalio/workflow';
import type { ActivityInterceptorsFactory, InjectedSinks } from '@temporalio/worker';
import { runWithLogIds } from './log-context';
import { activityMetricsInterceptor, WorkflowStartMetricsInterceptor } from './temporal-metrics';
import {
  workerTracing,
  workflowClientTracingInterceptors,
  workflowTracingModules,
} from './temporal-tracing';
import type { WorkflowClientInterceptor } from '@temporalio/client';

/** Log lines written inside an activity name its workflow and activity type. */
const activityLogIds: ActivityInterceptorsFactory = (ctx) => ({
  inbound: {
    execute: (input, next) =>
      runWithLogIds(
        { workflowId: ctx.info.workflowExecution?.workflowId, activity: ctx.info.activityType },
        () => next(input),
      ),
  },
});

/** What the Temporal worker adds for logs, metrics and (when on) tracing. */
export function temporalWorkerObservability(): {
  activityInterceptors: ActivityInterceptorsFactory[];
  sinks: InjectedSinks<Sinks>;
  workflowInterceptorModules: string[];
} {
  const tracing = workerTracing();
  // Tracing first: the metric and log interceptors then run inside the activity's span.
  return {
    activityInterceptors: [...tracing.activity, activityMetricsInterceptor, activityLogIds],
    sinks: tracing.sinks,
    workflowInterceptorModules: workflowTracingModules(),
  };
}

/** Temporal client interceptors for the processes that start workflows (API, queue worker). */
export function temporalClientObservability(): WorkflowClientInterceptor[] {
  return [...workflowClientTracingInterceptors(), new WorkflowStartMetricsInterceptor()];
}
