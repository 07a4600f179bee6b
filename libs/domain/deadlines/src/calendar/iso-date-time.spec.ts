import { describe, expect, it } from 'vitest';
import { addHours, datePart, parseInstant } from './iso-date-time';

describe('hour clocks', () => {
  it('adds exact elapsed hours and keeps the written offset', () => {
    expect(addHours('2025-06-02T09:15:00-05:00', 72)).toBe('2025-06-05T09:15:00-05:00');
    expect(addHours('2025-06-02T09:15:00Z', 72)).toBe('2025-06-05T09:15:00Z');
    expect(addHours('2025-06-02T23:30:00+05:30', 1)).toBe('2025-06-03T00:30:00+05:30');
  });

  it('is 72 elapsed hours across a DST change (fixed offset, not wall clock)', () => {
    // US DST began 2025-03-09: 72 hours after Friday 16:30 EST is Monday 16:30 EST = 17:30 EDT.
    expect(addHours('2025-03-07T16:30:00-05:00', 72)).toBe('2025-03-10T16:30:00-05:00');
  });

  it('reads a bare date as 00:00 UTC and says so through the parse result', () => {
    expect(addHours('2025-06-02', 72)).toBe('2025-06-05T00:00:00Z');
    expect(parseInstant('2025-06-02')).toMatchObject({ timeGiven: false, offsetGiven: false });
    expect(parseInstant('2025-06-02T10:00')).toMatchObject({ timeGiven: true, offsetGiven: false });
  });

  it('rejects impossible values', () => {
    expect(parseInstant('2025-02-30T10:00:00Z')).toBeNull();
    expect(parseInstant('2025-02-03T24:00:00Z')).toBeNull();
    expect(parseInstant('yesterday')).toBeNull();
  });

  it('takes the calendar date in the offset it was written in', () => {
    expect(datePart('2025-06-02T23:30:00-05:00')).toBe('2025-06-02');
    expect(datePart('2025-06-02')).toBe('2025-06-02');
  });
});
