import { federalHolidayOn, type HolidayOptions } from './federal-holidays';
import { addCalendarDays, isWeekend } from './iso-date';

export function isBusinessDay(iso: string, options: HolidayOptions = {}): boolean {
  return !isWeekend(iso) && federalHolidayOn(iso, options) === null;
}

/**
 * Counts `days` business days after `iso` (the start day itself is not counted, as with calendar
 * days). Weekends and federal holidays are skipped; by default the observed closing day is the
 * holiday (offices are shut on Friday 2026-07-03 for Saturday July 4th).
 */
export function addBusinessDays(iso: string, days: number, options: HolidayOptions = {}): string {
  if (!Number.isInteger(days) || days < 0) {
    throw new RangeError(`business days must be a whole number ≥ 0, got ${days}`);
  }
  let date = iso;
  for (let left = days; left > 0;) {
    date = addCalendarDays(date, 1);
    if (isBusinessDay(date, options)) left--;
  }
  return date;
}

/** `iso` itself when it is a business day, else the next one. */
export function nextBusinessDay(iso: string, options: HolidayOptions = {}): string {
  let date = iso;
  while (!isBusinessDay(date, options)) date = addCalendarDays(date, 1);
  return date;
}
