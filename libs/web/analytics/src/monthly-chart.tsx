import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { MonthlySeries } from './analytics-series';
import { srOnly } from './sr-only';

// Distinguishable on white and for common colour-vision deficiencies (Okabe–Ito order).
const COLORS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#777777'];

/** Stacked monthly bars, one colour per series; loaded on demand with recharts. */
export default function MonthlyChart({ data, label }: { data: MonthlySeries; label: string }) {
  return (
    <figure aria-label={label} style={{ margin: 0, position: 'relative' }}>
      <ResponsiveContainer width="100%" height={260}>
        <BarChart data={data.rows} margin={{ left: 0, right: 16 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="month" tick={{ fontSize: 12 }} />
          <YAxis allowDecimals={false} width={36} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {data.series.map((s, i) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.label}
              stackId="a"
              fill={COLORS[i % COLORS.length]}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
      {/* The same numbers as text, for screen readers and for copying. */}
      <figcaption style={srOnly}>
        {data.rows
          .map(
            (r) =>
              `${r['month']}: ` +
              data.series.map((s) => `${s.label} ${r[s.key] as number}`).join(', '),
          )
          .join('; ')}
      </figcaption>
    </figure>
  );
}
