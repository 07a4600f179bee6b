// Dates are handled as whole days counted in UTC, never as local `Date`s: a deadline is a calendar
// date, and the machine's time zone must not move it (the Temporal worker and the API may differ).

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in `month` (1–12) of `year`, proleptic Gregorian like `Date`. */
function monthLength(year: number, month: number): number {
  if (month !== 2) return MONTH_DAYS[month - 1] as number;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

/**
 * UTC midnight of `year-month-day` in ms, or null when there is no such day. Checked by arithmetic:
 * a `Date` round trip (or `toISOString`) per date showed in the analysis profile, which computes
 * deadlines for every letter.
 */
export function utcMidnightMs(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > monthLength(year, month)) return null;
  if (year >= 100) return Date.UTC(year, month - 1, day);
  // Date.UTC reads years 0–99 as 1900–1999.
  const t = new Date(0);
  t.setUTCFullYear(year, month - 1, day);
  return t.getTime();
}

/** Days since 1970-01-01 for a valid `YYYY-MM-DD`, else null (rejects 2025-02-29, 2025-13-01…). */
export function toEpochDay(iso: string): number | null {
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const y = Number(m[1]);
  // Years before 100 were never accepted here (Date.UTC read them as 19xx and the round trip failed).
  if (y < 100) return null;
  const ms = utcMidnightMs(y, Number(m[2]), Number(m[3]));
  return ms === null ? null : ms / DAY_MS;
}

// Days since 1970-01-01 of 0000-01-01 and 9999-12-31: the years `toISOString` writes in 4 digits.
const FIRST_4_DIGIT_DAY = -719_528;
const LAST_4_DIGIT_DAY = 2_932_896;

export function fromEpochDay(day: number): string {
  if (!Number.isInteger(day) || day < FIRST_4_DIGIT_DAY || day > LAST_4_DIGIT_DAY)
    return new Date(day * DAY_MS).toISOString().slice(0, 10);
  return civilDate(day);
}

/**
 * `YYYY-MM-DD` of a day count by arithmetic (H. Hinnant's civil_from_days), the same string
 * `toISOString` gives for years 0–9999 without building a Date for every deadline step.
 */
function civilDate(day: number): string {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097; // day of the 400-year era
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100)); // from 1 March
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
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
