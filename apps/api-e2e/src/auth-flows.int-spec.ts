import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bearer,
  createTestTenant,
  errorCode,
  expectOk,
  signUp,
  startTestApi,
  unique,
  type TestApi,
} from '@claimlane/testing';

const ME = `query { me { id email } }`;
const LOGIN = `mutation($i: LoginInput!) { login(input: $i) { accessToken refreshToken user { id } } }`;
const REFRESH = `mutation($t: String!) { refreshToken(token: $t) { accessToken refreshToken } }`;

function jwt(payload: Record<string, unknown>, secret: string): string {
  const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const head = b64({ alg: 'HS256', typ: 'JWT' });
  const body = b64(payload);
  const sig = createHmac('sha256', secret).update(`${head}.${body}`).digest('base64url');
  return `${head}.${body}.${sig}`;
}

describe('auth flows', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ LOGIN_MAX_FAILURES: '3', LOGIN_LOCK_MINUTES: '5' });
  });
  afterAll(async () => api?.close());

  it('signs up, then `me` answers with the new user', async () => {
    const u = await signUp(api);
    const me = expectOk(await api.gql<{ me: { id: string; email: string } }>(ME, {}, bearer(u)));
    expect(me.me).toEqual({ id: u.id, email: u.email });
  });

  it('rejects a duplicate e-mail (any case) with CONFLICT and creates nothing', async () => {
    const u = await signUp(api);
    const res = await api.gql(`mutation($i: SignUpInput!) { signUp(input: $i) { accessToken } }`, {
      i: { email: u.email.toUpperCase(), password: 'another-long-password', name: 'Dup' },
    });
    expect(errorCode(res)).toBe('CONFLICT');
    const [{ n }] = (await api.runtime.db.dataSource.query(
      `select count(*)::int as n from auth_find_user_for_login($1)`,
      [u.email],
    )) as [{ n: number }];
    expect(n).toBe(1);
  });

  it('validates sign-up input: weak password, bad e-mail, over-long name', async () => {
    const q = `mutation($i: SignUpInput!) { signUp(input: $i) { accessToken } }`;
    const short = await api.gql(q, {
      i: { email: `${unique('a')}@x.test`, password: 'short', name: 'A' },
    });
    expect(errorCode(short)).toBe('BAD_USER_INPUT');
    expect(short.errors?.[0]?.message).toMatch(/password/);
    expect(
      errorCode(
        await api.gql(q, { i: { email: 'not-an-email', password: 'long-enough-pass', name: 'A' } }),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      errorCode(
        await api.gql(q, {
          i: {
            email: `${unique('a')}@x.test`,
            password: 'long-enough-pass',
            name: 'x'.repeat(201),
          },
        }),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(errorCode(await api.gql(q, { i: { email: `${unique('a')}@x.test`, name: 'A' } }))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('logs in with the right password; wrong password and unknown e-mail get the same UNAUTHENTICATED', async () => {
    const u = await signUp(api);
    const ok = expectOk(
      await api.gql<{ login: { user: { id: string } } }>(LOGIN, {
        i: { email: u.email, password: u.password },
      }),
    );
    expect(ok.login.user.id).toBe(u.id);
    const wrong = await api.gql(LOGIN, { i: { email: u.email, password: 'wrong-password!' } });
    const unknown = await api.gql(LOGIN, {
      i: { email: `${unique('nobody')}@x.test`, password: 'wrong-password!' },
    });
    expect(errorCode(wrong)).toBe('UNAUTHENTICATED');
    expect(errorCode(unknown)).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
    expect(errorCode(await api.gql(LOGIN, { i: { email: u.email, password: '' } }))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('rotates refresh tokens and revokes the family when a retired token is reused', async () => {
    const u = await signUp(api);
    const first = expectOk(
      await api.gql<{ refreshToken: { accessToken: string; refreshToken: string } }>(REFRESH, {
        t: u.refreshToken,
      }),
    );
    expect(first.refreshToken.refreshToken).not.toBe(u.refreshToken);
    // The rotated token works once more…
    const second = expectOk(
      await api.gql<{ refreshToken: { accessToken: string; refreshToken: string } }>(REFRESH, {
        t: first.refreshToken.refreshToken,
      }),
    );
    // …but replaying the original (stolen copy) is detected and kills the whole session.
    const replay = await api.gql(REFRESH, { t: u.refreshToken });
    expect(errorCode(replay)).toBe('UNAUTHENTICATED');
    expect(replay.errors?.[0]?.extensions?.['reason']).toBe('TOKEN_REUSE');
    expect(errorCode(await api.gql(REFRESH, { t: second.refreshToken.refreshToken }))).toBe(
      'UNAUTHENTICATED',
    );
    const me = await api.gql(
      ME,
      {},
      { authorization: `Bearer ${second.refreshToken.accessToken}` },
    );
    expect(errorCode(me)).toBe('UNAUTHENTICATED');
    expect(me.errors?.[0]?.extensions?.['reason']).toBe('SESSION_REVOKED');
  });

  it('rejects forged, expired and malformed tokens', async () => {
    const u = await signUp(api);
    const forged = jwt(
      {
        sub: u.id,
        sid: u.id,
        typ: 'access',
        iss: 'claimlane',
        exp: Math.floor(Date.now() / 1000) + 600,
      },
      'not-the-secret-not-the-secret-not-the-secret',
    );
    expect(errorCode(await api.gql(ME, {}, { authorization: `Bearer ${forged}` }))).toBe(
      'UNAUTHENTICATED',
    );
    const expired = jwt(
      {
        sub: u.id,
        sid: u.id,
        typ: 'access',
        iss: 'claimlane',
        exp: Math.floor(Date.now() / 1000) - 10,
      },
      api.config.JWT_SECRET,
    );
    const exp = await api.gql(ME, {}, { authorization: `Bearer ${expired}` });
    expect(exp.errors?.[0]?.extensions?.['reason']).toBe('TOKEN_EXPIRED');
    expect(errorCode(await api.gql(ME, {}, { authorization: 'Bearer garbage' }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(errorCode(await api.gql(REFRESH, { t: 'garbage' }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await api.gql(ME))).toBe('UNAUTHENTICATED');
  });

  it('logout ends the session: refresh and access tokens stop working', async () => {
    const u = await signUp(api);
    expect(
      expectOk(await api.gql<{ logout: boolean }>(`mutation { logout }`, {}, bearer(u))).logout,
    ).toBe(true);
    expect(errorCode(await api.gql(REFRESH, { t: u.refreshToken }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await api.gql(ME, {}, bearer(u)))).toBe('UNAUTHENTICATED');
    // Another session of the same user is untouched unless `everywhere`.
    const other = expectOk(
      await api.gql<{ login: { accessToken: string } }>(LOGIN, {
        i: { email: u.email, password: u.password },
      }),
    );
    const third = expectOk(
      await api.gql<{ login: { accessToken: string; refreshToken: string } }>(LOGIN, {
        i: { email: u.email, password: u.password },
      }),
    );
    expectOk(
      await api.gql(
        `mutation { logout }`,
        {},
        { authorization: `Bearer ${other.login.accessToken}` },
      ),
    );
    expectOk(await api.gql(ME, {}, { authorization: `Bearer ${third.login.accessToken}` }));
    expectOk(
      await api.gql(
        `mutation { logout(input: { everywhere: true }) }`,
        {},
        { authorization: `Bearer ${third.login.accessToken}` },
      ),
    );
    expect(errorCode(await api.gql(REFRESH, { t: third.login.refreshToken }))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('locks the account after repeated failures, even for the right password, then unlocks', async () => {
    const u = await signUp(api);
    for (let i = 0; i < 2; i++) {
      const r = await api.gql(LOGIN, { i: { email: u.email, password: 'wrong-password!' } });
      expect(r.errors?.[0]?.extensions?.['reason']).toBeUndefined();
    }
    const third = await api.gql(LOGIN, { i: { email: u.email, password: 'wrong-password!' } });
    expect(third.errors?.[0]?.extensions?.['reason']).toBe('ACCOUNT_LOCKED');
    const right = await api.gql(LOGIN, { i: { email: u.email, password: u.password } });
    expect(errorCode(right)).toBe('UNAUTHENTICATED');
    expect(right.errors?.[0]?.extensions?.['reason']).toBe('ACCOUNT_LOCKED');
    // The lock ends at locked_until; move it into the past as the clock would.
    const { Client } = await import('pg');
    const owner = new Client({ connectionString: api.db.ownerUrl });
    await owner.connect();
    await owner.query(`update users set locked_until = now() - interval '1 second' where id = $1`, [
      u.id,
    ]);
    await owner.end();
    expectOk(await api.gql(LOGIN, { i: { email: u.email, password: u.password } }));
  });

  it('API keys: created by an OWNER, act with their role in their tenant only, and stop when revoked', async () => {
    const t = await createTestTenant(api);
    const created = expectOk(
      await api.gql<{
        createApiKey: { secret: string; apiKey: { id: string; role: string; prefix: string } };
      }>(
        `mutation { createApiKey(input: { name: "integration", role: VIEWER }) { secret apiKey { id role prefix } } }`,
        {},
        t.headers,
      ),
    );
    const key = { 'x-api-key': created.createApiKey.secret };
    expect(created.createApiKey.secret).toContain(created.createApiKey.apiKey.prefix);
    expectOk(await api.gql(`query { appealCases(first: 5) { totalCount } }`, {}, key));
    const write = await api.gql(
      `mutation { createAppealCase(input: { payerName: "Acme" }) { id } }`,
      {},
      key,
    );
    expect(errorCode(write)).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(ME, {}, key))).toBe('FORBIDDEN');
    const other = await createTestTenant(api);
    expect(
      errorCode(
        await api.gql(
          `query { appealCases { totalCount } }`,
          {},
          { ...key, 'x-tenant-id': other.id },
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(
        await api.gql(
          `mutation { createApiKey(input: { name: "x", role: OWNER }) { secret } }`,
          {},
          t.headers,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    expectOk(
      await api.gql(
        `mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }`,
        { id: created.createApiKey.apiKey.id },
        t.headers,
      ),
    );
    expect(errorCode(await api.gql(`query { appealCases { totalCount } }`, {}, key))).toBe(
      'UNAUTHENTICATED',
    );
    expect(
      errorCode(
        await api.gql(`query { appealCases { totalCount } }`, {}, { 'x-api-key': 'clk_nonsense' }),
      ),
    ).toBe('UNAUTHENTICATED');
  });
});

describe('login throttling per IP', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ LOGIN_IP_LIMIT_PER_MINUTE: '3' });
  });
  afterAll(async () => api?.close());

  it('answers RATE_LIMITED once an address exceeds the per-minute limit', async () => {
    const codes: Array<string | undefined> = [];
    for (let i = 0; i < 5; i++) {
      codes.push(
        errorCode(
          await api.gql(LOGIN, {
            i: { email: `${unique('x')}@x.test`, password: 'whatever-pass' },
          }),
        ),
      );
    }
    expect(codes.slice(0, 3)).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED']);
    expect(codes.slice(3)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
  });
});
