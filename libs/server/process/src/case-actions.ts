import { registerEnumType } from '@nestjs/graphql';
import { availableEventTypes } from '@claimlane/domain-appeal-process';
import type { AppealEventType, Role } from '@claimlane/shared-contracts';
import { roleAllows } from '@claimlane/server-auth';
import type { AppealCaseEntity } from '@claimlane/server-db';

/** The stage mutations, named as the operations are (the web maps each to its button). */
export enum CaseAction {
  REQUEST_RECORDS = 'REQUEST_RECORDS',
  MARK_RECORDS_RECEIVED = 'MARK_RECORDS_RECEIVED',
  MARK_CRITERIA_RECEIVED = 'MARK_CRITERIA_RECEIVED',
  SUBMIT_APPEAL = 'SUBMIT_APPEAL',
  RECORD_DECISION = 'RECORD_DECISION',
  EXTEND_DEADLINE = 'EXTEND_DEADLINE',
  ESCALATE_LEVEL = 'ESCALATE_LEVEL',
  CLOSE_CASE = 'CLOSE_CASE',
}
registerEnumType(CaseAction, {
  name: 'CaseAction',
  description: 'A stage mutation (requestRecords, submitAppeal, …) the caller may run on a case',
});

const ACTION_OF: Record<AppealEventType, CaseAction> = {
  recordsRequested: CaseAction.REQUEST_RECORDS,
  recordsReceived: CaseAction.MARK_RECORDS_RECEIVED,
  criteriaReceived: CaseAction.MARK_CRITERIA_RECEIVED,
  appealSubmitted: CaseAction.SUBMIT_APPEAL,
  decisionReceived: CaseAction.RECORD_DECISION,
  deadlineExtended: CaseAction.EXTEND_DEADLINE,
  levelEscalated: CaseAction.ESCALATE_LEVEL,
  caseClosed: CaseAction.CLOSE_CASE,
};

/**
 * What the caller may do to the case now: the stage machine's answer for the case's progress, and
 * nothing for a role the permission matrix does not let transition cases. Computed from the case row
 * alone (no query), so a worklist can ask for it on every row.
 */
export function availableCaseActions(c: AppealCaseEntity, role: Role | null): CaseAction[] {
  if (!role || !roleAllows(role, 'cases.transition')) return [];
  return availableEventTypes({
    stage: c.stage,
    level: c.level,
    levelKind: c.levelKind,
    recordsRequested: c.recordsRequestedAt !== null,
    recordsReceived: c.recordsReceivedAt !== null,
    criteriaReceived: c.criteriaReceivedAt !== null,
  }).map((t) => ACTION_OF[t]);
}
