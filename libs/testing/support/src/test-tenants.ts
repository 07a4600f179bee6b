import { randomBytes } from 'node:crypto';
import type { Role, TenantKind } from '@claimlane/shared-contracts';
import type { GqlResponse, TestApi } from './test-api';

export interface TestUser {
  id: string;
  email: string;
  password: string;
  accessToken: string;
  refreshToken: string;
}

export interface TestTenant {
  id: string;
  owner: TestUser;
  /** Headers for the owner acting in this tenant. */
  headers: Record<string, string>;
}

export const unique = (prefix: string) => `${prefix}-${randomBytes(5).toString('hex')}`;

export function expectOk<T>(res: GqlResponse<T>): T {
  if (res.errors?.length || !res.data) {
    throw new Error(`GraphQL failed: ${JSON.stringify(res.errors)}`);
  }
  return res.data;
}

export function errorCode(res: GqlResponse<unknown>): string | undefined {
  return res.errors?.[0]?.extensions?.code;
}

export async function signUp(api: TestApi, name = 'Test User'): Promise<TestUser> {
  const email = `${unique('user')}@example.test`;
  const password = `pw-${randomBytes(8).toString('hex')}`;
  const data = expectOk(
    await api.gql<{ signUp: { accessToken: string; refreshToken: string; user: { id: string } } }>(
      `mutation($i: SignUpInput!) { signUp(input: $i) { accessToken refreshToken user { id } } }`,
      { i: { email, password, name } },
    ),
  );
  return {
    id: data.signUp.user.id,
    email,
    password,
    accessToken: data.signUp.accessToken,
    refreshToken: data.signUp.refreshToken,
  };
}

export function bearer(user: TestUser, tenantId?: string): Record<string, string> {
  return {
    authorization: `Bearer ${user.accessToken}`,
    ...(tenantId ? { 'x-tenant-id': tenantId } : {}),
  };
}

/** A new tenant with its own OWNER (each test makes its own tenants; nothing is shared). */
export async function createTestTenant(
  api: TestApi,
  opts: { kind?: TenantKind; seatLimit?: number; owner?: TestUser } = {},
): Promise<TestTenant> {
  const owner = opts.owner ?? (await signUp(api, 'Owner'));
  const data = expectOk(
    await api.gql<{ createTenant: { id: string } }>(
      `mutation($i: CreateTenantInput!) { createTenant(input: $i) { id } }`,
      {
        i: { name: unique('Clinic'), kind: opts.kind ?? 'CLINIC', seatLimit: opts.seatLimit ?? 10 },
      },
      bearer(owner),
    ),
  );
  return { id: data.createTenant.id, owner, headers: bearer(owner, data.createTenant.id) };
}

/** Invites and accepts: returns the new member signed in. */
export async function addMember(api: TestApi, tenant: TestTenant, role: Role): Promise<TestUser> {
  const user = await signUp(api, role);
  const inv = expectOk(
    await api.gql<{ inviteMember: { token: string } }>(
      `mutation($i: InviteMemberInput!) { inviteMember(input: $i) { token } }`,
      { i: { email: user.email, role } },
      tenant.headers,
    ),
  );
  expectOk(
    await api.gql(
      `mutation($t: String!) { acceptInvitation(token: $t) { id } }`,
      { t: inv.inviteMember.token },
      bearer(user),
    ),
  );
  return user;
}
