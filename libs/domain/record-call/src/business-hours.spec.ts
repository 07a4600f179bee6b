import { describe, expect, it } from 'vitest';
import {
  isWithinBusinessHours,
  nextOpening,
  validateBusinessHours,
  type BusinessHours,
} from './business-hours';

const chicago: BusinessHours = {
  timeZone: 'America/Chicago',
  opens: '08:00',
  closes: '17:00',
  days: [1, 2, 3, 4, 5],
};

describe('payer business hours in the payer time zone', () => {
  it('is open at 09:00 Chicago on a Tuesday and closed at 07:59 and 17:00', () => {
    // 2026-12-01 is a Tuesday; Chicago is UTC-6 in December.
    expect(isWithinBusinessHours(new Date('2026-12-01T15:00:00Z'), chicago)).toBe(true);
    expect(isWithinBusinessHours(new Date('2026-12-01T13:59:00Z'), chicago)).toBe(false);
    expect(isWithinBusinessHours(new Date('2026-12-01T23:00:00Z'), chicago)).toBe(false);
  });

  it('is closed on Saturday; the next opening is Monday 08:00 local', () => {
    const saturdayNoon = new Date('2026-12-05T18:00:00Z');
    expect(isWithinBusinessHours(saturdayNoon, chicago)).toBe(false);
    expect(nextOpening(saturdayNoon, chicago).toISOString()).toBe('2026-12-07T14:00:00.000Z');
  });

  it('follows daylight saving time (UTC-5 in July)', () => {
    expect(isWithinBusinessHours(new Date('2026-07-07T13:00:00Z'), chicago)).toBe(true);
    expect(nextOpening(new Date('2026-07-07T12:10:00Z'), chicago).toISOString()).toBe(
      '2026-07-07T13:00:00.000Z',
    );
  });

  it('returns the same instant when open now', () => {
    const at = new Date('2026-12-01T15:00:00Z');
    expect(nextOpening(at, chicago)).toBe(at);
  });

  it('"24:00" closes at the end of the day, so 00:00-24:00 every day is always open', () => {
    const always: BusinessHours = {
      ...chicago,
      opens: '00:00',
      closes: '24:00',
      days: [1, 2, 3, 4, 5, 6, 7],
    };
    for (const iso of ['2026-12-05T05:59:00Z', '2026-12-06T05:30:00Z', '2026-12-01T17:00:00Z'])
      expect(isWithinBusinessHours(new Date(iso), always)).toBe(true);
  });

  it('validates zone, times and days', () => {
    expect(() => validateBusinessHours({ ...chicago, timeZone: 'Mars/Olympus' })).toThrow(
      /time zone/,
    );
    expect(() => validateBusinessHours({ ...chicago, opens: '18:00' })).toThrow(/before/);
    expect(() => validateBusinessHours({ ...chicago, opens: '8am' })).toThrow(/HH:MM/);
    expect(() => validateBusinessHours({ ...chicago, days: [0] })).toThrow(/days/);
    expect(() => validateBusinessHours(chicago)).not.toThrow();
  });
});
