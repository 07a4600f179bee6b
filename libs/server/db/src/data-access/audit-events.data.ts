import type { EntityManager } from 'typeorm';
import { escapeLiteral } from 'pg';

/**
 * The one writer of `audit_events` (docs/architecture.md §4): single rows (REST uploads, Temporal
 * activities applying a transition for its API caller) and an operation's batch, built as one
 * statement that travels with the operation's COMMIT. Meta never holds PHI (ids and counts only).
 */
export interface AuditEventRow {
  tenantId: string;
  /** Null (or left out) for system work: jobs, webhooks, the CLI. */
  actorUserId?: string | null;
  actorApiKeyId?: string | null;
  requestId?: string | null;
  ip?: string | null;
  action: string;
  entityType?: string | null;
  entityId?: string | null;
  /** Every record of one type a read returned (ids only). */
  entityIds?: string[] | null;
  meta?: Record<string, unknown>;
}

export async function insertAuditEvent(m: EntityManager, e: AuditEventRow): Promise<void> {
  await m.query(
    `insert into audit_events (tenant_id, actor_user_id, actor_api_key_id, request_id, ip, action, entity_type, entity_id, meta, entity_ids)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::uuid[])`,
    [
      e.tenantId,
      e.actorUserId ?? null,
      e.actorApiKeyId ?? null,
      e.requestId ?? null,
      e.ip ?? null,
      e.action,
      e.entityType ?? null,
      e.entityId ?? null,
      JSON.stringify(e.meta ?? {}),
      e.entityIds ?? null,
    ],
  );
}

/** One row of an operation's batch: a mutation field, or every id of one PHI entity type read. */
export interface AuditBatchRow {
  action: string;
  entity_type: string | null;
  entity_id: string | null;
  ids: string[] | null;
  meta: Record<string, unknown>;
}

/**
 * The batch as ONE statement with its values inlined as escaped literals, because a parameterised
 * statement cannot share a round trip with COMMIT.
 */
export function auditBatchStatement(
  actor: Required<Omit<AuditEventRow, 'action' | 'entityType' | 'entityId' | 'entityIds' | 'meta'>>,
  rows: AuditBatchRow[],
): string {
  const lit = (v: string | null) => (v === null ? 'null' : escapeLiteral(v));
  return `insert into audit_events
       (tenant_id, actor_user_id, actor_api_key_id, request_id, ip, action, entity_type, entity_id, entity_ids, meta)
     select ${lit(actor.tenantId)}::uuid, ${lit(actor.actorUserId)}::uuid, ${lit(actor.actorApiKeyId)}::uuid,
            ${lit(actor.requestId)}, ${lit(actor.ip)}, r.action, r.entity_type, r.entity_id,
            (select array_agg(x::uuid) from jsonb_array_elements_text(r.ids) x), coalesce(r.meta, '{}')
     from jsonb_to_recordset(${lit(JSON.stringify(rows))}::jsonb) as r(action text, entity_type text, entity_id text, ids jsonb, meta jsonb)`;
}
