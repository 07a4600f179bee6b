import { percentile } from '../bench-services';

export type Outcome = 'ok' | 'retried_ok' | 'failed' | 'ambiguous' | 'refused';

export interface Sample {
  op: string;
  /** ms since the load started, when the request was first sent. */
  at: number;
  ms: number;
  outcome: Outcome;
  detail?: string;
}

export interface PhaseBounds {
  killAt: number;
  /** When every killed process was serving again. */
  recoveredAt: number;
  end: number;
}

/** before: until the kill; during: kill until the restarted processes serve (+2 s); after: the rest. */
export function phaseOf(at: number, b: PhaseBounds): 'before' | 'during' | 'after' {
  if (at < b.killAt) return 'before';
  if (at < b.recoveredAt + 2000) return 'during';
  return 'after';
}

export function phaseTable(samples: Sample[], b: PhaseBounds): string[] {
  const spans = {
    before: b.killAt,
    during: Math.min(b.end, b.recoveredAt + 2000) - b.killAt,
    after: Math.max(0, b.end - (b.recoveredAt + 2000)),
  };
  return (['before', 'during', 'after'] as const).map((phase) => {
    const s = samples.filter((x) => phaseOf(x.at, b) === phase);
    const lat = s
      .filter((x) => x.outcome === 'ok' || x.outcome === 'retried_ok')
      .map((x) => x.ms)
      .sort((x, y) => x - y);
    const count = (o: Outcome) => s.filter((x) => x.outcome === o).length;
    const rps = spans[phase] > 0 ? (lat.length / spans[phase]) * 1000 : 0;
    return `  ${phase.padEnd(6)} ${(spans[phase] / 1000).toFixed(1).padStart(5)} s  ${String(s.length).padStart(5)} req  ${rps.toFixed(1).padStart(6)} ok/s  p50 ${percentile(lat, 50).toFixed(0).padStart(5)} ms  p99 ${percentile(lat, 99).toFixed(0).padStart(5)} ms  retried-ok ${count('retried_ok')}  ambiguous ${count('ambiguous')}  refused ${count('refused')}  failed ${count('failed')}`;
  });
}
