import {
  Inject,
  Injectable,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { APP_CONFIG, type AppConfig } from '@claimlane/server-config';
import { TenantContext, TenantDatabase } from '@claimlane/server-db';
import type { GqlContext, RequestLike } from '@claimlane/server-common';
import { ACCESS_KEY, type Access } from '@claimlane/server-auth';
import { ALLOW_IN_READ_ONLY } from './read-only.decorators';
import { assertWorkspaceWritable } from './workspace-write-check';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Global write gate for unpaid or ended workspaces: a tenant-scoped GraphQL mutation or REST write
 * is refused with WORKSPACE_READ_ONLY unless marked @AllowInReadOnlyWorkspace(). Queries, GETs,
 * public and user-only operations (login, switching workspace) pass. An interceptor rather than a
 * guard because interceptors run after every guard, so the caller's tenant is always resolved.
 */
@Injectable()
export class WorkspaceReadOnlyInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly db: TenantDatabase,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    let req: RequestLike;
    if (ctx.getType<GqlContextType>() === 'graphql') {
      const gql = GqlExecutionContext.create(ctx);
      if (gql.getInfo<{ parentType: { name: string } }>().parentType.name !== 'Mutation')
        return next.handle();
      req = gql.getContext<GqlContext>().req;
    } else {
      req = ctx.switchToHttp().getRequest<RequestLike & { method?: string }>();
      if (SAFE_METHODS.has((req as { method?: string }).method ?? 'GET')) return next.handle();
    }
    const access = this.reflector.getAllAndOverride<Access | undefined>(ACCESS_KEY, [
      ctx.getHandler(),
      ctx.getClass(),
    ]);
    const tenantId = req.auth?.tenantId;
    if (
      !tenantId ||
      access?.kind !== 'permission' ||
      this.reflector.getAllAndOverride<boolean>(ALLOW_IN_READ_ONLY, [
        ctx.getHandler(),
        ctx.getClass(),
      ])
    )
      return next.handle();
    return from(
      (async () => {
        await this.check(tenantId, req.auth?.userId ?? null);
        return lastValueFrom(next.handle(), { defaultValue: undefined });
      })(),
    );
  }

  /** Inside the operation's transaction when one is open; otherwise one short read of its own. */
  private check(tenantId: string, userId: string | null): Promise<void> {
    const scope = TenantContext.peek();
    if (scope?.tenantId === tenantId)
      return assertWorkspaceWritable(scope.manager, tenantId, this.config.BILLING_GRACE_DAYS);
    return this.db.runInTenantTx(
      tenantId,
      (m) => assertWorkspaceWritable(m, tenantId, this.config.BILLING_GRACE_DAYS),
      { userId },
    );
  }
}
