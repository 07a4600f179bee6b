import { FEDERAL_HOLIDAYS, type FederalHoliday, type HolidayRule } from './federal-holidays.data';
import { addCalendarDays, dayOfWeek, daysInMonth, makeIsoDate } from './iso-date';

export interface HolidayDate {
  id: string;
  name: string;
  /** The date in 5 U.S.C. 6103(a). */
  date: string;
  /** The day federal offices close for it (6103(b)); equals `date` on weekdays. */
  observed: string;
}

export interface HolidayOptions {
  /**
   * true (default): federal offices' closing days (the observed Friday/Monday).
   * false: only the dates named in 6103(a). Use false where being wrong would cost the member a
   * filing (a roll-forward that treats an observed Friday as a holiday would extend a deadline a
   * reviewer might not extend).
   */
  observed?: boolean;
}

function ruleDate(rule: HolidayRule, year: number): string {
  switch (rule.kind) {
    case 'fixed':
      return makeIsoDate(year, rule.month, rule.day);
    case 'nth_weekday': {
      const first = makeIsoDate(year, rule.month, 1);
      const offset = (rule.weekday - dayOfWeek(first) + 7) % 7;
      return addCalendarDays(first, offset + 7 * (rule.nth - 1));
    }
    case 'last_weekday': {
      const last = makeIsoDate(year, rule.month, daysInMonth(year, rule.month));
      return addCalendarDays(last, -((dayOfWeek(last) - rule.weekday + 7) % 7));
    }
  }
}

function observedDate(date: string): string {
  const dow = dayOfWeek(date);
  if (dow === 6) return addCalendarDays(date, -1);
  if (dow === 0) return addCalendarDays(date, 1);
  return date;
}

function holidayFor(h: FederalHoliday, year: number): HolidayDate | null {
  if (h.firstYear !== undefined && year < h.firstYear) return null;
  const date = ruleDate(h.rule, year);
  return { id: h.id, name: h.name, date, observed: observedDate(date) };
}

const cache = new Map<number, readonly HolidayDate[]>();

/**
 * Holidays whose 6103(a) date or observed date falls in `year`. Includes the next year's New
 * Year's Day when it is observed on December 31 (e.g. 2021-12-31 for 2022-01-01).
 */
export function federalHolidays(year: number): readonly HolidayDate[] {
  const hit = cache.get(year);
  if (hit) return hit;
  const all = [year, year + 1]
    .flatMap((y) => FEDERAL_HOLIDAYS.map((h) => holidayFor(h, y)))
    .filter((h): h is HolidayDate => h !== null)
    .filter((h) => h.date.startsWith(`${year}-`) || h.observed.startsWith(`${year}-`));
  cache.set(year, all);
  return all;
}

/** The holiday that closes federal offices on `iso` (or, with observed: false, falls on it). */
export function federalHolidayOn(iso: string, options: HolidayOptions = {}): HolidayDate | null {
  const observed = options.observed ?? true;
  const year = Number(iso.slice(0, 4));
  return (
    federalHolidays(year).find((h) => (observed ? h.observed === iso : h.date === iso)) ?? null
  );
}
