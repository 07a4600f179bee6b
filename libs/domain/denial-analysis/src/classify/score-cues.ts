import type { CueHit, Span } from '../record-check.types';
import { type PreparedText, hasAny } from '../text/prepare-text';
import type { Cue } from './cue.types';

/**
 * Runs every cue once. A cue whose first hit falls inside `boost` (the stated reason) counts
 * double: the reason paragraph is what the payer decided, the rest is boilerplate.
 */
export function scoreCues<T extends string>(
  p: PreparedText,
  cues: readonly Cue<T>[],
  boost: Span | null = null,
): { scores: Map<T, number>; hits: CueHit[] } {
  const scores = new Map<T, number>();
  const hits: CueHit[] = [];
  for (const cue of cues) {
    if (!hasAny(p, cue.hints)) continue;
    let span: Span | null = null;
    let weight = cue.weight;
    if (boost) {
      const inReason = cue.re.exec(p.masked.slice(boost[0], boost[1]));
      if (inReason) {
        span = [boost[0] + inReason.index, boost[0] + inReason.index + inReason[0].length];
        weight *= 2;
      }
    }
    if (!span) {
      const m = cue.re.exec(p.masked);
      if (!m) continue;
      span = [m.index, m.index + m[0].length];
    }
    scores.set(cue.target, (scores.get(cue.target) ?? 0) + weight);
    hits.push({ cue: cue.id, target: cue.target, weight, span, why: cue.why });
  }
  return { scores, hits };
}

/** Highest and second-highest entries, ties broken by the fixed order of `order`. */
export function topTwo<T extends string>(
  scores: Map<T, number>,
  order: readonly T[],
): Array<{ id: T; score: number }> {
  return order
    .map((id) => ({ id, score: scores.get(id) ?? 0 }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score || order.indexOf(a.id) - order.indexOf(b.id))
    .slice(0, 2);
}
