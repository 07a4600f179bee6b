import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TIME_ZONE,
  endOfDayIn,
  formatDue,
  isValidTimeZone,
  localDay,
  localIsoWithOffset,
  timeZoneForState,
} from './tenant-time-zone';
import { checkHappenedDate } from './event-dates';

describe('tenant time zone', () => {
  it('ends a date deadline at 23:59:59 local time, DST-correct', () => {
    // September: EDT (UTC-4), not the EST the old code used.
    expect(endOfDayIn('2026-09-14', 'America/New_York').toISOString()).toBe(
      '2026-09-15T03:59:59.000Z',
    );
    expect(endOfDayIn('2026-01-14', 'America/New_York').toISOString()).toBe(
      '2026-01-15T04:59:59.000Z',
    );
    // Both change days (2026-03-08 spring forward, 2026-11-01 fall back) end in the new offset.
    expect(endOfDayIn('2026-03-08', 'America/New_York').toISOString()).toBe(
      '2026-03-09T03:59:59.000Z',
    );
    expect(endOfDayIn('2026-11-01', 'America/Chicago').toISOString()).toBe(
      '2026-11-02T05:59:59.000Z',
    );
    expect(endOfDayIn('2026-07-04', 'America/Phoenix').toISOString()).toBe(
      '2026-07-05T06:59:59.000Z',
    );
    expect(localDay(endOfDayIn('2026-09-14', 'Pacific/Honolulu'), 'Pacific/Honolulu')).toBe(
      '2026-09-14',
    );
  });

  it('shows a date deadline as its date, never as a UTC timestamp', () => {
    const text = formatDue(
      '2026-09-14',
      endOfDayIn('2026-09-14', 'America/Los_Angeles'),
      'America/Los_Angeles',
    );
    expect(text).toBe('Monday, September 14, 2026');
    expect(text).not.toMatch(/T\d\d:|Z/);
    const hours = formatDue(
      '2026-09-14T18:30:00Z',
      new Date('2026-09-14T18:30:00Z'),
      'America/Chicago',
    );
    expect(hours).toMatch(/September 14, 2026.*1:30\s?PM CDT/);
  });

  it('writes an instant with the local offset (hour clocks from the instant, day clocks local)', () => {
    expect(localIsoWithOffset(new Date('2026-09-14T02:00:00Z'), 'America/New_York')).toBe(
      '2026-09-13T22:00:00-04:00',
    );
    expect(localIsoWithOffset(new Date('2026-01-14T12:30:00Z'), 'Asia/Kolkata')).toBe(
      '2026-01-14T18:00:00+05:30',
    );
  });

  it('defaults from the clinic state, else US Eastern; refuses unknown zones', () => {
    expect(timeZoneForState('tx')).toBe('America/Chicago');
    expect(timeZoneForState('NY')).toBe(DEFAULT_TIME_ZONE);
    expect(timeZoneForState(null)).toBe(DEFAULT_TIME_ZONE);
    expect(isValidTimeZone('America/Denver')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(isValidTimeZone("x'; drop")).toBe(false);
  });
});

describe('dates of things that happened', () => {
  const ctx = {
    now: new Date('2026-06-10T15:00:00Z'),
    noticeDate: '2026-05-01',
    timeZone: 'America/New_York',
  };
  it('refuses the future beyond a small skew, and dates before the denial', () => {
    expect(checkHappenedDate('at', '2027-06-10T15:00:00Z', ctx)?.reason).toBe('DATE_IN_FUTURE');
    expect(checkHappenedDate('at', '2026-06-10T15:04:00Z', ctx)).toBeNull();
    expect(checkHappenedDate('at', '2026-06-10T15:06:00Z', ctx)?.reason).toBe('DATE_IN_FUTURE');
    expect(checkHappenedDate('decidedOn', '2026-06-11', ctx)?.reason).toBe('DATE_IN_FUTURE');
    expect(checkHappenedDate('decidedOn', '2026-06-10', ctx)).toBeNull();
    expect(checkHappenedDate('at', '2026-04-30T12:00:00Z', ctx)?.reason).toBe('DATE_BEFORE_DENIAL');
    // 02:00 UTC on May 1 is still April 30 in New York.
    expect(checkHappenedDate('at', '2026-05-01T02:00:00Z', ctx)?.reason).toBe('DATE_BEFORE_DENIAL');
    expect(checkHappenedDate('at', '2026-05-01T14:00:00Z', ctx)).toBeNull();
  });
});
