import type { DeadlineEntity, FindingEntity } from '@claimlane/server-db';
import type { DeadlineModel, FindingModel } from './appeals.models';

export function toDeadlineModel(d: DeadlineEntity): DeadlineModel {
  return {
    id: d.id,
    kind: d.kind,
    label: d.label,
    due: d.dueText,
    dueAt: d.dueAt,
    anchorEvent: d.anchorEvent,
    anchorDate: d.anchorDate,
    dayType: d.dayType,
    rule: d.ruleId,
    citation: d.citation,
    assumptions: d.assumptions,
    status: d.status,
    needsDate: d.status === 'needs_date',
    amount: d.amount,
    question: d.question,
  };
}

export function toFindingModel(f: FindingEntity): FindingModel {
  return {
    id: f.id,
    code: f.code,
    kind: f.kind,
    severity: f.severity,
    element: f.element,
    citation: f.citation,
    explanation: f.explanation,
    span: f.spanStart !== null && f.spanEnd !== null ? [f.spanStart, f.spanEnd] : null,
  };
}
