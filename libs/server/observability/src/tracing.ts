import type { SpanExporter, SpanProcessor } from '@opentelemetry/sdk-trace-base';
import type { Resource } from '@opentelemetry/resources';
import { instrumentations } from './instrumentations';

export interface TracingOptions {
  serviceName: string;
  /** OTLP/HTTP collector base URL (e.g. http://otel-collector:4318); spans go to `<url>/v1/traces`. */
  otlpEndpoint?: string;
  /** Tests: an in-memory exporter, exported synchronously (SimpleSpanProcessor). */
  exporter?: SpanExporter;
}

export interface TracingHandle {
  readonly spanProcessor: SpanProcessor;
  readonly resource: Resource;
  shutdown(): Promise<void>;
}

let active: TracingHandle | null = null;

/** True once {@link startTracing} ran with an exporter: every other helper is a no-op until then. */
export function tracingEnabled(): boolean {
  return active !== null;
}

export function tracingHandle(): TracingHandle | null {
  return active;
}

/**
 * Starts the OpenTelemetry Node SDK with the HTTP, GraphQL, pg and ioredis instrumentations. Off unless
 * an exporter is configured: with no OTLP endpoint nothing is loaded or patched, so the request path
 * pays nothing. Must run before the instrumented modules are first required (each app's
 * `instrument.ts` is its first import).
 */
export function startTracing(opts: TracingOptions): TracingHandle | null {
  if (active) return active;
  if (!opts.exporter && !opts.otlpEndpoint) return null;
  // Loaded only when tracing is on (the SDK and instrumentations are large and patch modules on load).
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { NodeSDK } =
    require('@opentelemetry/sdk-node') as typeof import('@opentelemetry/sdk-node');
  const traceBase =
    require('@opentelemetry/sdk-trace-base') as typeof import('@opentelemetry/sdk-trace-base');
  const { Resource } =
    require('@opentelemetry/resources') as typeof import('@opentelemetry/resources');
  const resource = new Resource({ 'service.name': opts.serviceName });
  let spanProcessor: SpanProcessor;
  if (opts.exporter) {
    spanProcessor = new traceBase.SimpleSpanProcessor(opts.exporter);
  } else {
    const otlp =
      require('@opentelemetry/exporter-trace-otlp-http') as typeof import('@opentelemetry/exporter-trace-otlp-http');
    const url = `${opts.otlpEndpoint!.replace(/\/+$/, '')}/v1/traces`;
    spanProcessor = new traceBase.BatchSpanProcessor(new otlp.OTLPTraceExporter({ url }));
  }
  /* eslint-enable @typescript-eslint/no-require-imports */
  const sdk = new NodeSDK({
    resource,
    autoDetectResources: false,
    spanProcessors: [spanProcessor],
    instrumentations: instrumentations(),
  });
  sdk.start();
  active = {
    spanProcessor,
    resource,
    shutdown: async () => {
      active = null;
      await sdk.shutdown();
    },
  };
  return active;
}
