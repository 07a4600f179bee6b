import { Errors } from '@claimlane/server-common';

/** A real calendar date (rejects 2025-02-30), so Postgres never sees an invalid date. */
export function isValidIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return (
    d.getUTCFullYear() === Number(m[1]) &&
    d.getUTCMonth() === Number(m[2]) - 1 &&
    d.getUTCDate() === Number(m[3])
  );
}

export function assertValidDates<T extends object>(obj: T, keys: Array<keyof T & string>): void {
  for (const k of keys) {
    const v = obj[k];
    if (typeof v === 'string' && !isValidIsoDate(v))
      throw Errors.badInput(`${k} is not a valid date`, { field: k });
  }
}
