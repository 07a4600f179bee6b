/** Pure shaping of the API's rows for the charts (tested without a browser). */

export interface MonthlyRow {
  month: string;
  key: string;
  label: string;
  count: number;
}

export interface MonthlySeries {
  /** One object per month of the range: `month` plus one count per series key (0 when none). */
  rows: Array<Record<string, string | number>>;
  series: Array<{ key: string; label: string }>;
}

export const OTHER_KEY = '__other';

/**
 * Counts per month as stacked-bar rows. At most `limit` series (the largest over the range); the
 * rest are summed into "Other" so a tenant with 200 payers still gets a readable chart.
 */
export function monthlySeries(
  months: readonly string[],
  data: readonly MonthlyRow[],
  labelOf: (row: MonthlyRow) => string = (r) => r.label,
  limit = 6,
): MonthlySeries {
  const totals = new Map<string, { label: string; total: number }>();
  for (const r of data) {
    const t = totals.get(r.key) ?? { label: labelOf(r), total: 0 };
    t.total += r.count;
    totals.set(r.key, t);
  }
  const ranked = [...totals.entries()].sort(
    (a, b) => b[1].total - a[1].total || a[1].label.localeCompare(b[1].label),
  );
  const kept = new Set(ranked.slice(0, limit).map(([k]) => k));
  const series = ranked.slice(0, limit).map(([key, t]) => ({ key, label: t.label }));
  if (ranked.length > limit) series.push({ key: OTHER_KEY, label: 'Other' });
  const rows = months.map((month) => {
    const row: Record<string, string | number> = { month };
    for (const s of series) row[s.key] = 0;
    return row;
  });
  const byMonth = new Map(rows.map((r) => [r['month'] as string, r]));
  for (const r of data) {
    const row = byMonth.get(r.month);
    if (!row) continue;
    const key = kept.has(r.key) ? r.key : OTHER_KEY;
    row[key] = (row[key] as number) + r.count;
  }
  return { rows, series };
}

/** A share as a whole percent for display; an em dash when there is nothing to divide. */
export function percent(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '—' : `${Math.round(rate * 100)}%`;
}

export type RangePreset = '6m' | '12m' | '36m';

/** The range a preset means, ending today (UTC, as the API counts). */
export function presetRange(
  preset: RangePreset,
  now: Date = new Date(),
): { from: string; to: string } {
  const months = preset === '6m' ? 6 : preset === '12m' ? 12 : 36;
  const to = now.toISOString().slice(0, 10);
  // The first day of the month `months - 1` months back: whole months, today's included.
  const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (months - 1), 1))
    .toISOString()
    .slice(0, 10);
  return { from, to };
}
