import { Errors, assertUuid } from '@claimlane/server-common';
import { AssignedTo, type AppealCaseFilter } from './appeals.models';

/** Adds a value to the statement's parameters and answers its placeholder. */
export type Param = (value: unknown) => string;

export interface CaseFilterSql {
  /** Conditions on `c` (appeal_cases) and `d` (denials, when needsDenialJoin). */
  where: string[];
  needsDenialJoin: boolean;
}

/** `%`, `_` and `\` typed by the user match themselves, not LIKE's wildcards. */
function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

/**
 * The worklist search. Identifiers match by their start (claim number, patient last name, member id)
 * through `^@` on their stored lower-case keys in the "C" collation: leakproof, so the planner may use
 * the key indexes under RLS (migration 981). The title matches anywhere. The term is always a
 * parameter (it is PHI: never in the SQL text, and SQL is never logged with its values).
 */
function searchCondition(term: string, p: Param): string {
  const lower = term.toLowerCase();
  const prefix = p(lower);
  const anywhere = p(`%${likeLiteral(lower)}%`);
  return `(lower(c.title) like ${anywhere} or c.claim_id in (
      select cl.id from claims cl where cl.claim_number_key collate "C" ^@ ${prefix}
      union all
      select cl.id from claims cl
        join patients pt on pt.tenant_id = cl.tenant_id and pt.id = cl.patient_id
       where pt.last_name_key collate "C" ^@ ${prefix} or pt.member_id_key collate "C" ^@ ${prefix}))`;
}

function assignedToCondition(to: AssignedTo, userId: string | null, p: Param): string {
  if (to === AssignedTo.UNASSIGNED) return 'c.assignee_user_id is null';
  if (!userId)
    throw Errors.badInput('assignedTo ME needs a signed-in user (API keys have no assignee)', {
      field: 'assignedTo',
    });
  const me = p(userId);
  return to === AssignedTo.ME
    ? `c.assignee_user_id = ${me}`
    : `(c.assignee_user_id = ${me} or c.assignee_user_id is null)`;
}

/** The filter as SQL conditions; every value a parameter. Shared by the page and the stats. */
export function caseFilterSql(
  filter: AppealCaseFilter | undefined,
  userId: string | null,
  p: Param,
): CaseFilterSql {
  const where: string[] = [];
  if (filter?.stage?.length) where.push(`c.stage = any(${p(filter.stage)})`);
  if (filter?.payerId) where.push(`c.payer_id = ${p(assertUuid(filter.payerId, 'payerId'))}`);
  if (filter?.assigneeId)
    where.push(`c.assignee_user_id = ${p(assertUuid(filter.assigneeId, 'assigneeId'))}`);
  if (filter?.assignedTo) where.push(assignedToCondition(filter.assignedTo, userId, p));
  if (filter?.category?.length) where.push(`d.category = any(${p(filter.category)})`);
  if (filter?.deadlineBefore) where.push(`c.next_deadline_at < ${p(filter.deadlineBefore)}`);
  const term = filter?.search?.trim();
  if (term) where.push(searchCondition(term, p));
  return { where, needsDenialJoin: !!filter?.category?.length };
}

/** A parameter list and its placeholder function. */
export function sqlParams(): { params: unknown[]; p: Param } {
  const params: unknown[] = [];
  return {
    params,
    p: (v) => {
      params.push(v);
      return `$${params.length}`;
    },
  };
}
