import { Errors } from '@claimlane/server-common';
import { LettersError } from '@claimlane/domain-letters';

/** Domain refusals become client errors with the domain code in `extensions.reason`. */
export function toClientError(e: unknown): unknown {
  if (e instanceof LettersError) {
    if (e.code === 'MATRIX_INCOMPLETE')
      return Errors.conflict(e.message, { reason: e.code, ...e.details });
    return Errors.badInput(e.message, { reason: e.code, ...e.details });
  }
  if (isPgError(e) && e.hint === 'EXHIBIT_SEALED')
    return Errors.conflict('The exhibit is sealed and cannot change', { reason: 'EXHIBIT_SEALED' });
  if (isPgError(e) && e.code === '23505')
    return Errors.conflict('That already exists on this case', { reason: 'DUPLICATE' });
  return e;
}

interface PgError {
  code?: string;
  hint?: string;
}

function isPgError(e: unknown): e is PgError {
  return typeof e === 'object' && e !== null && 'code' in e;
}

/** Runs `fn` and rethrows domain/database refusals as client errors. */
export async function refusing<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    throw toClientError(e);
  }
}
