import { describe, expect, it } from 'vitest';
import { OTHER_KEY, monthlySeries, percent, presetRange } from './analytics-series';

describe('monthlySeries', () => {
  it('fills every month, keeps the largest series and sums the rest into Other', () => {
    const rows = [
      { month: '2025-01', key: 'a', label: 'A', count: 5 },
      { month: '2025-01', key: 'b', label: 'B', count: 1 },
      { month: '2025-03', key: 'c', label: 'C', count: 2 },
      { month: '2025-03', key: 'b', label: 'B', count: 1 },
    ];
    const s = monthlySeries(['2025-01', '2025-02', '2025-03'], rows, (r) => r.label, 2);
    expect(s.series).toEqual([
      { key: 'a', label: 'A' },
      { key: 'b', label: 'B' },
      { key: OTHER_KEY, label: 'Other' },
    ]);
    expect(s.rows).toEqual([
      { month: '2025-01', a: 5, b: 1, [OTHER_KEY]: 0 },
      { month: '2025-02', a: 0, b: 0, [OTHER_KEY]: 0 },
      { month: '2025-03', a: 0, b: 1, [OTHER_KEY]: 2 },
    ]);
  });

  it('has no series and zero rows for an empty range', () => {
    expect(monthlySeries(['2025-01'], [])).toEqual({ rows: [{ month: '2025-01' }], series: [] });
  });
});

describe('percent and presetRange', () => {
  it('formats shares and nothing-to-divide', () => {
    expect(percent(0.756)).toBe('76%');
    expect(percent(null)).toBe('—');
  });

  it("covers whole months ending today, within the API's 3-year limit", () => {
    const now = new Date('2026-12-01T15:00:00Z');
    expect(presetRange('6m', now)).toEqual({ from: '2026-07-01', to: '2026-12-01' });
    expect(presetRange('12m', now)).toEqual({ from: '2026-01-01', to: '2026-12-01' });
    expect(presetRange('36m', now)).toEqual({ from: '2024-01-01', to: '2026-12-01' });
  });
});
