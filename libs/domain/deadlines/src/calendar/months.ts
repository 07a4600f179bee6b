import { daysInMonth, makeIsoDate, toEpochDay } from './iso-date';

/**
 * Adds calendar months the way 45 CFR 147.136(d)(2)(i) / 29 CFR 2590.715-2719(d)(2)(i) count them:
 * the corresponding date N months later, or, when that month has no such date, the first day of
 * the month after it ("October 30 … because there is no February 30, … by March 1"). Libraries that
 * clamp to the month's last day (date-fns `addMonths`: Oct 31 → Feb 28) give a different answer.
 */
export function addMonthsNoCorrespondingDate(iso: string, months: number): string {
  if (toEpochDay(iso) === null) throw new RangeError(`not an ISO date: ${JSON.stringify(iso)}`);
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  if (d <= daysInMonth(year, month)) return makeIsoDate(year, month, d);
  return month === 12 ? makeIsoDate(year + 1, 1, 1) : makeIsoDate(year, month + 1, 1);
}

/** True when `iso` + N months has no corresponding day (e.g. Oct 31 + 4 → no Feb 31). */
export function lacksCorrespondingDate(iso: string, months: number): boolean {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  return d > daysInMonth(Math.floor(index / 12), (index % 12) + 1);
}
