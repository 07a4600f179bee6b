import type { AppealEvent, AppealStage, LevelKind } from '@claimlane/shared-contracts';

export interface CaseProgress {
  stage: AppealStage;
  level: number;
  levelKind: LevelKind;
  recordsRequested: boolean;
  recordsReceived: boolean;
  criteriaReceived: boolean;
}

export type TransitionCheck =
  | { ok: true; toStage: AppealStage; level: number; levelKind: LevelKind }
  | { ok: false; reason: string };

const PRE_SUBMISSION: readonly AppealStage[] = [
  'intake',
  'records_requested',
  'evidence',
  'drafting',
  'next_level',
];
const DECIDED: readonly AppealStage[] = ['overturned', 'partially_overturned', 'upheld'];

/** Evidence gathering ends in drafting once both the claim file and the criteria are in hand. */
function gatheringStage(
  recordsReceived: boolean,
  criteriaReceived: boolean,
  current: AppealStage,
): AppealStage {
  if (recordsReceived && criteriaReceived) return 'drafting';
  if (recordsReceived) return 'evidence';
  return current;
}

/**
 * The appeal stage machine (docs/architecture.md §6): which events fit which stage and where they lead. Both the
 * API (to answer CONFLICT before anything changes) and the workflow (which never trusts its input)
 * call this one function.
 */
export function checkTransition(p: CaseProgress, e: AppealEvent): TransitionCheck {
  const same = { level: p.level, levelKind: p.levelKind };
  if (p.stage === 'closed') return { ok: false, reason: 'The case is closed' };
  switch (e.type) {
    case 'recordsRequested':
      if (!PRE_SUBMISSION.includes(p.stage))
        return { ok: false, reason: `Records cannot be requested in stage ${p.stage}` };
      if (p.recordsRequested && !p.recordsReceived)
        return { ok: false, reason: 'Records were already requested and have not arrived yet' };
      return {
        ok: true,
        toStage: p.stage === 'intake' || p.stage === 'next_level' ? 'records_requested' : p.stage,
        ...same,
      };
    case 'recordsReceived':
      if (!PRE_SUBMISSION.includes(p.stage))
        return { ok: false, reason: `Records cannot be marked received in stage ${p.stage}` };
      if (p.recordsReceived) return { ok: false, reason: 'Records were already marked received' };
      return { ok: true, toStage: gatheringStage(true, p.criteriaReceived, 'evidence'), ...same };
    case 'criteriaReceived':
      if (!PRE_SUBMISSION.includes(p.stage))
        return { ok: false, reason: `Criteria cannot be marked received in stage ${p.stage}` };
      if (p.criteriaReceived) return { ok: false, reason: 'Criteria were already marked received' };
      return { ok: true, toStage: gatheringStage(p.recordsReceived, true, p.stage), ...same };
    case 'appealSubmitted':
      if (!PRE_SUBMISSION.includes(p.stage))
        return { ok: false, reason: `An appeal cannot be submitted in stage ${p.stage}` };
      return { ok: true, toStage: 'awaiting_decision', ...same };
    case 'decisionReceived':
      if (p.stage !== 'submitted' && p.stage !== 'awaiting_decision') {
        return {
          ok: false,
          reason: `A decision can only be recorded after submission (stage is ${p.stage})`,
        };
      }
      return { ok: true, toStage: e.outcome, ...same };
    case 'deadlineExtended':
      return { ok: true, toStage: p.stage, ...same };
    case 'levelEscalated':
      // Upheld or partly upheld decisions go up a level; so does a payer that missed its own clock
      // (deemed exhaustion), which is why awaiting_decision is allowed too.
      if (
        p.stage !== 'upheld' &&
        p.stage !== 'partially_overturned' &&
        p.stage !== 'awaiting_decision'
      ) {
        return {
          ok: false,
          reason: `The case can only be escalated after an adverse decision or a missed payer deadline (stage is ${p.stage})`,
        };
      }
      return { ok: true, toStage: 'next_level', level: p.level + 1, levelKind: e.levelKind };
    case 'caseClosed':
      return { ok: true, toStage: 'closed', ...same };
  }
}

export function isDecided(stage: AppealStage): boolean {
  return DECIDED.includes(stage);
}

export function isBeforeSubmission(stage: AppealStage): boolean {
  return PRE_SUBMISSION.includes(stage);
}
