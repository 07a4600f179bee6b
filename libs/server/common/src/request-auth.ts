import type { Role } from '@claimlane/shared-contracts';

/** Who is calling, resolved once per request by the auth guard. */
export interface RequestAuth {
  userId: string | null;
  apiKeyId: string | null;
  /** Session (refresh-token family) the access token belongs to. */
  sessionId: string | null;
  tenantId: string | null;
  role: Role | null;
}

export interface RequestLike {
  id?: string | number;
  ip?: string;
  headers: Record<string, string | string[] | undefined>;
  auth?: RequestAuth;
  user?: unknown;
  body?: unknown;
}

export interface GqlContext {
  req: RequestLike;
  /** The operation's transaction scope (typed loosely here: common does not import db). */
  operation?: unknown;
}

export const ANONYMOUS: RequestAuth = {
  userId: null,
  apiKeyId: null,
  sessionId: null,
  tenantId: null,
  role: null,
};

export function header(req: RequestLike, name: string): string | undefined {
  const v = req.headers[name.toLowerCase()];
  return Array.isArray(v) ? v[0] : v;
}

export function requestId(req: RequestLike): string | null {
  return req.id === undefined ? null : String(req.id);
}
