import type { CategoryEvidence, CueHit, EvidenceKind, RegimeEvidence } from '../record-check.types';
import { type PreparedText, isInZone } from '../text/prepare-text';

/**
 * Confidence of a classification from its score and its lead over the runner-up:
 * `(1 - e^(-score/3)) × (0.5 + 0.5 × margin/score)`. One outright cue read in the reason (weight
 * 4, doubled) gives ~0.93; a lone supporting cue with a close runner-up stays under 0.5. The
 * accuracy bench reports how well these numbers are calibrated on the corpus.
 */
export function scoreConfidence(score: number, runnerUp: number): number {
  if (score <= 0) return 0;
  const strength = 1 - Math.exp(-score / 3);
  const margin = Math.max(0, score - runnerUp) / score;
  return Math.round(strength * (0.5 + 0.5 * margin) * 100) / 100;
}

/** The kind of evidence the decisive cues are: a code, a table cell, a labelled field or a sentence. */
export function evidenceKindOf(p: PreparedText, decisive: readonly CueHit[]): EvidenceKind {
  if (decisive.length === 0) return 'inferred';
  const strongest = [...decisive].sort((a, b) => b.weight - a.weight)[0] as CueHit;
  if (strongest.cue.startsWith('carc:')) return 'code';
  const at = strongest.span?.[0];
  if (at === undefined) return 'inferred';
  if (isInZone(p, at, 'table') || isInZone(p, at, 'remittance')) return 'table_cell';
  if (isInZone(p, at, 'header')) return 'labelled_field';
  return 'sentence';
}

export function withCategoryConfidence(
  p: PreparedText,
  category: string,
  e: CategoryEvidence,
): CategoryEvidence {
  const decisive = e.cues.filter((c) => c.target === category);
  const confidence =
    e.decidedBy === 'default'
      ? Math.min(0.3, scoreConfidence(e.score, e.runnerUp?.score ?? 0))
      : scoreConfidence(e.score, e.runnerUp?.score ?? 0);
  return {
    ...e,
    confidence,
    evidenceKind: e.decidedBy === 'default' ? 'inferred' : evidenceKindOf(p, decisive),
    decidingQuestion:
      e.decidedBy === 'default'
        ? e.runnerUp
          ? `Which reason does the payer give for the denial: is it ${e.runnerUp.category.replace(/_/g, ' ')}, or something else? Quote the sentence or the denial code.`
          : 'What reason does the letter give for the denial (quote the sentence, or the denial code and its meaning)?'
        : null,
  };
}

export function withRegimeConfidence(
  p: PreparedText,
  regime: string,
  e: RegimeEvidence,
): RegimeEvidence {
  if (e.decidedBy === 'facts') return { ...e, confidence: 1, evidenceKind: 'supplied_fact' };
  const decisive = e.cues.filter((c) => c.target === regime);
  return {
    ...e,
    confidence:
      e.decidedBy === 'default'
        ? Math.min(0.3, scoreConfidence(e.score, e.runnerUp?.score ?? 0))
        : scoreConfidence(e.score, e.runnerUp?.score ?? 0),
    evidenceKind: e.decidedBy === 'default' ? 'inferred' : evidenceKindOf(p, decisive),
  };
}
