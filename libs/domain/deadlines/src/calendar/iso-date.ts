// Dates are handled as whole days counted in UTC, never as local `Date`s: a deadline is a calendar
// date, and the machine's time zone must not move it (the Temporal worker and the API may differ).

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a valid `YYYY-MM-DD`, else null (rejects 2025-02-29, 2025-13-01…). */
export function toEpochDay(iso: string): number | null {
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    return null;
  }
  return ms / DAY_MS;
}

export function fromEpochDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function isIsoDate(value: string): boolean {
  return toEpochDay(value) !== null;
}

function mustParse(iso: string): number {
  const day = toEpochDay(iso);
  if (day === null) throw new RangeError(`not an ISO date (YYYY-MM-DD): ${JSON.stringify(iso)}`);
  return day;
}

/** Calendar days: the anchor day is not counted, the last day is (so 2025-01-31 + 30 = 2025-03-02). */
export function addCalendarDays(iso: string, days: number): string {
  return fromEpochDay(mustParse(iso) + days);
}

/** b − a in days. */
export function daysBetween(a: string, b: string): number {
  return mustParse(b) - mustParse(a);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(iso: string): number {
  return new Date(mustParse(iso) * DAY_MS).getUTCDay();
}

export function isWeekend(iso: string): boolean {
  const d = dayOfWeek(iso);
  return d === 0 || d === 6;
}

export function minDate(a: string, b: string): string {
  return a <= b ? a : b;
}

export function makeIsoDate(year: number, month: number, day: number): string {
  return fromEpochDay(Date.UTC(year, month - 1, day) / DAY_MS);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
