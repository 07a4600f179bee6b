import { REGIMES, type Regime } from '@claimlane/shared-contracts';
import type { RegimeEvidence } from '../record-check.types';
import type { PreparedText } from '../text/prepare-text';
import { REGIME_PACKS } from '../regimes/regime-packs';
import { REGIME_CUES } from './regime-cues.data';
import { scoreCues, topTwo } from './score-cues';

export const REGIME_MIN_SCORE = 3;
/** The winner must lead by this much: the regime picks the rules, so a near-tie is "unknown". */
export const REGIME_MIN_MARGIN = 2;

type DecidedRegime = Exclude<Regime, 'unknown'>;
const ORDER = REGIMES.filter((r): r is DecidedRegime => r !== 'unknown');

const LABELS = (r: DecidedRegime): string => REGIME_PACKS[r].label;

function decidingQuestion(candidates: DecidedRegime[]): string {
  const [a, b] = candidates;
  const commercial = (r: DecidedRegime | undefined): boolean =>
    r === undefined || r === 'erisa_group_health' || r === 'aca_individual';
  if (commercial(a) && commercial(b))
    return "Is this plan sponsored by a private employer (ERISA) or bought individually (Marketplace or direct)? A government or church employer plan is not ERISA; the member ID card, the plan documents or the employer's HR office say which.";
  if (
    (a === 'medicare_ffs' && b === 'medicare_advantage') ||
    (a === 'medicare_advantage' && b === 'medicare_ffs') ||
    (a?.startsWith('medicare') && b === undefined)
  )
    return "Is the member in Original Medicare (the red-white-and-blue Medicare card) or a Medicare Advantage plan (a private plan's member card)?";
  if (a && b)
    return `Is this coverage ${LABELS(a)} or ${LABELS(b)}? The member ID card says which.`;
  return `Is this coverage ${LABELS(a as DecidedRegime)}? The member ID card says which.`;
}

export function classifyRegime(
  p: PreparedText,
  known?: Regime,
  minScore: number = REGIME_MIN_SCORE,
  minMargin: number = REGIME_MIN_MARGIN,
): { regime: Regime; evidence: RegimeEvidence } {
  const { scores, hits } = scoreCues(p, REGIME_CUES);
  const [top, second] = topTwo(scores, ORDER);
  const runnerUp = second ? { regime: second.id as Regime, score: second.score } : null;
  if (known) {
    return {
      regime: known,
      evidence: {
        decidedBy: 'facts',
        score: top?.score ?? 0,
        runnerUp: top ? { regime: top.id, score: top.score } : null,
        reason: `supplied as a known fact${top && top.id !== known ? ` (the letter's cues point to ${top.id})` : ''}`,
        cues: hits,
        decidingQuestion: null,
      },
    };
  }
  if (!top || top.score < minScore || (second && top.score - second.score < minMargin)) {
    const candidates = [top?.id, second?.id].filter(
      (x): x is DecidedRegime => x !== undefined && (scores.get(x) ?? 0) > 0,
    );
    const reason = !top
      ? 'no cue names the program, statute or plan type'
      : top.score < minScore
        ? `weak evidence: ${top.id} scored ${top.score} (< ${minScore})`
        : `too close: ${top.id} ${top.score} vs ${second?.id} ${second?.score}`;
    return {
      regime: 'unknown',
      evidence: {
        decidedBy: 'default',
        score: top?.score ?? 0,
        runnerUp: top ? { regime: top.id, score: top.score } : null,
        reason,
        cues: hits,
        decidingQuestion: decidingQuestion(candidates),
      },
    };
  }
  const decisive = hits.filter((h) => h.target === top.id).map((h) => h.cue);
  return {
    regime: top.id,
    evidence: {
      decidedBy: 'cues',
      score: top.score,
      runnerUp,
      reason: `${top.id} scored ${top.score}${runnerUp ? ` vs ${runnerUp.regime} ${runnerUp.score}` : ''} from ${decisive.join(', ')}`,
      cues: hits,
      decidingQuestion: null,
    },
  };
}
