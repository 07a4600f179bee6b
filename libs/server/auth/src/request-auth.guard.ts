import { Injectable, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { AuthGuard } from '@nestjs/passport';
import type { Role } from '@claimlane/shared-contracts';
import { TenantContext, TenantDatabase } from '@claimlane/server-db';
import {
  ANONYMOUS,
  Errors,
  header,
  isUuid,
  type GqlContext,
  type RequestAuth,
  type RequestLike,
} from '@claimlane/server-common';
import { ACCESS_KEY, type Access } from './auth.decorators';
import { ApiKeyService } from './api-key.service';
import type { JwtUser } from './jwt.strategy';
import { roleAllows } from './permission-matrix';

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);
const identifying = new WeakMap<RequestLike, Promise<RequestAuth>>();

/**
 * The one global guard. Resolves who is calling (JWT via passport-jwt, or an API key), the active
 * tenant (X-Tenant-Id checked against memberships) and the role, then applies the resolver's declared
 * access. A root field without an access declaration is refused.
 */
@Injectable()
export class RequestAuthGuard extends AuthGuard('jwt') {
  constructor(
    private readonly reflector: Reflector,
    private readonly db: TenantDatabase,
    private readonly apiKeys: ApiKeyService,
  ) {
    super();
  }

  override getRequest(ctx: ExecutionContext): RequestLike {
    if (ctx.getType<GqlContextType>() === 'graphql') {
      return GqlExecutionContext.create(ctx).getContext<GqlContext>().req;
    }
    return ctx.switchToHttp().getRequest<RequestLike>();
  }

  override handleRequest<TUser = JwtUser | null>(
    err: unknown,
    user: unknown,
    info: unknown,
  ): TUser {
    if (err) throw err;
    if (user) return user as TUser;
    const name = (info as { name?: string } | undefined)?.name;
    if (name === 'TokenExpiredError')
      throw Errors.unauthenticated('Access token has expired', { reason: 'TOKEN_EXPIRED' });
    if (name === 'JsonWebTokenError' || name === 'NotBeforeError')
      throw Errors.unauthenticated('Invalid access token');
    return null as TUser;
  }

  override async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const isGraphql = ctx.getType<GqlContextType>() === 'graphql';
    const req = this.getRequest(ctx);
    // Field resolvers inherit their root field's decision.
    const parent = isGraphql
      ? GqlExecutionContext.create(ctx).getInfo<{ parentType: { name: string } }>().parentType.name
      : null;
    const isRoot = parent === null || ROOT_TYPES.has(parent);
    const access = isRoot
      ? this.reflector.getAllAndOverride<Access | undefined>(ACCESS_KEY, [
          ctx.getHandler(),
          ctx.getClass(),
        ])
      : undefined;
    if (!req.auth) {
      // Root fields of one query run concurrently: they share one identification.
      let pending = identifying.get(req);
      const opensTransaction = isGraphql && access !== undefined && access.kind !== 'public';
      if (!pending) identifying.set(req, (pending = this.identify(ctx, req, opensTransaction)));
      req.auth = await pending;
    }
    if (!isRoot) return true;

    const auth = req.auth;
    if (!access) throw Errors.forbidden('Operation has no access rule');
    if (access.kind === 'public') return true;
    if (!auth.userId && !auth.apiKeyId) throw Errors.unauthenticated();
    if (access.kind === 'user') {
      if (!auth.userId)
        throw Errors.forbidden('This operation needs a signed-in user, not an API key');
      return true;
    }
    if (!auth.tenantId || !auth.role) {
      throw Errors.badInput('Choose a workspace: send the X-Tenant-Id header', {
        reason: 'TENANT_REQUIRED',
      });
    }
    if (!roleAllows(auth.role, access.permission)) throw Errors.forbidden();
    return true;
  }

  private async identify(
    ctx: ExecutionContext,
    req: RequestLike,
    opensTransaction: boolean,
  ): Promise<RequestAuth> {
    const tenantHeader = header(req, 'x-tenant-id');
    if (tenantHeader !== undefined && !isUuid(tenantHeader)) {
      throw Errors.badInput('X-Tenant-Id must be a UUID', { field: 'X-Tenant-Id' });
    }
    const apiKey = header(req, 'x-api-key');
    if (apiKey) {
      const auth = await this.apiKeys.authenticate(apiKey);
      if (tenantHeader && tenantHeader.toLowerCase() !== auth.tenantId) {
        throw Errors.forbidden('This API key belongs to another workspace');
      }
      return auth;
    }
    if (!header(req, 'authorization')) return { ...ANONYMOUS };
    await super.canActivate(ctx);
    const user = req.user as JwtUser | null | undefined;
    if (!user) return { ...ANONYMOUS };
    if (!isUuid(user.userId) || !isUuid(user.sessionId))
      throw Errors.unauthenticated('Invalid access token');
    const membership = await this.resolveIdentity(
      user,
      tenantHeader?.toLowerCase(),
      opensTransaction,
    );
    return { userId: user.userId, apiKeyId: null, sessionId: user.sessionId, ...membership };
  }

  /**
   * The session check and the active workspace in one statement (`auth_request_identity`): a live
   * session is required; with no X-Tenant-Id header, a user of exactly one workspace works in it.
   * When the operation is about to open its transaction for a named workspace, the check rides in
   * the transaction's first round trip (docs/architecture.md §2.1): the tenant setting it makes
   * is rolled back unless the check confirms the membership.
   */
  private async resolveIdentity(
    user: JwtUser,
    tenantId: string | undefined,
    opensTransaction: boolean,
  ): Promise<{ tenantId: string | null; role: Role | null }> {
    const op = TenantContext.operation();
    if (opensTransaction && tenantId && op?.isIdle) {
      // All three values are checked UUIDs (isUuid above), so inlining them is safe.
      return op.openWithProbe(
        { tenantId, userId: user.userId },
        `auth_request_identity('${user.userId}'::uuid, '${user.sessionId}'::uuid, '${tenantId}'::uuid)`,
        (rows) => this.membershipFrom(rows[0] as IdentityRow | undefined, tenantId),
      );
    }
    const [row] = (await this.db.dataSource.query(
      `select * from auth_request_identity($1, $2, $3)`,
      [user.userId, user.sessionId, tenantId ?? null],
    )) as IdentityRow[];
    return this.membershipFrom(row, tenantId);
  }

  private membershipFrom(
    row: IdentityRow | undefined,
    tenantId: string | undefined,
  ): { tenantId: string | null; role: Role | null } {
    if (!row?.session_active) {
      throw Errors.unauthenticated('Session has ended; sign in again', {
        reason: 'SESSION_REVOKED',
      });
    }
    if (tenantId) {
      if (!row.tenant_id) throw Errors.forbidden('You are not a member of this workspace');
      if (row.tenant_status !== 'active') throw Errors.inactiveTenant(row.tenant_status);
      return { tenantId: row.tenant_id, role: row.role };
    }
    if (row.membership_count === 1 && row.tenant_status === 'deleted')
      throw Errors.inactiveTenant(row.tenant_status);
    if (row.membership_count === 1 && row.tenant_status === 'active')
      return { tenantId: row.tenant_id, role: row.role };
    return { tenantId: null, role: null };
  }
}

interface IdentityRow {
  session_active: boolean;
  tenant_id: string | null;
  role: Role | null;
  tenant_status: string | null;
  membership_count: number;
}
