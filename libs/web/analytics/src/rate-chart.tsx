import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { percent } from './analytics-series';
import { srOnly } from './sr-only';

export interface RateDatum {
  label: string;
  rate: number;
  /** How many decisions the rate is over (shown, since 1 of 1 and 90 of 100 read differently). */
  count: number;
}

/** Horizontal bars of a share (0–100 %), each labelled with its rate and its count. */
export default function RateChart({
  data,
  label,
  countLabel,
}: {
  data: RateDatum[];
  label: string;
  countLabel: string;
}) {
  const rows = data.map((d) => ({
    ...d,
    pct: Math.round(d.rate * 1000) / 10,
    text: `${percent(d.rate)} of ${d.count}`,
  }));
  return (
    <figure aria-label={label} style={{ margin: 0, position: 'relative' }}>
      <ResponsiveContainer width="100%" height={Math.max(140, rows.length * 30 + 40)}>
        <BarChart data={rows} layout="vertical" margin={{ left: 8, right: 72 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" domain={[0, 100]} unit="%" />
          <YAxis type="category" dataKey="label" width={170} tick={{ fontSize: 12 }} />
          <Tooltip formatter={(v) => `${String(v)}%`} />
          <Bar dataKey="pct" name="Rate" fill="#0072B2" isAnimationActive={false}>
            <LabelList dataKey="text" position="right" style={{ fontSize: 11 }} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
      <figcaption style={srOnly}>
        {rows.map((d) => `${d.label}: ${percent(d.rate)} of ${d.count} ${countLabel}`).join('; ')}
      </figcaption>
    </figure>
  );
}
