import { UnrecoverableError } from 'bullmq';

/**
 * A job failure that retrying cannot fix (bad input, a refused document). BullMQ fails it at once
 * (it is an UnrecoverableError) and the wrapper dead-letters it. `code` is what users and the
 * dead-letter view see; the message is written for people and must never quote PHI.
 */
export class PermanentJobError extends UnrecoverableError {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    // BullMQ recognises unrecoverable errors by class or by this name.
    this.name = 'UnrecoverableError';
  }
}

/** A failure worth retrying (a timeout, a service that is down); still coded for the dead-letter row. */
export class RetryableJobError extends Error {
  override readonly name = 'RetryableJobError';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Thrown inside a handler when the worker is shutting down: the job goes back to the queue. */
export class JobReturnedError extends Error {
  override readonly name = 'JobReturnedError';
  constructor() {
    super('The worker is shutting down; the job was returned to the queue');
  }
}

/** The reason passed to `worker.cancelAllJobs` on shutdown, so handlers can tell it from a cancel. */
export const SHUTDOWN_REASON = 'worker-shutdown';

export interface JobErrorInfo {
  code: string;
  message: string;
}

/**
 * What the dead-letter row says about an error. Only our own coded errors keep their message:
 * anything else (a driver or library error) may quote row values, so only its class name is kept.
 */
export function describeJobError(e: unknown): JobErrorInfo {
  if (e instanceof PermanentJobError || e instanceof RetryableJobError)
    return { code: e.code, message: e.message };
  const name = e instanceof Error ? e.name : typeof e;
  const raw = e instanceof Error ? (e as Error & { code?: unknown }).code : undefined;
  const code = typeof raw === 'string' ? raw : 'JOB_FAILED';
  return { code: /^[A-Z0-9_]{1,60}$/.test(code) ? code : 'JOB_FAILED', message: `${name}` };
}
