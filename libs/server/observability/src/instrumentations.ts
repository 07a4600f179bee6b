import type { Instrumentation } from '@opentelemetry/instrumentation';

/* eslint-disable @typescript-eslint/no-require-imports */
// Required only when tracing starts: constructing an instrumentation patches its module.
const load = () => ({
  ...(require('@opentelemetry/instrumentation-graphql') as typeof import('@opentelemetry/instrumentation-graphql')),
  ...(require('@opentelemetry/instrumentation-http') as typeof import('@opentelemetry/instrumentation-http')),
  ...(require('@opentelemetry/instrumentation-ioredis') as typeof import('@opentelemetry/instrumentation-ioredis')),
  ...(require('@opentelemetry/instrumentation-pg') as typeof import('@opentelemetry/instrumentation-pg')),
});
/* eslint-enable @typescript-eslint/no-require-imports */

const UNTRACED_PATHS = new Set(['/health', '/ready', '/metrics']);

/**
 * What is traced, and what never leaves the process: no GraphQL variable values, no SQL parameters,
 * no Redis arguments (keys and job data), no query strings (all can carry identifiers or PHI).
 */
export function instrumentations(): Instrumentation[] {
  const { GraphQLInstrumentation, HttpInstrumentation, IORedisInstrumentation, PgInstrumentation } =
    load();
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
