import type { Instrumentation } from '@opentelemetry/instrumentation';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { IORedisInstrumentation } from '@opentelemetry/instrumentation-ioredis';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';

const UNTRACED_PATHS = new Set(['/health', '/ready', '/metrics']);

/**
 * What is traced, and what never leaves the process: no GraphQL variable values, no SQL parameters,
 * no Redis arguments (keys and job data), no query strings (all can carry identifiers or PHI).
 */
export function instrumentations(): Instrumentation[] {
  return [
    new HttpInstrumentation({
      ignoreIncomingRequestHook: (req) => UNTRACED_PATHS.has((req.url ?? '').split('?')[0]!),
      applyCustomAttributesOnSpan: (span, req) => {
        const url = 'url' in req && typeof req.url === 'string' ? req.url : undefined;
        if (!url?.includes('?')) return;
        const path = url.split('?')[0]!;
        span.setAttributes({ 'http.target': path, 'http.url': path });
      },
    }),
    // Resolver spans are off: one span per field costs more than the field on list queries.
    new GraphQLInstrumentation({ allowValues: false, ignoreResolveSpans: true, mergeItems: true }),
    new PgInstrumentation({ enhancedDatabaseReporting: false, requireParentSpan: true }),
    // Queue workers poll Redis all the time: only commands inside a traced operation get spans.
    new IORedisInstrumentation({
      requireParentSpan: true,
      dbStatementSerializer: (cmdName) => cmdName,
    }),
  ];
}
