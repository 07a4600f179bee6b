import { Injectable, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { AuthGuard } from '@nestjs/passport';
import type { Role } from '@claimlane/shared-contracts';
import { TenantDatabase } from '@claimlane/server-db';
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
import { RefreshTokenService } from './refresh-token.service';

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

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
    private readonly refreshTokens: RefreshTokenService,
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
    if (!req.auth) req.auth = await this.identify(ctx, req);
    // Field resolvers inherit their root field's decision.
    const parent = isGraphql
      ? GqlExecutionContext.create(ctx).getInfo<{ parentType: { name: string } }>().parentType.name
      : null;
    if (parent !== null && !ROOT_TYPES.has(parent)) return true;

    const access = this.reflector.getAllAndOverride<Access | undefined>(ACCESS_KEY, [
      ctx.getHandler(),
      ctx.getClass(),
    ]);
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

  private async identify(ctx: ExecutionContext, req: RequestLike): Promise<RequestAuth> {
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
    if (!(await this.refreshTokens.isSessionActive(user.userId, user.sessionId))) {
      throw Errors.unauthenticated('Session has ended; sign in again', {
        reason: 'SESSION_REVOKED',
      });
    }
    const membership = await this.resolveTenant(user.userId, tenantHeader?.toLowerCase());
    return { userId: user.userId, apiKeyId: null, sessionId: user.sessionId, ...membership };
  }

  /** With no header, a user of exactly one workspace works in it; otherwise no tenant is active. */
  private async resolveTenant(
    userId: string,
    tenantId: string | undefined,
  ): Promise<{ tenantId: string | null; role: Role | null }> {
    const rows: Array<{ tenant_id: string; role: Role; status: string }> = await this.db.runAsUser(
      userId,
      (m) =>
        tenantId
          ? m.query(
              `select m.tenant_id, m.role, t.status from memberships m join tenants t on t.id = m.tenant_id
             where m.user_id = $1 and m.tenant_id = $2`,
              [userId, tenantId],
            )
          : m.query(
              `select m.tenant_id, m.role, t.status from memberships m join tenants t on t.id = m.tenant_id
             where m.user_id = $1 limit 2`,
              [userId],
            ),
    );
    if (tenantId) {
      const row = rows[0];
      if (!row) throw Errors.forbidden('You are not a member of this workspace');
      if (row.status !== 'active') throw Errors.forbidden('This workspace is not active');
      return { tenantId: row.tenant_id, role: row.role };
    }
    if (rows.length === 1 && rows[0]!.status === 'active')
      return { tenantId: rows[0]!.tenant_id, role: rows[0]!.role };
    return { tenantId: null, role: null };
  }
}
