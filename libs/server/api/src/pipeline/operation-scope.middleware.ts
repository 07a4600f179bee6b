import type { NextFunction, Request, Response } from 'express';
import { OperationScope, TenantContext, type TenantDatabase } from '@claimlane/server-db';
import { ANONYMOUS, requestId, type RequestLike } from '@claimlane/server-common';
import type { AuditService } from '@claimlane/server-audit';

/**
 * Gives every GraphQL request its OperationScope before Apollo sees it, so the whole execution — root
 * fields, nested fields, plugins — runs in one async-local scope and shares one transaction. Mounted
 * after body parsing: a stream callback would run outside this scope.
 */
export function operationScopeMiddleware(db: TenantDatabase, audit: AuditService) {
  return (req: Request, _res: Response, next: NextFunction) => {
    const like = req as unknown as RequestLike;
    const op: OperationScope = new OperationScope(
      db.dataSource,
      (scope) =>
        audit.operationAuditStatement(
          { auth: like.auth ?? ANONYMOUS, requestId: requestId(like), ip: req.ip ?? null },
          scope,
          scope.operationName,
        ),
      (e) => db.onAfterCommitError(e),
      db.gate,
    );
    TenantContext.runOperation(op, next);
  };
}
