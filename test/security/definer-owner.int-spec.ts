import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addMember,
  createTestTenant,
  errorCode,
  expectOk,
  startTestApi,
  type TestApi,
} from '@claimlane/testing';

const DEFINERS = `
  select p.oid::regprocedure::text as fn, r.rolname as owner, r.rolsuper as super,
         r.rolcanlogin as login, r.rolbypassrls as bypassrls
  from pg_proc p join pg_namespace n on n.oid = p.pronamespace join pg_roles r on r.oid = p.proowner
  where n.nspname = 'public' and p.prosecdef order by 1`;

describe('SECURITY DEFINER functions belong to a narrow, non-superuser role', () => {
  let api: TestApi;
  let owner: Client;
  beforeAll(async () => {
    api = await startTestApi();
    owner = new Client({ connectionString: api.db.ownerUrl });
    await owner.connect();
  });
  afterAll(async () => {
    await owner?.end();
    await api?.close();
  });

  it('every definer function is owned by claimlane_definer: no superuser, no login', async () => {
    const { rows } = await owner.query<{
      fn: string;
      owner: string;
      super: boolean;
      login: boolean;
      bypassrls: boolean;
    }>(DEFINERS);
    expect(rows.length).toBeGreaterThanOrEqual(9);
    for (const r of rows) {
      expect(r, r.fn).toMatchObject({ owner: 'claimlane_definer', super: false, login: false });
    }
  });

  it('the role holds table privileges only on the tables the functions use', async () => {
    const { rows } = await owner.query<{ table_name: string }>(
      `select distinct table_name from information_schema.role_table_grants
        where grantee = 'claimlane_definer' order by 1`,
    );
    expect(rows.map((r) => r.table_name)).toEqual([
      'api_keys',
      'billing_subscriptions',
      'invitations',
      'memberships',
      'refresh_tokens',
      'signup_requests',
      'tenants',
      'users',
    ]);
    const { rows: del } = await owner.query(
      `select 1 from information_schema.role_table_grants
        where grantee = 'claimlane_definer' and privilege_type in ('DELETE', 'TRUNCATE')
          and table_name <> 'signup_requests'`,
    );
    // Only expired or used sign-up requests are ever deleted; no account data.
    expect(del).toHaveLength(0);
  });

  it('sign-up, login, refresh, tenant creation, invitations, API keys and lockout still work', async () => {
    const t = await createTestTenant(api);
    const login = expectOk(
      await api.gql<{ login: { refreshToken: string } }>(
        `mutation($i: LoginInput!) { login(input: $i) { refreshToken } }`,
        { i: { email: t.owner.email, password: t.owner.password } },
      ),
    );
    expectOk(
      await api.gql(`mutation($t: String!) { refreshToken(token: $t) { accessToken } }`, {
        t: login.login.refreshToken,
      }),
    );
    const member = await addMember(api, t, 'BILLER');
    expect(member.id).toBeTruthy();
    const key = expectOk(
      await api.gql<{ createApiKey: { secret: string } }>(
        `mutation { createApiKey(input: { name: "definer", role: VIEWER }) { secret } }`,
        {},
        t.headers,
      ),
    ).createApiKey.secret;
    const viaKey = await api.gql<{ tenant: { id: string } }>(
      `query { tenant { id } }`,
      {},
      { 'x-api-key': key },
    );
    expect(viaKey.data?.tenant.id).toBe(t.id);
    // auth_record_login_failure: a wrong password is counted, not a 500.
    const wrong = await api.gql(`mutation($i: LoginInput!) { login(input: $i) { accessToken } }`, {
      i: { email: t.owner.email, password: 'definitely-wrong-password' },
    });
    expect(errorCode(wrong)).toBe('UNAUTHENTICATED');
    const { rows } = await owner.query<{ n: number }>(
      `select failed_login_count as n from users where id = $1`,
      [t.owner.id],
    );
    expect(rows[0]?.n).toBe(1);
  });
});
