import { describe, expect, it } from 'vitest';
import { analyticsRange, monthsBetween } from './case-analytics';

const NOW = new Date('2026-12-01T23:30:00Z');
const refused = (from: string, to: string) => {
  try {
    analyticsRange(from, to, NOW);
    return null;
  } catch (e) {
    return (e as { extensions?: { code?: string }; message: string }).extensions?.code ===
      'BAD_USER_INPUT'
      ? (e as Error).message
      : `unexpected: ${String(e)}`;
  }
};

describe('analyticsRange', () => {
  it('accepts today (UTC) and exactly three years, refuses a day more or a future end', () => {
    expect(refused('2023-12-01', '2026-12-01')).toBeNull();
    expect(refused('2023-11-30', '2026-12-01')).toBe('The range may cover at most 3 years');
    expect(refused('2026-12-01', '2026-12-02')).toBe('to must not be in the future');
    expect(refused('2026-12-02', '2026-12-01')).toBe('from must not be after to');
  });

  it('counts three years back from a leap day to the first of March', () => {
    expect(refused('2021-03-01', '2024-02-29')).toBeNull();
    expect(refused('2021-02-28', '2024-02-29')).toBe('The range may cover at most 3 years');
  });

  it('refuses what is not a calendar date', () => {
    expect(refused('2025-02-29', '2025-03-01')).toBe('from must be a calendar date (YYYY-MM-DD)');
    expect(refused('2025-01-01', '1/2/2025')).toBe('to must be a calendar date (YYYY-MM-DD)');
  });
});

describe('monthsBetween', () => {
  it('lists every month across a year end, one month for a range inside one', () => {
    expect(monthsBetween('2025-11-15', '2026-02-01')).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    expect(monthsBetween('2026-03-05', '2026-03-20')).toEqual(['2026-03']);
  });
});
