import { WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';

/**
 * gRPC statuses the Temporal frontend answers while it cannot take a request now but may later:
 * CANCELLED (1) and DEADLINE_EXCEEDED (4) when our own deadline ran out, RESOURCE_EXHAUSTED (8)
 * under rate limits, FAILED_PRECONDITION (9) for an update the workflow is not ready to admit (its
 * workflow task failed or is being retried on a new worker), ABORTED (10) on a lost race inside the
 * server, UNAVAILABLE (14) while the frontend is unreachable.
 */
const TRANSIENT_GRPC_CODES = new Set([1, 4, 8, 9, 10, 14]);

/** Statuses after which the request may have been taken and may still apply. */
const OUTCOME_UNKNOWN_CODES = new Set([1, 4, 14]);

export type TransientKind = 'not_taken' | 'outcome_unknown';

/** Whether an error from the Temporal client means "try again later", and whether it may still apply. */
export function transientEngineError(e: unknown): TransientKind | null {
  if (e instanceof WorkflowUpdateRPCTimeoutOrCancelledError) return 'outcome_unknown';
  for (
    let cur = e as { code?: unknown; cause?: unknown } | undefined;
    cur;
    cur = cur.cause as typeof cur
  ) {
    if (typeof cur.code === 'number' && TRANSIENT_GRPC_CODES.has(cur.code))
      return OUTCOME_UNKNOWN_CODES.has(cur.code) ? 'outcome_unknown' : 'not_taken';
  }
  return /deadline exceeded/i.test(String((e as { message?: unknown })?.message ?? ''))
    ? 'outcome_unknown'
    : null;
}

/** No answer in time, or the engine would not take the request: the caller may retry later. */
export class WorkflowUnavailableError extends Error {
  constructor(
    message: string,
    /** false when the engine said it did not take the request: nothing will apply later. */
    readonly mayApplyLater = true,
  ) {
    super(message);
  }
}

/**
 * Runs `attempt` again while it fails transiently and the deadline allows another try, then turns a
 * last transient failure into WorkflowUnavailableError. `attempt` must be idempotent (a workflow start
 * that tolerates "already started", an update with a fixed update id).
 */
export async function retryWhileTransient<T>(
  attempt: () => Promise<T>,
  deadlineAt: number,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
): Promise<T> {
  for (let pauseMs = 100; ; pauseMs = Math.min(pauseMs * 2, 1000)) {
    try {
      return await attempt();
    } catch (e) {
      const kind = transientEngineError(e);
      if (!kind) throw e;
      if (Date.now() + pauseMs >= deadlineAt)
        throw new WorkflowUnavailableError(
          'The appeal process engine did not answer in time',
          kind === 'outcome_unknown',
        );
      await sleep(pauseMs);
    }
  }
}
