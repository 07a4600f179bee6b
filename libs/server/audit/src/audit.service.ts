import { Injectable } from '@nestjs/common';
import { escapeLiteral } from 'pg';
import { AuditEventEntity, TenantContext, type OperationScope } from '@claimlane/server-db';
import type { RequestAuth } from '@claimlane/server-common';

export interface AuditEntry {
  action: string;
  entityType?: string | null;
  entityId?: string | null;
  meta?: Record<string, unknown>;
}

export interface AuditActor {
  auth: RequestAuth;
  requestId: string | null;
  ip: string | null;
}

interface FlushRow {
  action: string;
  entity_type: string | null;
  entity_id: string | null;
  ids: string[] | null;
  meta: Record<string, unknown>;
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * Writes audit rows in the caller's tenant transaction, so an audited change and its audit row commit
 * or roll back together. Meta must never hold PHI (ids and counts only).
 */
@Injectable()
export class AuditService {
  async record(actor: AuditActor, entry: AuditEntry): Promise<void> {
    const scope = TenantContext.current();
    if (!scope.tenantId) return;
    await scope.manager.insert(AuditEventEntity, {
      tenantId: scope.tenantId,
      actorUserId: actor.auth.userId,
      actorApiKeyId: actor.auth.apiKeyId,
      action: entry.action,
      entityType: entry.entityType ?? null,
      entityId: entry.entityId ?? null,
      requestId: actor.requestId,
      ip: actor.ip,
      meta: (entry.meta ?? {}) as object,
    });
  }

  /**
   * Everything one GraphQL operation changed and read, as ONE statement the operation sends with its
   * COMMIT (one round trip): a row per successful mutation field, and a row per PHI entity type read
   * holding all the ids of that type (a 50-case worklist page is 4 rows, not 200). Values are inlined
   * as escaped literals because a parameterised statement cannot share a round trip with COMMIT.
   */
  operationAuditStatement(
    actor: AuditActor,
    op: OperationScope,
    operationName: string | null,
  ): string | null {
    const scope = op.scope;
    if (!scope?.tenantId) return null;
    const rows: FlushRow[] = op.entries.map((e) => ({
      action: e.action,
      entity_type: e.entityType,
      entity_id: e.entityId,
      ids: null,
      meta: {},
    }));
    // A record a mutation returns is already named by the mutation's own row.
    const written = new Set(op.entries.map((e) => e.entityId).filter((id) => id !== null));
    for (const [entityType, set] of op.reads) {
      const ids = [...set].filter((id) => !written.has(id));
      if (!ids.length) continue;
      rows.push({
        action: `${lowerFirst(entityType)}.read`,
        entity_type: entityType,
        entity_id: ids.length === 1 ? ids[0]! : null,
        ids,
        meta: { count: ids.length, ...(operationName ? { operation: operationName } : {}) },
      });
    }
    if (!rows.length) return null;
    const lit = (v: string | null) => (v === null ? 'null' : escapeLiteral(v));
    return `insert into audit_events
         (tenant_id, actor_user_id, actor_api_key_id, request_id, ip, action, entity_type, entity_id, entity_ids, meta)
       select ${lit(scope.tenantId)}::uuid, ${lit(actor.auth.userId)}::uuid, ${lit(actor.auth.apiKeyId)}::uuid,
              ${lit(actor.requestId)}, ${lit(actor.ip)}, r.action, r.entity_type, r.entity_id,
              (select array_agg(x::uuid) from jsonb_array_elements_text(r.ids) x), coalesce(r.meta, '{}')
       from jsonb_to_recordset(${lit(JSON.stringify(rows))}::jsonb) as r(action text, entity_type text, entity_id text, ids jsonb, meta jsonb)`;
  }
}
