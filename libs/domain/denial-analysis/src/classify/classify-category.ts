import { DENIAL_CATEGORIES, type DenialCategory } from '@claimlane/shared-contracts';
import type { CategoryEvidence, CodeDetail, CueHit, Span } from '../record-check.types';
import type { PreparedText } from '../text/prepare-text';
import { CATEGORY_CUES } from './category-cues.data';
import { scoreCues, topTwo } from './score-cues';

/** A category needs at least one strong cue (or two supporting ones) and must beat the runner-up. */
export const CATEGORY_MIN_SCORE = 3;
/** Weight of a denial CARC (group other than PR) for its category. */
export const CARC_WEIGHT = 3;

const ORDER = DENIAL_CATEGORIES.filter((c) => c !== 'other');

export function classifyCategory(
  p: PreparedText,
  reasonSpan: Span | null,
  carc: readonly CodeDetail[],
): { category: DenialCategory; evidence: CategoryEvidence } {
  const { scores, hits } = scoreCues(p, CATEGORY_CUES, reasonSpan);
  const narrative = topTwo(scores, ORDER);
  const narrativeTop = narrative[0];
  const narrativeCategory =
    narrativeTop &&
    narrativeTop.score >= CATEGORY_MIN_SCORE &&
    narrativeTop.score > (narrative[1]?.score ?? 0)
      ? narrativeTop.id
      : null;

  const combined = new Map(scores);
  const carcHits: CueHit[] = [];
  for (const c of carc) {
    if (!c.denial || !c.category || c.group === 'PR') continue;
    combined.set(c.category, (combined.get(c.category) ?? 0) + CARC_WEIGHT);
    carcHits.push({
      cue: `carc:${c.code}`,
      target: c.category,
      weight: CARC_WEIGHT,
      span: c.span,
      why: `denial code ${c.code}: ${c.description.split(/(?<=\.)\s/)[0]}`,
    });
  }
  const allHits = [...hits, ...carcHits];
  const [top, second] = topTwo(combined, ORDER);
  const runnerUp = second ? { category: second.id, score: second.score } : null;
  if (!top || top.score < CATEGORY_MIN_SCORE) {
    return {
      category: 'other',
      evidence: {
        decidedBy: 'default',
        score: top?.score ?? 0,
        runnerUp: top ? { category: top.id, score: top.score } : null,
        reason: top
          ? `weak evidence: best candidate ${top.id} scored ${top.score} (< ${CATEGORY_MIN_SCORE})`
          : 'no category cue or denial code found',
        narrativeCategory,
        cues: allHits,
      },
    };
  }
  if (second && second.score === top.score) {
    return {
      category: 'other',
      evidence: {
        decidedBy: 'default',
        score: top.score,
        runnerUp,
        reason: `tie between ${top.id} and ${second.id} (${top.score} each)`,
        narrativeCategory,
        cues: allHits,
      },
    };
  }
  const decisive = allHits.filter((h) => h.target === top.id).map((h) => h.cue);
  return {
    category: top.id,
    evidence: {
      decidedBy: 'cues',
      score: top.score,
      runnerUp,
      reason: `${top.id} scored ${top.score}${runnerUp ? ` vs ${runnerUp.category} ${runnerUp.score}` : ''} from ${decisive.join(', ')}`,
      narrativeCategory,
      cues: allHits,
    },
  };
}
