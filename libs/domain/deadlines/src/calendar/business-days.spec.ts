import { describe, expect, it } from 'vitest';
import { addBusinessDays, isBusinessDay, nextBusinessDay } from './business-days';

describe('addBusinessDays', () => {
  it('skips Thanksgiving (Thu 2025-11-27) and the weekend after it', () => {
    expect(addBusinessDays('2025-11-26', 1)).toBe('2025-11-28');
    expect(addBusinessDays('2025-11-26', 3)).toBe('2025-12-02');
  });

  it('skips Christmas observed on Monday 2022-12-26 (Dec 25 was a Sunday)', () => {
    expect(addBusinessDays('2022-12-23', 1)).toBe('2022-12-27');
  });

  it('skips New Year’s Day 2022 observed on Friday 2021-12-31', () => {
    expect(addBusinessDays('2021-12-30', 1)).toBe('2022-01-03');
    expect(addBusinessDays('2021-12-30', 5)).toBe('2022-01-07');
  });

  it('skips Independence Day 2026 observed on Friday July 3', () => {
    expect(addBusinessDays('2026-07-02', 1)).toBe('2026-07-06');
  });

  it('counts five business days over Christmas and New Year 2025', () => {
    // Dec 24 (Wed) → 26 (Fri), 29, 30, 31, Jan 2 (Thu): Dec 25 and Jan 1 are holidays.
    expect(addBusinessDays('2025-12-24', 5)).toBe('2026-01-02');
  });

  it('returns the start day for zero and rejects fractions', () => {
    expect(addBusinessDays('2025-11-29', 0)).toBe('2025-11-29');
    expect(() => addBusinessDays('2025-11-29', 1.5)).toThrow(RangeError);
  });
});

describe('nextBusinessDay', () => {
  it('moves weekends and holidays forward, and can ignore observed days', () => {
    expect(nextBusinessDay('2025-03-01')).toBe('2025-03-03');
    expect(nextBusinessDay('2025-12-25')).toBe('2025-12-26');
    expect(nextBusinessDay('2026-07-03')).toBe('2026-07-06');
    expect(nextBusinessDay('2026-07-03', { observed: false })).toBe('2026-07-03');
    expect(isBusinessDay('2025-11-28')).toBe(true);
  });
});
