import {
  SpanKind,
  SpanStatusCode,
  context,
  propagation,
  trace,
  type Span,
} from '@opentelemetry/api';
import { tracingEnabled } from './tracing';

/** The W3C trace context a job carries in its payload (`traceparent`, `tracestate`). */
export type TraceCarrier = Record<string, string>;

/** Field of the BullMQ job data that holds the carrier; payload schemas strip it before handlers run. */
export const JOB_TRACE_FIELD = '_trace';

const tracer = () => trace.getTracer('claimlane-queue');

/**
 * Runs the enqueue in a producer span and returns the job data with the span's context attached,
 * so the worker's span joins the same trace. Without tracing it returns the data untouched.
 */
export async function withJobTraceContext<D extends object, R>(
  queue: string,
  data: D,
  add: (data: D) => Promise<R>,
): Promise<R> {
  if (!tracingEnabled()) return add(data);
  return tracer().startActiveSpan(
    `queue.enqueue ${queue}`,
    {
      kind: SpanKind.PRODUCER,
      attributes: { 'messaging.system': 'bullmq', 'messaging.destination.name': queue },
    },
    async (span) => {
      const carrier: TraceCarrier = {};
      propagation.inject(context.active(), carrier);
      try {
        return await add({ ...data, [JOB_TRACE_FIELD]: carrier });
      } catch (e) {
        failSpan(span, e);
        throw e;
      } finally {
        span.end();
      }
    },
  );
}

/** Runs a job's processing in a consumer span whose parent is the context the producer injected. */
export async function runInJobSpan<R>(
  queue: string,
  jobId: string,
  rawData: unknown,
  fn: () => Promise<R>,
): Promise<R> {
  if (!tracingEnabled()) return fn();
  const carrier =
    rawData && typeof rawData === 'object'
      ? ((rawData as Record<string, unknown>)[JOB_TRACE_FIELD] as TraceCarrier | undefined)
      : undefined;
  const parent = carrier ? propagation.extract(context.active(), carrier) : context.active();
  return tracer().startActiveSpan(
    `queue.process ${queue}`,
    {
      kind: SpanKind.CONSUMER,
      attributes: {
        'messaging.system': 'bullmq',
        'messaging.destination.name': queue,
        'messaging.message.id': jobId,
      },
    },
    parent,
    async (span) => {
      try {
        return await fn();
      } catch (e) {
        failSpan(span, e);
        throw e;
      } finally {
        span.end();
      }
    },
  );
}

/** Error name only: messages can quote data (a constraint's row, a letter line). */
function failSpan(span: Span, e: unknown): void {
  span.setStatus({ code: SpanStatusCode.ERROR, message: e instanceof Error ? e.name : 'error' });
}

/** The active trace id, for log lines; undefined outside a sampled span or with tracing off. */
export function activeTraceId(): string | undefined {
  if (!tracingEnabled()) return undefined;
  const ctx = trace.getSpan(context.active())?.spanContext();
  return ctx && ctx.traceId !== '00000000000000000000000000000000' ? ctx.traceId : undefined;
}
