import { AsyncLocalStorage } from 'node:async_hooks';
import { activeTraceId } from './job-trace';

/** Ids a log line carries besides the tenant and trace: which job or activity it belongs to. */
export interface LogIds {
  requestId?: string;
  jobId?: string;
  queue?: string;
  workflowId?: string;
  activity?: string;
  /** Where no TenantContext exists (a CLI run naming its tenant). */
  tenantId?: string;
}

/** Jobs, activities and CLI runs; not used on the GraphQL path (see {@link bindRequestId}). */
const storage = new AsyncLocalStorage<LogIds>();

export function runWithLogIds<T>(ids: LogIds, fn: () => T): T {
  return storage.run(ids, fn);
}

/**
 * Where the current tenant and GraphQL operation come from (TenantContext in server-db). Registered by
 * each process at start, so this lib imports nothing that tracing must patch first (pg, graphql).
 */
export interface LogContextSource {
  tenantId(): string | null | undefined;
  operation(): object | null;
}

let source: LogContextSource | null = null;

export function setLogContextSource(s: LogContextSource): void {
  source = s;
}

/**
 * GraphQL requests already run in the operation scope's async-local slot; keying the request id by
 * that scope avoids a second async-local store on the hot path.
 */
const requestIds = new WeakMap<object, string>();

export function bindRequestId(operation: object | null, requestId: string): void {
  if (operation) requestIds.set(operation, requestId);
}

/**
 * pino `mixin`: adds requestId / jobId / workflowId, tenantId and traceId to every line logged in a
 * request, job or activity. Ids only, never PHI.
 */
export function logCorrelation(): Record<string, string> {
  const out: Record<string, string> = {};
  const ids = storage.getStore();
  if (ids) Object.assign(out, ids);
  if (source) {
    const operation = source.operation();
    const requestId = operation ? requestIds.get(operation) : undefined;
    if (requestId) out.requestId = requestId;
    const tenantId = source.tenantId();
    if (tenantId) out.tenantId = tenantId;
  }
  const traceId = activeTraceId();
  if (traceId) out.traceId = traceId;
  return out;
}
