import { DENIAL_CATEGORIES, type DenialCategory } from '@claimlane/shared-contracts';
import type { CategoryEvidence, CodeDetail, CueHit, Span } from '../record-check.types';
import { type PreparedText, hasAny, isInZone, zoneSpans } from '../text/prepare-text';
import type { ZoneKind } from '../text/zones';
import { CATEGORY_CUES } from './category-cues.data';
import { type CategoryModel, categoryModelText, guessCategory } from './category-model';
import { matchOutside, scoreCues, topTwo } from './score-cues';

/** A category needs at least one strong cue (or two supporting ones) and must beat the runner-up. */
export const CATEGORY_MIN_SCORE = 3;
/** Weight of a denial CARC (group other than PR) for its category. */
export const CARC_WEIGHT = 3;

const ORDER = DENIAL_CATEGORIES.filter((c) => c !== 'other');
/** Cues that state the consequence of any denial rather than its cause. */
type Scored = { id: DenialCategory; score: number };
const CONSEQUENCE_CUES: ReadonlySet<string> = new Set(['not_covered']);
/** Cues that a missing referral was the reason: on a tie with the network, the network is the cause. */
const REFERRAL_CUES: ReadonlySet<string> = new Set(['no_referral']);
export const CATEGORY_EXCLUDED_ZONES: readonly ZoneKind[] = ['boilerplate', 'appeal_rights'];

export function classifyCategory(
  p: PreparedText,
  reasonSpan: Span | null,
  carc: readonly CodeDetail[],
  minScore: number = CATEGORY_MIN_SCORE,
  model: CategoryModel | null = null,
): { category: DenialCategory; evidence: CategoryEvidence } {
  const decided = classifyByCues(p, reasonSpan, carc, minScore);
  // A blank form's reason is a placeholder: nothing for the model to read.
  if (decided.category !== 'other' || !model || p.looksLikeTemplate) return decided;
  // The cues abstained: the word model trained on the corpus may know the reason's words.
  const text = categoryModelText(
    reasonSpan && p.masked.slice(reasonSpan[0], reasonSpan[1]),
    p.masked,
  );
  const guess = guessCategory(model, text);
  if (!guess || guess.category === 'other' || guess.margin < MODEL_MIN_MARGIN) return decided;
  return {
    category: guess.category,
    evidence: {
      ...decided.evidence,
      decidedBy: 'model',
      reason: `no cue decided; the reason's words point to ${guess.category} (word model trained on ${model.docs} letters, margin ${guess.margin.toFixed(1)})`,
    },
  };
}

// A letter that decides a request for approval states the approval rule as context ("An in-lab
// sleep study needs our approval before it is done"): the rule is why the request was made, not why
// it was refused.
const APPROVAL_REQUESTED =
  /(?<!\b(?:no one|nobody|never|not|n't|n’t)[ \t]+)\b(?:asked us to (?:approve|authori[sz]e|cover)|(?:requested|asked for) (?:prior )?(?:approval|authori[sz]ation|pre-?certification) (?:for|of))\b/i;
const APPROVAL_RULE_CUES: ReadonlySet<string> = new Set([
  'no_prior_auth',
  'approval_before_plain',
  'precert_mention',
]);
const STATES_THE_RULE = /^(?:requires?|must be|needs?|only (?:when|if)|unless)\b/i;

function withoutApprovalRule(
  p: PreparedText,
  scored: { scores: Map<DenialCategory, number>; hits: CueHit[] },
): { scores: Map<DenialCategory, number>; hits: CueHit[] } {
  if (
    !scored.hits.some((h) => APPROVAL_RULE_CUES.has(h.cue)) ||
    !hasAny(p, ['asked', 'requested']) ||
    !matchOutside(p, APPROVAL_REQUESTED, CATEGORY_EXCLUDED_ZONES)
  )
    return scored;
  const scores = new Map(scored.scores);
  const hits = scored.hits.filter((h) => {
    if (!APPROVAL_RULE_CUES.has(h.cue)) return true;
    const said = h.span ? p.masked.slice(h.span[0], h.span[1]) : '';
    if (h.cue !== 'precert_mention' && !STATES_THE_RULE.test(said)) return true;
    const target = h.target as DenialCategory;
    scores.set(target, (scores.get(target) ?? 0) - h.weight);
    return false;
  });
  return { scores, hits };
}

/** Log-probability lead the word model needs over its runner-up before it names a category. */
export const MODEL_MIN_MARGIN = 2;

function classifyByCues(
  p: PreparedText,
  reasonSpan: Span | null,
  carc: readonly CodeDetail[],
  minScore: number,
): { category: DenialCategory; evidence: CategoryEvidence } {
  // The category is read from what the payer decided: the reason zones and the stated reason
  // count double; appeal-rights text and boilerplate ("you may ask for an external review of
  // experimental treatment…") never vote.
  const boost = [...(reasonSpan ? [reasonSpan] : []), ...zoneSpans(p, 'reason')];
  const { scores, hits } = withoutApprovalRule(
    p,
    scoreCues(p, CATEGORY_CUES, boost, CATEGORY_EXCLUDED_ZONES),
  );
  const narrative = topTwo(scores, ORDER);
  const narrativeTop = narrative[0];
  const narrativeCategory =
    narrativeTop &&
    narrativeTop.score >= minScore &&
    narrativeTop.score > (narrative[1]?.score ?? 0)
      ? narrativeTop.id
      : null;

  const combined = new Map(scores);
  const carcHits: CueHit[] = [];
  for (const c of carc) {
    if (!c.denial || !c.category || c.group === 'PR') continue;
    // A code quoted in a glossary or tagline block is not applied to this claim.
    if (isInZone(p, c.span[0], 'boilerplate')) continue;
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
  if (!top || top.score < minScore) {
    return {
      category: 'other',
      evidence: {
        decidedBy: 'default',
        score: top?.score ?? 0,
        runnerUp: top ? { category: top.id, score: top.score } : null,
        reason: top
          ? `weak evidence: best candidate ${top.id} scored ${top.score} (< ${minScore})`
          : 'no category cue or denial code found',
        narrativeCategory,
        cues: allHits,
      },
    };
  }
  // On a tie, a category the letter names outright (its strongest single cue is heavier) beats
  // one that only gathers supporting cues: "experimental" in the reason outweighs a rationale that
  // mentions conservative therapy.
  if (second && second.score === top.score) {
    const wins = (winner: Scored, loser: Scored, why: string) => ({
      category: winner.id,
      evidence: {
        decidedBy: 'cues' as const,
        score: winner.score,
        runnerUp: { category: loser.id, score: loser.score },
        reason: `${winner.id} tied ${loser.id} at ${winner.score} and ${why}`,
        narrativeCategory,
        cues: allHits,
      },
    });
    // "…did not meet our guidelines, so it is not a covered service": "not covered" is the
    // consequence every denial states, so on a tie it yields to the category that gives a cause.
    const onlyConsequence = (c: DenialCategory): boolean =>
      allHits.filter((h) => h.target === c).every((h) => CONSEQUENCE_CUES.has(h.cue));
    const [aOnly, bOnly] = [onlyConsequence(top.id), onlyConsequence(second.id)];
    if (aOnly !== bOnly)
      return aOnly
        ? wins(second, top, 'gives the cause ("not covered" is the consequence)')
        : wins(top, second, 'gives the cause ("not covered" is the consequence)');
    // An HMO pays a provider outside its network only with a referral: the network is the cause.
    const onlyReferral = (c: DenialCategory): boolean =>
      allHits.filter((h) => h.target === c).every((h) => REFERRAL_CUES.has(h.cue));
    const ids = [top.id, second.id];
    if (ids.includes('out_of_network') && ids.includes('prior_authorization')) {
      const [oon, pa] = top.id === 'out_of_network' ? [top, second] : [second, top];
      if (onlyReferral('prior_authorization'))
        return wins(
          oon,
          pa,
          'gives the cause (a referral is what a provider outside the network needs)',
        );
    }
    const strongest = (c: DenialCategory): number =>
      Math.max(0, ...allHits.filter((h) => h.target === c).map((h) => h.weight));
    const [a, b] = [strongest(top.id), strongest(second.id)];
    const why = `wins on its strongest cue (${Math.max(a, b)} vs ${Math.min(a, b)})`;
    if (a !== b) return a > b ? wins(top, second, why) : wins(second, top, why);
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
