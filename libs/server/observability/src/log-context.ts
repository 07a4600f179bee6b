import { AsyncLocalStorage } from 'node:async_hooks';
import { TenantContext, type OperationScope } from '@claimlane/server-db';
import { activeTraceId } from './job-trace';

/** Ids a log line carries besides the tenant and trace: which job or activity it belongs to. */
export interface LogIds {
  requestId?: string;
  jobId?: string;
  queue?: string;
  workflowId?: string;
  activity?: string;
}

/** Jobs, activities and CLI runs; not used on the GraphQL path (see {@link bindRequestId}). */
const storage = new AsyncLocalStorage<LogIds>();

export function runWithLogIds<T>(ids: LogIds, fn: () => T): T {
  return storage.run(ids, fn);
}

/**
 * GraphQL requests already run in the operation scope's async-local slot; keying the request id by
 * that scope avoids a second async-local store on the hot path.
 */
const requestIds = new WeakMap<OperationScope, string>();

export function bindRequestId(operation: OperationScope | null, requestId: string): void {
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
  const operation = TenantContext.operation();
  const requestId = operation ? requestIds.get(operation) : undefined;
  if (requestId) out.requestId = requestId;
  const tenantId = TenantContext.peek()?.tenantId;
  if (tenantId) out.tenantId = tenantId;
  const traceId = activeTraceId();
  if (traceId) out.traceId = traceId;
  return out;
}
