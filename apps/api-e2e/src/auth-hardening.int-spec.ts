import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, errorCode, signUp, startTestApi, unique, type TestApi } from '@claimlane/testing';

const ME = `query { me { id email } }`;
const SIGN_UP = `mutation($i: SignUpInput!) { signUp(input: $i) { accessToken } }`;

function jwt(payload: Record<string, unknown>, secret: string): string {
  const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const head = b64({ alg: 'HS256', typ: 'JWT' });
  const body = b64(payload);
  const sig = createHmac('sha256', secret).update(`${head}.${body}`).digest('base64url');
  return `${head}.${body}.${sig}`;
}

const signUpInput = () => ({
  i: {
    email: `${unique('hard')}@example.test`,
    password: `pw-${randomBytes(8).toString('hex')}`,
    name: 'H',
  },
});

async function userCount(api: TestApi): Promise<number> {
  const owner = new Client({ connectionString: api.db.ownerUrl });
  await owner.connect();
  try {
    const { rows } = await owner.query<{ n: string }>(`select count(*) as n from users`);
    return Number(rows[0]?.n);
  } finally {
    await owner.end();
  }
}

describe('access tokens: claims are validated, not trusted', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => api?.close());

  const claims = (over: Record<string, unknown>) => ({
    typ: 'access',
    iss: 'claimlane',
    iat: Math.floor(Date.now() / 1000),
    exp: Math.floor(Date.now() / 1000) + 600,
    ...over,
  });

  it('accepts a well-formed token (the control case)', async () => {
    const u = await signUp(api);
    const res = await api.gql<{ me: { id: string } }>(ME, {}, bearer(u));
    expect(res.data?.me.id).toBe(u.id);
  });

  it('refuses a correctly signed token without exp', async () => {
    const u = await signUp(api);
    const [, body] = u.accessToken.split('.');
    const { sid } = JSON.parse(Buffer.from(body!, 'base64url').toString()) as { sid: string };
    const { exp: _exp, ...noExp } = claims({ sub: u.id, sid });
    const token = jwt(noExp, api.config.JWT_SECRET);
    const res = await api.gql(ME, {}, { authorization: `Bearer ${token}` });
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
    expect(res.data?.['me'] ?? null).toBeNull();
  });

  it.each([
    ['sub', { sub: 'not-a-uuid', sid: randomUUID() }],
    ['sid', { sub: randomUUID(), sid: "1' or '1'='1" }],
    ['sub (a number)', { sub: 42, sid: randomUUID() }],
  ])('answers UNAUTHENTICATED, not a 500, for a token whose %s is not a UUID', async (_n, ids) => {
    const token = jwt(claims(ids), api.config.JWT_SECRET);
    const res = await api.gql(ME, {}, { authorization: `Bearer ${token}` });
    expect(res.status).toBeLessThan(500);
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
  });

  it('refuses a refresh-typed token used as an access token', async () => {
    const u = await signUp(api);
    const token = jwt(
      claims({ sub: u.id, sid: randomUUID(), typ: 'refresh' }),
      api.config.JWT_SECRET,
    );
    expect(errorCode(await api.gql(ME, {}, { authorization: `Bearer ${token}` }))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('refuses 25 aliased signUp in one request before any of them runs', async () => {
    const before = await userCount(api);
    const fields = Array.from(
      { length: 25 },
      (_, i) =>
        `a${i}: signUp(input: {email: "${unique('alias')}@example.test", password: "pw-long-enough-${i}", name: "A"}) { accessToken }`,
    ).join('\n');
    const res = await api.gql(`mutation { ${fields} }`);
    // Apollo reports validation-rule errors as GRAPHQL_VALIDATION_FAILED, mapped to BAD_USER_INPUT.
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/25 root fields .* limit is 20/);
    expect(res.status).toBeLessThan(500);
    expect(await userCount(api)).toBe(before);
  });
});

describe('per-IP limits and X-Forwarded-For', () => {
  let direct: TestApi;
  let behindProxy: TestApi;
  beforeAll(async () => {
    direct = await startTestApi({ SIGNUP_IP_LIMIT_PER_HOUR: '3' });
    behindProxy = await startTestApi({ SIGNUP_IP_LIMIT_PER_HOUR: '3', TRUST_PROXY: 'loopback' });
  });
  afterAll(async () => {
    await direct?.close();
    await behindProxy?.close();
  });

  it('throttles sign-ups per IP however X-Forwarded-For rotates (no proxy configured)', async () => {
    const codes: Array<string | undefined> = [];
    for (let i = 0; i < 5; i++) {
      const res = await direct.gql(SIGN_UP, signUpInput(), {
        'x-forwarded-for': `198.51.100.${i + 1}`,
      });
      codes.push(errorCode(res));
    }
    expect(codes).toEqual([undefined, undefined, undefined, 'RATE_LIMITED', 'RATE_LIMITED']);
  });

  it('believes X-Forwarded-For only from a proxy named in TRUST_PROXY', async () => {
    const client = (n: number) => ({ 'x-forwarded-for': `203.0.113.${n}` });
    for (let i = 0; i < 3; i++) {
      expect(errorCode(await behindProxy.gql(SIGN_UP, signUpInput(), client(7)))).toBeUndefined();
    }
    expect(errorCode(await behindProxy.gql(SIGN_UP, signUpInput(), client(7)))).toBe(
      'RATE_LIMITED',
    );
    // Another client behind the same proxy has its own budget.
    expect(errorCode(await behindProxy.gql(SIGN_UP, signUpInput(), client(8)))).toBeUndefined();
  });
});
