import {
  Injectable,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { TenantContext, TenantDatabase } from '@claimlane/server-db';
import { ANONYMOUS, type GqlContext, type RequestAuth } from '@claimlane/server-common';
import { NO_MUTATION_AUDIT } from '@claimlane/server-audit';
import { ACCESS_KEY, type Access } from '@claimlane/server-auth';

interface ResolveInfo {
  fieldName: string;
  parentType: { name: string };
  returnType: { toString(): string };
}

/**
 * Root fields only (nested fields have no interceptors): the first root field that needs the database
 * opens the operation's transaction with the caller's identity; each mutation field runs in a
 * savepoint and, once it succeeded, queues its audit row for the operation's single audit statement.
 * Public fields (login, the free Record Check) never open a transaction.
 */
@Injectable()
export class OperationScopeInterceptor implements NestInterceptor {
  constructor(
    private readonly db: TenantDatabase,
    private readonly reflector: Reflector,
  ) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (ctx.getType<GqlContextType>() !== 'graphql') return this.interceptHttp(ctx, next);
    const gql = GqlExecutionContext.create(ctx);
    const info = gql.getInfo<ResolveInfo>();
    const auth = gql.getContext<GqlContext>().req.auth ?? ANONYMOUS;
    const access = this.reflector.get<Access | undefined>(ACCESS_KEY, ctx.getHandler());
    if (access?.kind === 'public') return next.handle();
    const op = TenantContext.operation();
    const handle = () => lastValueFrom(next.handle(), { defaultValue: undefined });
    if (!op) return from(this.inOwnTransaction(auth, handle));

    const isMutation = info.parentType.name === 'Mutation';
    const audited = isMutation && !this.reflector.get<boolean>(NO_MUTATION_AUDIT, ctx.getHandler());
    const args = gql.getArgs<Record<string, unknown>>();
    const run = async () => {
      await op.ensureOpen({ tenantId: auth.tenantId, userId: auth.userId });
      if (!isMutation) return handle();
      const result = await op.savepoint(handle);
      if (audited) {
        op.entries.push({
          action: info.fieldName,
          entityType: info.returnType.toString().replace(/[[\]!]/g, ''),
          entityId: idOf(result) ?? (typeof args['id'] === 'string' ? args['id'] : null),
        });
      }
      return result;
    };
    return from(run());
  }

  /** Outside an HTTP GraphQL request (none today): one transaction for this field alone. */
  private inOwnTransaction<T>(auth: RequestAuth, fn: () => Promise<T>): Promise<T> {
    if (auth.tenantId) return this.db.runInTenantTx(auth.tenantId, fn, { userId: auth.userId });
    if (auth.userId) return this.db.runAsUser(auth.userId, fn);
    return this.db.runAnonymous(fn);
  }

  /** REST endpoints (uploads) run in the same tenant scope; they write their own audit rows. */
  private interceptHttp(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = ctx.switchToHttp().getRequest<GqlContext['req']>();
    const auth = req.auth ?? ANONYMOUS;
    const run = () => lastValueFrom(next.handle(), { defaultValue: undefined });
    if (auth.tenantId)
      return from(this.db.runInTenantTx(auth.tenantId, run, { userId: auth.userId }));
    return next.handle();
  }
}

function idOf(v: unknown): string | null {
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o['id'] === 'string') return o['id'];
    for (const key of Object.keys(o)) {
      const inner = o[key];
      if (
        inner &&
        typeof inner === 'object' &&
        typeof (inner as Record<string, unknown>)['id'] === 'string'
      ) {
        return (inner as Record<string, string>)['id']!;
      }
    }
  }
  return null;
}
