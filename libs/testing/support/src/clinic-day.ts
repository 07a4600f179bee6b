import { DEFAULT_TIME_ZONE, localDay } from '@claimlane/domain-appeal-process';

const DAY_MS = 86_400_000;

/**
 * A day relative to today where a test tenant's clinic is (YYYY-MM-DD). The API checks user dates
 * against the clinic's day, so a test that used UTC's date failed every evening in the Americas.
 */
export function clinicDay(daysFromToday = 0, zone: string = DEFAULT_TIME_ZONE): string {
  return localDay(new Date(Date.now() + daysFromToday * DAY_MS), zone);
}
