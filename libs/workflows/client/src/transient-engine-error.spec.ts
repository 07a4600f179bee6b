import { ServiceError, WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';
import { describe, expect, it } from 'vitest';
import {
  WorkflowUnavailableError,
  retryWhileTransient,
  transientEngineError,
} from './transient-engine-error';

/** The shape the Temporal client throws: its ServiceError around a gRPC status error. */
function grpcFailure(code: number, details: string): ServiceError {
  return new ServiceError('Failed to execute update', {
    cause: Object.assign(new Error(`${code} ${details}`), { code, details }),
  });
}

describe('transientEngineError', () => {
  it.each([
    [9, 'workflow is not ready to handle updates', 'not_taken'],
    [8, 'namespace rate limit exceeded', 'not_taken'],
    [10, 'update was aborted', 'not_taken'],
    [14, 'connection refused', 'outcome_unknown'],
    [4, 'deadline exceeded', 'outcome_unknown'],
  ] as const)('reads gRPC %i (%s) as %s', (code, details, kind) => {
    expect(transientEngineError(grpcFailure(code, details))).toBe(kind);
  });

  it('reads a lost update answer as outcome unknown', () => {
    expect(transientEngineError(new WorkflowUpdateRPCTimeoutOrCancelledError('timed out'))).toBe(
      'outcome_unknown',
    );
  });

  it.each([
    ['NOT_FOUND', grpcFailure(5, 'namespace not found')],
    ['INVALID_ARGUMENT', grpcFailure(3, 'bad request')],
    ['a plain error', new Error('boom')],
  ])('does not retry %s', (_name, error) => {
    expect(transientEngineError(error)).toBeNull();
  });
});

describe('retryWhileTransient', () => {
  it('tries again after a refusal to admit and returns the later answer', async () => {
    const pauses: number[] = [];
    let calls = 0;
    const result = await retryWhileTransient(
      async () => {
        calls += 1;
        if (calls < 3) throw grpcFailure(9, 'workflow is not ready to handle updates');
        return 'records_requested';
      },
      Date.now() + 60_000,
      async (ms) => {
        pauses.push(ms);
      },
    );
    expect(result).toBe('records_requested');
    expect(calls).toBe(3);
    expect(pauses).toEqual([100, 200]);
  });

  it('gives up at the deadline, saying nothing will apply when the engine never took it', async () => {
    let calls = 0;
    const failure = retryWhileTransient(async () => {
      calls += 1;
      throw grpcFailure(9, 'workflow is not ready to handle updates');
    }, Date.now() + 250);
    await expect(failure).rejects.toBeInstanceOf(WorkflowUnavailableError);
    await expect(failure).rejects.toMatchObject({ mayApplyLater: false });
    expect(calls).toBeGreaterThanOrEqual(2);
  });

  it('gives up at the deadline, saying it may still apply when the answer was lost', async () => {
    const failure = retryWhileTransient(async () => {
      throw grpcFailure(14, 'connection refused');
    }, Date.now() + 50);
    await expect(failure).rejects.toMatchObject({ mayApplyLater: true });
  });

  it('passes any other error through at once', async () => {
    let calls = 0;
    const notFound = grpcFailure(5, 'namespace not found');
    await expect(
      retryWhileTransient(async () => {
        calls += 1;
        throw notFound;
      }, Date.now() + 60_000),
    ).rejects.toBe(notFound);
    expect(calls).toBe(1);
  });
});
