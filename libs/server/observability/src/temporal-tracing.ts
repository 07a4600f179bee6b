import type { WorkflowClientInterceptor } from '@temporalio/client';
import type { Sinks } from '@temporalio/workflow';
import type { InjectedSinks, WorkerInterceptors } from '@temporalio/worker';
import { tracingHandle } from './tracing';

/* eslint-disable @typescript-eslint/no-require-imports */
type OtelInterceptors = typeof import('@temporalio/interceptors-opentelemetry');
// Loaded only with tracing on: the package pulls in the SDK's tracing classes.
const otel = (): OtelInterceptors =>
  require('@temporalio/interceptors-opentelemetry') as OtelInterceptors;
/* eslint-enable @typescript-eslint/no-require-imports */

/** Temporal client interceptors that put the caller's trace context in the workflow headers. */
export function workflowClientTracingInterceptors(): WorkflowClientInterceptor[] {
  return tracingHandle() ? [new (otel().OpenTelemetryWorkflowClientInterceptor)()] : [];
}

/**
 * The workflow-side interceptor module, bundled into the workflow code only when tracing is on
 * (a bundle without it schedules activities without trace headers and records no workflow spans).
 */
export function workflowTracingModules(): string[] {
  return tracingHandle()
    ? [require.resolve('@temporalio/interceptors-opentelemetry/lib/workflow-interceptors')]
    : [];
}

/** Activity interceptors (a span per activity, child of the workflow's) and the workflow span sink. */
export function workerTracing(): {
  activity: NonNullable<WorkerInterceptors['activity']>;
  sinks: InjectedSinks<Sinks>;
} {
  const handle = tracingHandle();
  if (!handle) return { activity: [], sinks: {} };
  const o = otel();
  return {
    activity: [
      (ctx) => ({
        inbound: new o.OpenTelemetryActivityInboundInterceptor(ctx),
        outbound: new o.OpenTelemetryActivityOutboundInterceptor(ctx),
      }),
    ],
    sinks: { exporter: o.makeWorkflowExporter(handle.spanProcessor, handle.resource) },
  };
}
