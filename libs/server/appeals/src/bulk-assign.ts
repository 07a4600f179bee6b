import type { EntityManager } from 'typeorm';
import { AppealCaseEntity, TenantContext, caseLoaders, hydrate } from '@claimlane/server-db';
import { AppError, Errors, assertUuid } from '@claimlane/server-common';

export const BULK_ASSIGN_MAX = 200;

/**
 * Assigns (or, with a null assignee, unassigns) many cases in ONE statement: the membership check and
 * the update together, so a non-member assignee changes nothing. All or nothing: when some ids are
 * not cases of this workspace the error names them and the mutation's savepoint undoes the rest.
 * Audit: one row per case, queued into the operation's single audit statement.
 */
export async function bulkAssignCases(
  m: EntityManager,
  ids: readonly string[],
  assigneeId: string | null,
): Promise<AppealCaseEntity[]> {
  if (ids.length === 0) throw Errors.badInput('ids must name at least one case', { field: 'ids' });
  if (ids.length > BULK_ASSIGN_MAX)
    throw Errors.badInput(`At most ${BULK_ASSIGN_MAX} cases per bulk assignment`, {
      field: 'ids',
      max: BULK_ASSIGN_MAX,
    });
  const unique = [...new Set(ids.map((id) => assertUuid(id, 'ids')))];
  const assignee = assigneeId ? assertUuid(assigneeId, 'assigneeId') : null;
  const rows = (await m.query(
    `with member as (
       select $2::uuid is null or exists (
         select 1 from memberships where tenant_id = $1 and user_id = $2::uuid) as ok),
     moved as (
       update appeal_cases c
          set assignee_user_id = $2::uuid, version = c.version + 1, updated_at = now()
         from member where member.ok and c.id = any($3::uuid[])
       returning c.*)
     select member.ok as member_ok, moved.* from member left join moved on true`,
    [TenantContext.tenantId(), assignee, unique],
  )) as Array<Record<string, unknown>>;
  if (rows[0]?.['member_ok'] !== true)
    throw Errors.badInput('assigneeId is not a member of this workspace', { field: 'assigneeId' });
  const loaders = caseLoaders();
  const byId = new Map<string, AppealCaseEntity>();
  for (const row of rows) {
    if (row['id'] == null) continue;
    const entity = hydrate(m, AppealCaseEntity, row);
    loaders.appealCase.clear(entity.id).prime(entity.id, entity);
    byId.set(entity.id, entity);
  }
  const missing = unique.filter((id) => !byId.has(id));
  if (missing.length)
    throw new AppError('NOT_FOUND', `${missing.length} of the cases were not found`, {
      missingIds: missing.slice(0, 20),
    });
  const op = TenantContext.operation();
  for (const id of unique)
    op?.entries.push({ action: 'bulkAssignCases', entityType: 'AppealCase', entityId: id });
  return unique.map((id) => byId.get(id)!);
}
