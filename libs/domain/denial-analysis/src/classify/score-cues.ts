import type { CueHit, Span } from '../record-check.types';
import { type PreparedText, cueView, hasAny } from '../text/prepare-text';
import { spanInText } from '../text/cue-view';
import { execFrom, positionsOf } from '../text/anchored-search';
import type { Cue, ZoneKind } from './cue.types';

/**
 * A reason the letter rules out in the same sentence ("We are not saying the anesthesia was not
 * needed, and we are not saying it is not a covered service"; "this does not mean it was not
 * medically necessary") is no evidence for it.
 */
const DISCLAIMED =
  /\b(?:(?:are|is|am|were)(?: not|n['’]t) saying|(?:does|did|do)(?: not|n['’]t) mean|(?:is|was)(?: not|n['’]t) (?:because|a decision about))\b[^.;:!?]*$/i;
const DISCLAIMER_REACH = 160;
/** A hit inside a condition ("if the father's employer coverage ended, call us") is a supposition. */
const SUPPOSED = /\b(?:if|unless|whether)\b[^.;:!?,]{0,50}$/i;
const SUPPOSITION_REACH = 60;
/** "If you think one of the visits was for a different patient, was billed twice, or …": a list. */
const DOUBTED = /\bif you (?:think|believe|feel)\b[^.;:!?]{0,140}$/i;
const DOUBT_REACH = 150;
/** An item of an example list ("for example, a visit that was billed twice") is no decision. */
const EXAMPLE = /\b(?:for example|for instance|such as|e\.g\.)[^.;:!?]{0,60}$/i;

function disclaimed(view: string, at: number): boolean {
  return (
    DISCLAIMED.test(view.slice(Math.max(0, at - DISCLAIMER_REACH), at)) ||
    SUPPOSED.test(view.slice(Math.max(0, at - SUPPOSITION_REACH), at)) ||
    DOUBTED.test(view.slice(Math.max(0, at - DOUBT_REACH), at)) ||
    EXAMPLE.test(view.slice(Math.max(0, at - SUPPOSITION_REACH - 20), at))
  );
}

const inside = (spans: readonly Span[], at: number): boolean =>
  spans.some(([s, e]) => at >= s && at < e);

/**
 * Runs every cue once over the letter minus the `exclude` zones (boilerplate never votes). A cue
 * whose hit falls inside `boost` (the stated reason and the reason zones) counts double: the
 * reason is what the payer decided, the rest is context.
 */
export function scoreCues<T extends string>(
  p: PreparedText,
  cues: readonly Cue<T>[],
  boost: readonly Span[] = [],
  exclude: readonly ZoneKind[] = ['boilerplate'],
): { scores: Map<T, number>; hits: CueHit[] } {
  const scores = new Map<T, number>();
  const hits: CueHit[] = [];
  // The excluded zones are blanked in the view the regexes read (one view per exclusion set,
  // built once per letter): appeal-rights sections are a third of many letters, and most callers
  // skip them.
  const view = cueView(p, exclude);
  const index = positionsOf(view, view.text);
  for (const cue of cues) {
    if (!hasAny(p, cue.hints)) continue;
    let first: Span | null = null;
    let boosted: Span | null = null;
    for (
      let m = execFrom(cue.re, view.text, index), k = 0;
      m && k < 16;
      m = execFrom(cue.re, view.text, index, m.index + Math.max(1, m[0].length)), k++
    ) {
      if (m[0].length === 0) continue;
      if (disclaimed(view.text, m.index)) continue;
      const span = spanInText(view, m.index, m.index + m[0].length);
      first ??= span;
      if (boost.length && inside(boost, span[0])) {
        boosted = span;
        break;
      }
      if (!boost.length) break;
    }
    if (!first) continue;
    const weight = boosted ? cue.weight * 2 : cue.weight;
    scores.set(cue.target, (scores.get(cue.target) ?? 0) + weight);
    hits.push({ cue: cue.id, target: cue.target, weight, span: boosted ?? first, why: cue.why });
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

/** First match of `re` in the letter outside the `exclude` zones (boilerplate always excluded). */
export function matchOutside(
  p: PreparedText,
  re: RegExp,
  exclude: readonly ZoneKind[],
): Span | null {
  const view = cueView(p, ['boilerplate', ...exclude.filter((z) => z !== 'boilerplate')]);
  const index = positionsOf(view, view.text);
  for (let m = execFrom(re, view.text, index); m; m = execFrom(re, view.text, index, m.index + 1))
    if (m[0].length > 0) return spanInText(view, m.index, m.index + m[0].length);
  return null;
}
