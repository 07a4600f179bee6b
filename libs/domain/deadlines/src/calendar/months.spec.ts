import { describe, expect, it } from 'vitest';
import { addMonthsNoCorrespondingDate, lacksCorrespondingDate } from './months';

describe('addMonthsNoCorrespondingDate', () => {
  it('keeps the corresponding date when it exists', () => {
    expect(addMonthsNoCorrespondingDate('2025-01-15', 4)).toBe('2025-05-15');
    expect(addMonthsNoCorrespondingDate('2025-09-30', 4)).toBe('2026-01-30');
    expect(addMonthsNoCorrespondingDate('2023-10-29', 4)).toBe('2024-02-29');
  });

  it('follows the regulation’s own example: October 30 + 4 months → March 1', () => {
    expect(addMonthsNoCorrespondingDate('2024-10-30', 4)).toBe('2025-03-01');
    expect(lacksCorrespondingDate('2024-10-30', 4)).toBe(true);
  });

  it('gives the first day of the fifth month, not a clamped Feb 28/29', () => {
    expect(addMonthsNoCorrespondingDate('2024-10-31', 4)).toBe('2025-03-01');
    expect(addMonthsNoCorrespondingDate('2023-10-31', 4)).toBe('2024-03-01');
    expect(addMonthsNoCorrespondingDate('2025-10-29', 4)).toBe('2026-03-01');
    expect(addMonthsNoCorrespondingDate('2023-10-29', 4)).toBe('2024-02-29');
  });

  it('rolls into January when the short month is December', () => {
    expect(addMonthsNoCorrespondingDate('2025-08-31', 4)).toBe('2025-12-31');
    expect(addMonthsNoCorrespondingDate('2025-07-31', 4)).toBe('2025-12-01');
    expect(addMonthsNoCorrespondingDate('2025-08-31', 3)).toBe('2025-12-01');
  });
});
