import { Injectable } from '@nestjs/common';
import { AuditEventEntity, TenantContext } from '@claimlane/server-db';
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

  /** One row per PHI-bearing record read. */
  async recordReads(
    actor: AuditActor,
    action: string,
    entityType: string,
    ids: string[],
  ): Promise<void> {
    const scope = TenantContext.current();
    if (!scope.tenantId || ids.length === 0) return;
    await scope.manager.insert(
      AuditEventEntity,
      ids.map((id) => ({
        tenantId: scope.tenantId!,
        actorUserId: actor.auth.userId,
        actorApiKeyId: actor.auth.apiKeyId,
        action,
        entityType,
        entityId: id,
        requestId: actor.requestId,
        ip: actor.ip,
        meta: {},
      })),
    );
  }
}
