import { describe, expect, it } from 'vitest';
import { federalHolidayOn, federalHolidays } from './federal-holidays';

describe('federal holidays', () => {
  it('lists 2025 on the right dates', () => {
    expect(federalHolidays(2025).map((h) => [h.id, h.date, h.observed])).toEqual([
      ['new_year', '2025-01-01', '2025-01-01'],
      ['mlk', '2025-01-20', '2025-01-20'],
      ['washington', '2025-02-17', '2025-02-17'],
      ['memorial', '2025-05-26', '2025-05-26'],
      ['juneteenth', '2025-06-19', '2025-06-19'],
      ['independence', '2025-07-04', '2025-07-04'],
      ['labor', '2025-09-01', '2025-09-01'],
      ['columbus', '2025-10-13', '2025-10-13'],
      ['veterans', '2025-11-11', '2025-11-11'],
      ['thanksgiving', '2025-11-27', '2025-11-27'],
      ['christmas', '2025-12-25', '2025-12-25'],
    ]);
  });

  it('observes Saturday holidays on Friday and Sunday holidays on Monday', () => {
    expect(federalHolidayOn('2026-07-03')?.id).toBe('independence'); // July 4, 2026 is a Saturday
    expect(federalHolidayOn('2022-12-26')?.id).toBe('christmas'); // Dec 25, 2022 is a Sunday
    expect(federalHolidayOn('2022-06-20')?.id).toBe('juneteenth');
    expect(federalHolidayOn('2026-07-03', { observed: false })).toBeNull();
    expect(federalHolidayOn('2026-07-04', { observed: false })?.id).toBe('independence');
  });

  it('observes New Year’s Day 2022 (a Saturday) on Friday 2021-12-31', () => {
    expect(federalHolidayOn('2021-12-31')?.id).toBe('new_year');
    expect(federalHolidays(2021).some((h) => h.observed === '2021-12-31')).toBe(true);
  });

  it('has no Juneteenth before 2021', () => {
    expect(federalHolidayOn('2020-06-19')).toBeNull();
    expect(federalHolidayOn('2021-06-18')?.id).toBe('juneteenth');
  });
});
