import { describe, expect, it } from 'vitest';
import { addCalendarDays, dayOfWeek, daysBetween, isIsoDate, toEpochDay } from './iso-date';

describe('ISO calendar dates', () => {
  it('rejects dates that do not exist', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-04-31')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('25-01-01')).toBe(false);
    expect(toEpochDay('1970-01-02')).toBe(1);
  });

  it('counts from the day after the anchor, across month, leap day and year ends', () => {
    expect(addCalendarDays('2025-01-31', 30)).toBe('2025-03-02');
    expect(addCalendarDays('2024-01-31', 30)).toBe('2024-03-01');
    expect(addCalendarDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addCalendarDays('2025-03-19', 180)).toBe('2025-09-15');
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
  });

  it('does not depend on the machine time zone around DST changes', () => {
    expect(addCalendarDays('2025-03-08', 1)).toBe('2025-03-09');
    expect(addCalendarDays('2025-11-01', 2)).toBe('2025-11-03');
    expect(dayOfWeek('2025-03-09')).toBe(0);
  });

  it('throws on malformed input (callers validate first)', () => {
    expect(() => addCalendarDays('2025-02-30', 1)).toThrow(RangeError);
  });
});
