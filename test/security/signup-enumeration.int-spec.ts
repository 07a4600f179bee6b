import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  errorCode,
  expectEventually,
  expectOk,
  startTestApi,
  startTestSmtp,
  unique,
  type ReceivedMail,
  type TestApi,
} from '@claimlane/testing';

const REQUEST = `mutation($i: SignUpInput!) { requestSignUp(input: $i) { email } }`;
const VERIFY = `mutation($t: String!) { verifyEmail(token: $t) { accessToken user { id email } } }`;
const SIGN_UP = `mutation($i: SignUpInput!) { signUp(input: $i) { accessToken } }`;
const input = (email: string, password = 'pw-enumeration-1') => ({
  i: { email, password, name: 'Enum Test' },
});

/** Issue 14 §2: sign-up must not tell whether an address has an account. */
describe('sign-up by e-mailed link, no account enumeration', () => {
  let api: TestApi;
  let smtp: Awaited<ReturnType<typeof startTestSmtp>>;
  let owner: Client;
  const mailTo = (email: string): Promise<ReceivedMail[]> =>
    expectEventually(async () => {
      const found = smtp.messages.filter((m) => m.to.includes(email));
      if (!found.length) throw new Error(`no mail to ${email} yet`);
      return found;
    });
  const linkToken = (mail: ReceivedMail) =>
    /verify-email#token=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
  const users = async (email: string) =>
    Number(
      (
        await owner.query<{ n: string }>(
          `select count(*) as n from users where lower(email) = lower($1)`,
          [email],
        )
      ).rows[0]!.n,
    );

  beforeAll(async () => {
    smtp = await startTestSmtp();
    api = await startTestApi({ SIGNUP_EMAIL_VERIFICATION: 'true', SMTP_URL: smtp.url });
    owner = new Client({ connectionString: api.db.ownerUrl });
    await owner.connect();
  });
  afterAll(async () => {
    await owner?.end();
    await api?.close();
    await smtp?.close();
  });

  it('a new address: same answer, a link by mail, the account only once the link is opened', async () => {
    const email = `${unique('new')}@example.test`;
    const res = await api.gql(REQUEST, input(email));
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ requestSignUp: { email } });
    expect(await users(email)).toBe(0);
    const [mail] = await mailTo(email);
    const token = linkToken(mail!);
    expect(token).toBeTruthy();
    const verified = expectOk(
      await api.gql<{ verifyEmail: { accessToken: string; user: { email: string } } }>(VERIFY, {
        t: token,
      }),
    ).verifyEmail;
    expect(verified.user.email).toBe(email);
    expect(await users(email)).toBe(1);
    const me = await api.gql<{ me: { email: string } }>(
      `query { me { email } }`,
      {},
      {
        authorization: `Bearer ${verified.accessToken}`,
      },
    );
    expect(me.data?.me.email).toBe(email);
    // A link works once.
    expect(errorCode(await api.gql(VERIFY, { t: token }))).toBe('BAD_USER_INPUT');
  });

  it('an existing address gets exactly the same answer; its owner gets a notice, not a link', async () => {
    const email = `${unique('taken')}@example.test`;
    await api.gql(REQUEST, input(email));
    const [first] = await mailTo(email);
    expectOk(await api.gql(VERIFY, { t: linkToken(first!) }));

    const fresh = `${unique('fresh')}@example.test`;
    const forNew = await api.gql(REQUEST, input(fresh));
    const forExisting = await api.gql(REQUEST, input(email, 'another-password-2'));
    expect(forExisting.status).toBe(forNew.status);
    expect(forExisting.errors).toBeUndefined();
    expect(JSON.stringify(forExisting.data).replace(email, 'X')).toBe(
      JSON.stringify(forNew.data).replace(fresh, 'X'),
    );
    const mails = await expectEventually(async () => {
      const m = (await mailTo(email)).slice(1);
      if (!m.length) throw new Error('no notice yet');
      return m;
    });
    expect(mails[0]!.subject).toMatch(/tried to create/);
    expect(linkToken(mails[0]!)).toBeUndefined();
    expect(await users(email)).toBe(1);
    // Case does not open a second account either.
    expect((await api.gql(REQUEST, input(email.toUpperCase()))).errors).toBeUndefined();
    expect(await users(email)).toBe(1);
  });

  it('the direct signUp is refused while verification is on (it answers CONFLICT for taken addresses)', async () => {
    const res = await api.gql(SIGN_UP, input(`${unique('direct')}@example.test`));
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.['reason']).toBe('EMAIL_VERIFICATION_REQUIRED');
  });

  it('made-up, expired and malformed links are refused with BAD_USER_INPUT', async () => {
    for (const t of ['x', 'A'.repeat(43), 'a'.repeat(500), '../../etc']) {
      expect(errorCode(await api.gql(VERIFY, { t }))).toBe('BAD_USER_INPUT');
    }
    const email = `${unique('expired')}@example.test`;
    await api.gql(REQUEST, input(email));
    const [mail] = await mailTo(email);
    await owner.query(
      `update signup_requests set expires_at = now() - interval '1 minute' where lower(email) = lower($1)`,
      [email],
    );
    expect(errorCode(await api.gql(VERIFY, { t: linkToken(mail!) }))).toBe('BAD_USER_INPUT');
    expect(await users(email)).toBe(0);
  });

  it('the runtime role cannot read pending sign-ups (password hashes)', async () => {
    const app = new Client({ connectionString: api.db.appUrl });
    await app.connect();
    try {
      await expect(app.query(`select * from signup_requests`)).rejects.toMatchObject({
        code: '42501',
      });
    } finally {
      await app.end();
    }
  });
});
