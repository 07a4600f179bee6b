import type { EntityManager } from 'typeorm';
import type { ComputedDeadline } from '@claimlane/domain-deadlines';
import type { WorkflowDeadline } from '@claimlane/shared-contracts';
import { DEFAULT_TIME_ZONE, endOfDayIn } from '@claimlane/domain-appeal-process';
import { DeadlineEntity } from './entities';

/**
 * Date deadlines end at 23:59:59 on their day in the tenant's time zone (DST-correct); date-times
 * (hour clocks) are instants already.
 */
export function dueInstant(due: string, timeZone: string = DEFAULT_TIME_ZONE): Date {
  if (due.includes('T')) return new Date(due);
  return endOfDayIn(due, timeZone);
}

/** The tenant's zone, for ending date deadlines (inside the tenant's transaction). */
export async function tenantTimeZone(m: EntityManager, tenantId: string): Promise<string> {
  const rows: Array<{ time_zone: string }> = await m.query(
    `select time_zone from tenants where id = $1`,
    [tenantId],
  );
  return rows[0]?.time_zone ?? DEFAULT_TIME_ZONE;
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
  const zone = await tenantTimeZone(m, tenantId);
  await m.getRepository(DeadlineEntity).insert(
    list.map((d) => ({
      tenantId,
      caseId,
      kind: d.kind,
      label: d.label,
      dueAt: dueInstant(d.due, zone),
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
