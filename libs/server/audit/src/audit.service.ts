import { Injectable } from '@nestjs/common';
import {
  TenantContext,
  auditBatchStatement,
  insertAuditEvent,
  type AuditBatchRow,
  type OperationScope,
} from '@claimlane/server-db';
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
    await insertAuditEvent(scope.manager, {
      tenantId: scope.tenantId,
      actorUserId: actor.auth.userId,
      actorApiKeyId: actor.auth.apiKeyId,
      requestId: actor.requestId,
      ip: actor.ip,
      action: entry.action,
      entityType: entry.entityType ?? null,
      entityId: entry.entityId ?? null,
      meta: entry.meta ?? {},
    });
  }

  /**
   * Everything one GraphQL operation changed and read, as ONE statement the operation sends with its
   * COMMIT (one round trip): a row per successful mutation field, and a row per PHI entity type read
   * holding all the ids of that type (a 50-case worklist page is 4 rows, not 200).
   */
  operationAuditStatement(
    actor: AuditActor,
    op: OperationScope,
    operationName: string | null,
  ): string | null {
    const scope = op.scope;
    if (!scope?.tenantId) return null;
    const rows: AuditBatchRow[] = op.entries.map((e) => ({
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
    return auditBatchStatement(
      {
        tenantId: scope.tenantId,
        actorUserId: actor.auth.userId,
        actorApiKeyId: actor.auth.apiKeyId,
        requestId: actor.requestId,
        ip: actor.ip,
      },
      rows,
    );
  }
}
