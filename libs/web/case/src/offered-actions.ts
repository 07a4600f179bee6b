import type { AppealStage } from '@claimlane/web-data-access';

export type CaseAction =
  | 'requestRecords'
  | 'markRecordsReceived'
  | 'markCriteriaReceived'
  | 'submitAppeal'
  | 'recordDecision'
  | 'escalateLevel'
  | 'closeCase';

const PRE_SUBMISSION: readonly AppealStage[] = [
  'intake',
  'records_requested',
  'evidence',
  'drafting',
  'next_level',
];

/**
 * The stage actions to offer, following the API's stage machine (libs/domain/appeal-process, which
 * web code may not import). It only decides which buttons to show: the API checks every transition
 * again and answers CONFLICT, which the page shows. Records/criteria flags come from the timeline
 * since the last escalation (the case does not expose them as fields yet).
 */
export function offeredActions(stage: AppealStage, timelineKinds: readonly string[]): CaseAction[] {
  if (stage === 'closed') return [];
  const lastEscalation = timelineKinds.lastIndexOf('levelEscalated');
  const since = timelineKinds.slice(lastEscalation + 1);
  const requested = since.includes('recordsRequested');
  const recordsIn = since.includes('recordsReceived');
  const criteriaIn = since.includes('criteriaReceived');
  const out: CaseAction[] = [];
  if (PRE_SUBMISSION.includes(stage)) {
    if (!requested || recordsIn) out.push('requestRecords');
    if (!recordsIn) out.push('markRecordsReceived');
    if (!criteriaIn) out.push('markCriteriaReceived');
    out.push('submitAppeal');
  }
  if (stage === 'submitted' || stage === 'awaiting_decision') out.push('recordDecision');
  if (stage === 'upheld' || stage === 'partially_overturned' || stage === 'awaiting_decision')
    out.push('escalateLevel');
  out.push('closeCase');
  return out;
}
