import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GqlContext, RequestAuth } from '@claimlane/server-common';
import type { Permission } from './permission-matrix';

export const ACCESS_KEY = 'claimlane:access';

export type Access =
  | { kind: 'public' }
  /** A signed-in user (not an API key); no tenant needed. */
  | { kind: 'user' }
  | { kind: 'permission'; permission: Permission };

/** No credentials needed (sign-up, login, refresh, the free Record Check). */
export const Public = () => SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies Access);
/** A signed-in person, with or without an active tenant (me, myTenants, createTenant…). */
export const UserOnly = () => SetMetadata(ACCESS_KEY, { kind: 'user' } satisfies Access);
/** An operation inside the active tenant, allowed by the permission matrix. */
export const RequirePermission = (permission: Permission) =>
  SetMetadata(ACCESS_KEY, { kind: 'permission', permission } satisfies Access);

export const CurrentAuth = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): RequestAuth => {
    const gql = GqlExecutionContext.create(ctx).getContext<GqlContext>();
    return gql.req.auth!;
  },
);
