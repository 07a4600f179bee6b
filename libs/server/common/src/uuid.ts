import { Errors } from './app-errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(v: unknown): v is string {
  return typeof v === 'string' && UUID.test(v);
}

/** Malformed ids are the caller's mistake: BAD_USER_INPUT, never a database cast error. */
export function assertUuid(v: string, field = 'id'): string {
  if (!isUuid(v)) throw Errors.badInput(`${field} must be a UUID`, { field });
  return v.toLowerCase();
}
