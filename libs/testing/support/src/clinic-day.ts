import { DEFAULT_TIME_ZONE, localDay } from '@claimlane/domain-appeal-process';

const DAY_MS = 86_400_000;

/**
 * A day relative to today where a test tenant's clinic is (YYYY-MM-DD). The API checks user dates
 * against the clinic's day, so a test that used UTC's date failed every evening in the Americas.
 */
export function clinicDay(daysFromToday = 0, zone: string = DEFAULT_TIME_ZONE): string {
  return localDay(new Date(Date.now() + daysFromToday * DAY_MS), zone);
}

/** The same day as a letter prints it ("Dec 1, 2026"), for re-dating a corpus letter to today. */
export function clinicDayInWords(daysFromToday = 0, zone: string = DEFAULT_TIME_ZONE): string {
  const [y, m, d] = clinicDay(daysFromToday, zone).split('-').map(Number) as [
    number,
    number,
    number,
  ];
  return new Date(Date.UTC(y, m - 1, d, 12)).toLocaleDateString('en-US', {
    timeZone: 'UTC',
    month: 'short',
    day: 'numeric',
    year: 'numeric',
  });
}
