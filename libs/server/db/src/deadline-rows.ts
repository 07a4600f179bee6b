import type { EntityManager } from 'typeorm';
import type { ComputedDeadline } from '@claimlane/domain-deadlines';
import type { WorkflowDeadline } from '@claimlane/shared-contracts';
import { DeadlineEntity } from './entities';

/**
 * Date deadlines end at the end of their day. Cases carry no time zone yet, so the end of the day is
 * taken in US Eastern (the earliest of the continental zones), which never calendars a day too late.
 */
export function dueInstant(due: string): Date {
  if (due.includes('T')) return new Date(due);
  const [y, m, d] = due.split('-').map(Number) as [number, number, number];
  // 23:59:59 Eastern = 04:59:59 UTC the next day in EST; using EST (not EDT) errs an hour early in summer.
  return new Date(Date.UTC(y, m - 1, d + 1, 4, 59, 59));
}

export function partyOf(kind: string): 'member' | 'payer' | 'reviewer' {
  if (kind.startsWith('payer_') || kind === 'records_request_response') return 'payer';
  if (kind === 'external_review_decision') return 'reviewer';
  return 'member';
}

export async function insertComputedDeadlines(
  m: EntityManager,
  tenantId: string,
  caseId: string,
  list: ComputedDeadline[],
): Promise<void> {
  if (!list.length) return;
  await m.getRepository(DeadlineEntity).insert(
    list.map((d) => ({
      tenantId,
      caseId,
      kind: d.kind,
      label: d.label,
      dueAt: dueInstant(d.due),
      dueText: d.due,
      anchorEvent: d.anchor.event,
      anchorDate: d.anchor.date,
      dayType: d.dayType,
      amount: d.amount,
      ruleId: d.rule,
      citation: d.citation,
      assumptions: d.assumptions,
      status: 'open' as const,
      party: partyOf(d.kind),
    })),
  );
}

export async function loadWorkflowDeadlines(
  m: EntityManager,
  caseId: string,
): Promise<WorkflowDeadline[]> {
  const rows: Array<{
    id: string;
    kind: string;
    party: WorkflowDeadline['party'];
    due_at: Date;
    status: WorkflowDeadline['status'];
    label: string | null;
    citation: string | null;
  }> = await m.query(
    `select id, kind, party, due_at, status, label, citation from deadlines where case_id = $1 order by due_at, id`,
    [caseId],
  );
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    party: r.party,
    dueAt: new Date(r.due_at).toISOString(),
    status: r.status,
    label: r.label,
    citation: r.citation,
  }));
}

/** Keeps the worklist's sort key (`next_deadline_at`) equal to the earliest open deadline. */
export async function refreshNextDeadline(m: EntityManager, caseId: string): Promise<void> {
  await m.query(
    `update appeal_cases c set next_deadline_at = (select min(d.due_at) from deadlines d where d.tenant_id = c.tenant_id and d.case_id = c.id and d.status = 'open'),
       updated_at = now()
     where c.id = $1`,
    [caseId],
  );
}
