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
import { ANONYMOUS, requestId, type GqlContext } from '@claimlane/server-common';
import { AUDIT_READ, NO_MUTATION_AUDIT, type AuditReadSpec } from './audit.decorators';
import { AuditService, type AuditActor } from './audit.service';

const ROOT_TYPES = new Set(['Query', 'Mutation']);
const PUBLIC_ACCESS_KEY = 'claimlane:access';

interface ResolveInfo {
  fieldName: string;
  parentType: { name: string };
  returnType: { toString(): string };
}

/**
 * Runs every resolver inside its request's scope: a transaction with `app.tenant_id`/`app.user_id` set
 * (RLS does the filtering), then writes the audit rows in that same transaction: one per successful
 * mutation, one per PHI record returned by an @AuditRead resolver. An error rolls back both.
 */
@Injectable()
export class RequestScopeInterceptor implements NestInterceptor {
  constructor(
    private readonly db: TenantDatabase,
    private readonly audit: AuditService,
    private readonly reflector: Reflector,
  ) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (ctx.getType<GqlContextType>() !== 'graphql') return this.interceptHttp(ctx, next);
    const gql = GqlExecutionContext.create(ctx);
    const info = gql.getInfo<ResolveInfo>();
    const req = gql.getContext<GqlContext>().req;
    const auth = req.auth ?? ANONYMOUS;
    const isRoot = ROOT_TYPES.has(info.parentType.name);
    const access = this.reflector.get<{ kind: string } | undefined>(
      PUBLIC_ACCESS_KEY,
      ctx.getHandler(),
    );
    // Already inside a scope (e.g. a nested call) or public operations: no extra transaction.
    if (TenantContext.peek() || (isRoot && access?.kind === 'public')) return next.handle();

    const actor: AuditActor = { auth, requestId: requestId(req), ip: req.ip ?? null };
    const readSpec = this.reflector.get<AuditReadSpec | undefined>(AUDIT_READ, ctx.getHandler());
    const auditMutation =
      isRoot &&
      info.parentType.name === 'Mutation' &&
      !this.reflector.get<boolean>(NO_MUTATION_AUDIT, ctx.getHandler());
    const args = gql.getArgs<Record<string, unknown>>();

    const run = async () => {
      const result = await lastValueFrom(next.handle(), { defaultValue: undefined });
      if (auditMutation) {
        await this.audit.record(actor, {
          action: info.fieldName,
          entityType: info.returnType.toString().replace(/[[\]!]/g, ''),
          entityId: idOf(result) ?? (typeof args['id'] === 'string' ? args['id'] : null),
        });
      }
      if (readSpec)
        await this.audit.recordReads(actor, readSpec.action, readSpec.entity, idsOf(result));
      return result;
    };
    // Operations for the signed-in person (createTenant, acceptInvitation, me…) never run inside a tenant.
    if (auth.tenantId && !(isRoot && access?.kind === 'user'))
      return from(this.db.runInTenantTx(auth.tenantId, run, { userId: auth.userId }));
    if (auth.userId) return from(this.db.runAsUser(auth.userId, run));
    return from(this.db.runAnonymous(run));
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

function idsOf(v: unknown): string[] {
  if (!v || typeof v !== 'object') return [];
  if (Array.isArray(v)) return v.flatMap(idsOf);
  const o = v as Record<string, unknown>;
  if (Array.isArray(o['edges']))
    return (o['edges'] as Array<{ node: unknown }>).flatMap((e) => idsOf(e.node));
  return typeof o['id'] === 'string' ? [o['id']] : [];
}
