/**
 * The one writer of `deadlines` (docs/architecture.md §4): the case services (creation, corrections,
 * the tenant's time zone), the Temporal activities (clocks met, missed, extended, cancelled) and the
 * CLI all change deadline rows through these functions; each returns what its callers put on the
 * timeline. After a change, callers refresh the case's sort key (refreshNextDeadline).
 */
import type { EntityManager } from 'typeorm';
import type { ComputedDeadline, PendingDeadline } from '@claimlane/domain-deadlines';
import type { WorkflowDeadline } from '@claimlane/shared-contracts';
import { DEFAULT_TIME_ZONE, endOfDayIn, localDay } from '@claimlane/domain-appeal-process';
import { DeadlineEntity, type DeadlineStatus } from '../entities';

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

/**
 * Today where the clinic is: the day user dates are checked against and deadlines are computed
 * "as of". UTC's date is a day ahead in the evening in the Americas.
 */
export async function tenantToday(m: EntityManager, tenantId: string): Promise<string> {
  return localDay(new Date(), await tenantTimeZone(m, tenantId));
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

/**
 * Deadlines that apply but have no date to count from (issue 7): stored with status `needs_date`,
 * no due values and the question that gets the date. The workflow only times `open` rows, so these
 * are shown on the case but never timed, reminded or declared missed. Member steps only, one row
 * per kind, none for a kind already timed.
 */
export async function insertNeedsDateDeadlines(
  m: EntityManager,
  tenantId: string,
  caseId: string,
  pending: readonly PendingDeadline[],
  timedKinds: readonly string[] = [],
): Promise<void> {
  const rows = pending.filter(
    (p, i) =>
      partyOf(p.kind) === 'member' &&
      !timedKinds.includes(p.kind) &&
      pending.findIndex((q) => q.kind === p.kind) === i,
  );
  if (!rows.length) return;
  await m.getRepository(DeadlineEntity).insert(
    rows.map((p) => ({
      tenantId,
      caseId,
      kind: p.kind,
      label: p.label,
      dueAt: null,
      dueText: null,
      anchorEvent: p.anchorEvent,
      anchorDate: null,
      dayType: p.dayType,
      amount: p.amount,
      ruleId: p.rule,
      citation: p.citation,
      assumptions: p.stated
        ? [`The letter states ${p.stated.days} days from the ${p.stated.anchor}.`]
        : [],
      status: 'needs_date' as const,
      party: 'member' as const,
      question: p.question.slice(0, 500),
    })),
  );
}

/** A timed deadline whose anchor date is gone again (a correction cleared it): back to `needs_date`. */
export async function untimeDeadline(
  m: EntityManager,
  deadlineId: string,
  p: PendingDeadline,
): Promise<void> {
  await m.query(
    `update deadlines set status = 'needs_date', due_at = null, due_text = null, anchor_date = null,
        anchor_event = $2, rule_id = $3, citation = $4, label = $5, amount = $6, question = $7,
        assumptions = '[]'::jsonb, updated_at = now()
      where id = $1`,
    [deadlineId, p.anchorEvent, p.rule, p.citation, p.label, p.amount, p.question.slice(0, 500)],
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
    // `needs_date` rows have no due time: the workflow never sees them, so never times them.
    `select id, kind, party, due_at, status, label, citation from deadlines
      where case_id = $1 and status <> 'needs_date' order by due_at, id`,
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

interface DeadlineRowRef {
  id: string;
  kind: string;
  due_text: string;
}

type Returned<T> = [T[], number];

/** Marks one open deadline of the case met/missed; null when it was not open (already settled). */
export async function settleDeadline(
  m: EntityManager,
  caseId: string,
  deadlineId: string,
  status: DeadlineStatus,
): Promise<{ kind: string } | null> {
  const [rows] = (await m.query(
    `update deadlines set status = $2, updated_at = now() where id = $1 and case_id = $3 and status = 'open' returning kind`,
    [deadlineId, status, caseId],
  )) as Returned<{ kind: string }>;
  return rows[0] ?? null;
}

/** Every open payer clock of the case is met (the decision arrived). */
export async function meetOpenPayerDeadlines(m: EntityManager, caseId: string): Promise<void> {
  await m.query(
    `update deadlines set status = 'met', updated_at = now() where case_id = $1 and status = 'open' and party = 'payer'`,
    [caseId],
  );
}

/** Every open (or untimed) deadline of the case is cancelled (the case closed). */
export async function cancelOpenDeadlines(m: EntityManager, caseId: string): Promise<void> {
  await m.query(
    `update deadlines set status = 'cancelled', updated_at = now() where case_id = $1 and status in ('open', 'needs_date')`,
    [caseId],
  );
}

/** One deadline no longer applies (a correction removed its rule). */
export async function cancelDeadline(m: EntityManager, deadlineId: string): Promise<void> {
  await m.query(`update deadlines set status = 'cancelled', updated_at = now() where id = $1`, [
    deadlineId,
  ]);
}

/** The member's open next-level windows other than `keep` (the path the case took) are cancelled. */
export async function cancelOtherMemberWindows(
  m: EntityManager,
  caseId: string,
  kinds: readonly string[],
  keep: string | null,
): Promise<DeadlineRowRef[]> {
  const [rows] = (await m.query(
    `update deadlines set status = 'cancelled', updated_at = now()
      where case_id = $1 and status = 'open' and party = 'member' and kind = any($2) and kind is distinct from $3
      returning id, kind, due_text`,
    [caseId, [...kinds], keep],
  )) as Returned<DeadlineRowRef>;
  return rows;
}

/** A payer clock moves by the rule's extension; the original due time is kept once. */
export async function extendDeadline(
  m: EntityManager,
  caseId: string,
  deadlineId: string,
  newDue: string,
  timeZone: string,
  reason: string,
): Promise<void> {
  await m.query(
    `update deadlines set base_due_at = coalesce(base_due_at, due_at), due_at = $2, due_text = $3, status = 'open', updated_at = now(),
       assumptions = assumptions || jsonb_build_array($4::text)
     where id = $1 and case_id = $5`,
    [deadlineId, dueInstant(newDue, timeZone), newDue, `extended: ${reason}`, caseId],
  );
}

/**
 * A recomputed deadline replaces the stored one (corrections); a future due time reopens it, and a
 * `needs_date` row given its date opens (the workflow then times it, or declares it missed).
 */
export async function replaceComputedDeadline(
  m: EntityManager,
  deadlineId: string,
  next: ComputedDeadline,
  timeZone: string,
): Promise<void> {
  await m.query(
    `update deadlines set due_at = $2, due_text = $3, rule_id = $4, citation = $5, label = $6,
        anchor_event = $7, anchor_date = $8, day_type = $9, amount = $10, assumptions = $11,
        question = null, updated_at = now(),
        status = case when status = 'needs_date' or $2::timestamptz > now() then 'open' else status end
      where id = $1`,
    [
      deadlineId,
      dueInstant(next.due, timeZone),
      next.due,
      next.rule,
      next.citation,
      next.label,
      next.anchor.event,
      next.anchor.date,
      next.dayType,
      next.amount,
      JSON.stringify(next.assumptions),
    ],
  );
}

/**
 * The submission time the user gives is the truth: a filing deadline it precedes is met, even when it
 * had been marked missed; an open one it follows is missed. Returns the rows whose status changed.
 */
export async function settleFilingDeadlinesAt(
  m: EntityManager,
  caseId: string,
  kinds: readonly string[],
  at: string,
): Promise<Array<DeadlineRowRef & { status: string; was: string }>> {
  const [rows] = (await m.query(
    `with before as (
       select tenant_id, id, status from deadlines
        where case_id = $1 and party = 'member' and kind = any($2)
          and (status = 'open' or (status = 'missed' and due_at >= $3::timestamptz))
        for update)
     update deadlines d set status = case when d.due_at >= $3::timestamptz then 'met' else 'missed' end, updated_at = now()
       from before b where d.tenant_id = b.tenant_id and d.id = b.id
     returning d.id, d.kind, d.status, d.due_text, b.status as was`,
    [caseId, [...kinds], at],
  )) as Returned<DeadlineRowRef & { status: string; was: string }>;
  return rows;
}

/**
 * The tenant's zone changed: every open date deadline ends at 23:59:59 of its day in the new zone
 * (through dueInstant, the one end-of-day rule). Returns the cases whose clocks moved.
 */
export async function retimeOpenDateDeadlines(
  m: EntityManager,
  timeZone: string,
): Promise<string[]> {
  const rows: Array<{ id: string; case_id: string; due_text: string }> = await m.query(
    `select id, case_id, due_text from deadlines where status = 'open' and due_text ~ '^\\d{4}-\\d{2}-\\d{2}$'`,
  );
  if (!rows.length) return [];
  await m.query(
    `update deadlines d set due_at = v.due_at, updated_at = now()
       from unnest($1::uuid[], $2::timestamptz[]) as v(id, due_at) where d.id = v.id`,
    [rows.map((r) => r.id), rows.map((r) => dueInstant(r.due_text, timeZone))],
  );
  return [...new Set(rows.map((r) => r.case_id))];
}
