import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface CountDatum {
  label: string;
  count: number;
}

/** Horizontal bars; loaded on demand (recharts is the largest dependency of the app). */
export default function CountChart({ data, label }: { data: CountDatum[]; label: string }) {
  return (
    <figure aria-label={label} style={{ margin: 0 }}>
      <ResponsiveContainer width="100%" height={Math.max(160, data.length * 28)}>
        <BarChart data={data} layout="vertical" margin={{ left: 24, right: 16 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="label" width={190} tick={{ fontSize: 12 }} />
          <Tooltip />
          <Bar dataKey="count" fill="#364fc7" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
      {/* The same numbers as text, for screen readers and for copying. */}
      <figcaption
        style={{
          position: 'absolute',
          width: 1,
          height: 1,
          overflow: 'hidden',
          clip: 'rect(0 0 0 0)',
        }}
      >
        {data.map((d) => `${d.label}: ${d.count}`).join('; ')}
      </figcaption>
    </figure>
  );
}
