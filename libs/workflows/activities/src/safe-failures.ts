import { ApplicationFailure } from '@temporalio/common';
import { BAD_CASE_DATA } from '@claimlane/shared-contracts';

/**
 * What an activity's failure may carry out of the process. Temporal logs a failed activity with its
 * error and stores it in the workflow history; a database error carries the statement, its
 * parameters (names, member ids, dates of birth) and a server message that can quote a value. So
 * every failure leaves as an ApplicationFailure naming only the activity, the error class and the
 * SQLSTATE. Postgres refusing the data itself (class 22 data exception, 23 integrity violation) is
 * not retried: retrying cannot help and would block every later transition of the case.
 */
export function safeFailure(activity: string, e: unknown): ApplicationFailure {
  if (e instanceof ApplicationFailure) return e;
  const code = sqlState(e);
  if (code && /^2[23]/.test(code))
    return ApplicationFailure.nonRetryable(
      `The case data was refused (SQLSTATE ${code})`,
      BAD_CASE_DATA,
    );
  const kind = e instanceof Error ? e.constructor.name : typeof e;
  // Our own activity code throws plain Errors with fixed messages; everything else (drivers, mail,
  // HTTP clients) may quote data in its message, so only its class and code are kept.
  const ownMessage = e instanceof Error && e.constructor === Error && !code ? `: ${e.message}` : '';
  const errno =
    !code && typeof (e as { code?: unknown })?.code === 'string'
      ? (e as { code: string }).code
      : null;
  return ApplicationFailure.retryable(
    `${activity} failed (${kind}${code ? `, SQLSTATE ${code}` : ''}${errno ? `, ${errno}` : ''})${ownMessage}`,
    kind,
  );
}

/** The same activities, each turning any error into a safeFailure. */
export function withSafeFailures<T extends object>(activities: T): T {
  const wrapped: Record<string, unknown> = {};
  for (const [name, fn] of Object.entries(activities)) {
    wrapped[name] = async (...args: unknown[]) => {
      try {
        return await (fn as (...a: unknown[]) => Promise<unknown>)(...args);
      } catch (e) {
        throw safeFailure(name, e);
      }
    };
  }
  return wrapped as T;
}

function sqlState(e: unknown): string | null {
  const code = (e as { code?: unknown } | null)?.code;
  const fromDriver = (e as { driverError?: { code?: unknown } } | null)?.driverError?.code;
  for (const c of [code, fromDriver])
    if (typeof c === 'string' && /^[0-9A-Z]{5}$/.test(c) && /\d/.test(c.slice(0, 2))) return c;
  return null;
}
