import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addMember,
  bearer,
  createTestTenant,
  errorCode,
  expectOk,
  signUp,
  startTestApi,
  type TestApi,
} from '@claimlane/testing';

const INVITE = `mutation($i: InviteMemberInput!) { inviteMember(input: $i) { id token status } }`;
const ACCEPT = `mutation($t: String!) { acceptInvitation(token: $t) { id seatsUsed myRole } }`;
const MEMBERS = `query { members { id role user { email } } }`;

describe('tenants, invitations and seats', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => api?.close());

  const seatsUsed = async (headers: Record<string, string>) =>
    expectOk(
      await api.gql<{ tenant: { seatsUsed: number } }>(
        `query { tenant { seatsUsed } }`,
        {},
        headers,
      ),
    ).tenant.seatsUsed;
  const memberCount = async (headers: Record<string, string>) =>
    expectOk(await api.gql<{ members: unknown[] }>(MEMBERS, {}, headers)).members.length;

  it('creates a tenant with its creator as OWNER and lists it in myTenants', async () => {
    const owner = await signUp(api);
    const t = expectOk(
      await api.gql<{
        createTenant: { id: string; myRole: string; seatsUsed: number; kind: string };
      }>(
        `mutation { createTenant(input: { name: "Northside Billing", kind: BILLING_OFFICE, seatLimit: 3 }) { id myRole seatsUsed kind } }`,
        {},
        bearer(owner),
      ),
    ).createTenant;
    expect(t).toMatchObject({ myRole: 'OWNER', seatsUsed: 1, kind: 'BILLING_OFFICE' });
    const second = await createTestTenant(api, { owner });
    const mine = expectOk(
      await api.gql<{ myTenants: Array<{ id: string }> }>(
        `query { myTenants { id } }`,
        {},
        bearer(owner),
      ),
    ).myTenants;
    expect(mine.map((x) => x.id).sort()).toEqual([t.id, second.id].sort());
    // A user of two workspaces must say which one is active.
    const noHeader = await api.gql(`query { members { id } }`, {}, bearer(owner));
    expect(errorCode(noHeader)).toBe('BAD_USER_INPUT');
    expect(noHeader.errors?.[0]?.extensions?.['reason']).toBe('TENANT_REQUIRED');
    expect(
      errorCode(
        await api.gql(
          `mutation { createTenant(input: { name: "", kind: CLINIC }) { id } }`,
          {},
          bearer(owner),
        ),
      ),
    ).toBe('BAD_USER_INPUT');
  });

  it('invites by e-mail (log-to-folder transport) and the invitee joins with the token', async () => {
    const t = await createTestTenant(api);
    const invitee = await signUp(api);
    const inv = expectOk(
      await api.gql<{ inviteMember: { token: string; status: string } }>(
        INVITE,
        { i: { email: invitee.email, role: 'BILLER' } },
        t.headers,
      ),
    );
    expect(inv.inviteMember.status).toBe('pending');
    const mailDir = join(api.config.DATA_DIR, 'mail');
    const mails = readdirSync(mailDir).map((f) => readFileSync(join(mailDir, f), 'utf8'));
    expect(mails.some((m) => m.includes(inv.inviteMember.token) && m.includes(invitee.email))).toBe(
      true,
    );
    const joined = expectOk(
      await api.gql<{ acceptInvitation: { id: string; myRole: string } }>(
        ACCEPT,
        { t: inv.inviteMember.token },
        bearer(invitee),
      ),
    );
    expect(joined.acceptInvitation).toMatchObject({ id: t.id, myRole: 'BILLER' });
    // Single-tenant users work without the header.
    expect(
      expectOk(await api.gql<{ members: unknown[] }>(MEMBERS, {}, bearer(invitee))).members,
    ).toHaveLength(2);
    // Tokens are single-use and tied to the invited e-mail.
    expect(errorCode(await api.gql(ACCEPT, { t: inv.inviteMember.token }, bearer(invitee)))).toBe(
      'CONFLICT',
    );
    const stranger = await signUp(api);
    const inv2 = expectOk(
      await api.gql<{ inviteMember: { token: string } }>(
        INVITE,
        { i: { email: 'someone-else@example.test', role: 'VIEWER' } },
        t.headers,
      ),
    );
    expect(errorCode(await api.gql(ACCEPT, { t: inv2.inviteMember.token }, bearer(stranger)))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await api.gql(ACCEPT, { t: 'not-a-token' }, bearer(stranger)))).toBe(
      'NOT_FOUND',
    );
    expect(
      errorCode(await api.gql(INVITE, { i: { email: invitee.email, role: 'VIEWER' } }, t.headers)),
    ).toBe('CONFLICT');
  });

  it('refuses invitations beyond the seat limit with SEAT_LIMIT_REACHED and changes nothing', async () => {
    const t = await createTestTenant(api, { seatLimit: 2 });
    const a = await signUp(api);
    const b = await signUp(api);
    const invA = expectOk(
      await api.gql<{ inviteMember: { token: string } }>(
        INVITE,
        { i: { email: a.email, role: 'VIEWER' } },
        t.headers,
      ),
    );
    const over = await api.gql(INVITE, { i: { email: b.email, role: 'VIEWER' } }, t.headers);
    expect(errorCode(over)).toBe('SEAT_LIMIT_REACHED');
    const pending = expectOk(
      await api.gql<{ invitations: Array<{ email: string; status: string }> }>(
        `query { invitations { email status } }`,
        {},
        t.headers,
      ),
    );
    expect(pending.invitations.map((i) => i.email)).toEqual([a.email]);
    expectOk(await api.gql(ACCEPT, { t: invA.inviteMember.token }, bearer(a)));
    expect(await seatsUsed(t.headers)).toBe(2);
  });

  it('refuses acceptance when seats filled up after the invitation was sent, and changes nothing', async () => {
    const t = await createTestTenant(api, { seatLimit: 3 });
    const a = await signUp(api);
    const inv = expectOk(
      await api.gql<{ inviteMember: { token: string } }>(
        INVITE,
        { i: { email: a.email, role: 'VIEWER' } },
        t.headers,
      ),
    );
    await addMember(api, t, 'BILLER');
    // The plan shrinks under the pending invitation (e.g. a billing downgrade).
    const { Client } = await import('pg');
    const owner = new Client({ connectionString: api.db.ownerUrl });
    await owner.connect();
    await owner.query(`update tenants set seat_limit = 2 where id = $1`, [t.id]);
    await owner.end();
    expect(errorCode(await api.gql(ACCEPT, { t: inv.inviteMember.token }, bearer(a)))).toBe(
      'SEAT_LIMIT_REACHED',
    );
    expect(await memberCount(t.headers)).toBe(2);
    const invitations = expectOk(
      await api.gql<{ invitations: Array<{ status: string }> }>(
        `query { invitations { status } }`,
        {},
        t.headers,
      ),
    ).invitations;
    expect(invitations.find((i) => i.status === 'pending')).toBeTruthy();
  });

  it('removing a member frees the seat and ends their access', async () => {
    const t = await createTestTenant(api, { seatLimit: 2 });
    const member = await addMember(api, t, 'CLINICIAN');
    const x = await signUp(api);
    expect(
      errorCode(await api.gql(INVITE, { i: { email: x.email, role: 'VIEWER' } }, t.headers)),
    ).toBe('SEAT_LIMIT_REACHED');
    expect(
      expectOk(
        await api.gql<{ removeMember: boolean }>(
          `mutation($u: ID!) { removeMember(userId: $u) }`,
          { u: member.id },
          t.headers,
        ),
      ).removeMember,
    ).toBe(true);
    expect(errorCode(await api.gql(MEMBERS, {}, bearer(member, t.id)))).toBe('FORBIDDEN');
    expectOk(await api.gql(INVITE, { i: { email: x.email, role: 'VIEWER' } }, t.headers));
  });

  it('keeps at least one OWNER; ADMINs cannot touch OWNERs or mint them', async () => {
    const t = await createTestTenant(api);
    const admin = await addMember(api, t, 'ADMIN');
    const last = await api.gql(
      `mutation($u: ID!) { removeMember(userId: $u) }`,
      { u: t.owner.id },
      t.headers,
    );
    expect(errorCode(last)).toBe('CONFLICT');
    expect(last.errors?.[0]?.extensions?.['reason']).toBe('LAST_OWNER');
    const demote = await api.gql(
      `mutation($u: ID!) { updateMemberRole(input: { userId: $u, role: ADMIN }) { role } }`,
      { u: t.owner.id },
      t.headers,
    );
    expect(demote.errors?.[0]?.extensions?.['reason']).toBe('LAST_OWNER');
    const adminHeaders = bearer(admin, t.id);
    expect(
      errorCode(
        await api.gql(
          `mutation($u: ID!) { removeMember(userId: $u) }`,
          { u: t.owner.id },
          adminHeaders,
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(
        await api.gql(
          `mutation($u: ID!) { updateMemberRole(input: { userId: $u, role: OWNER }) { role } }`,
          { u: admin.id },
          adminHeaders,
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(
        await api.gql(
          INVITE,
          { i: { email: 'new-owner@example.test', role: 'OWNER' } },
          adminHeaders,
        ),
      ),
    ).toBe('FORBIDDEN');
    // With a second OWNER, the first may step down.
    expectOk(
      await api.gql(
        `mutation($u: ID!) { updateMemberRole(input: { userId: $u, role: OWNER }) { role } }`,
        { u: admin.id },
        t.headers,
      ),
    );
    expectOk(
      await api.gql(
        `mutation($u: ID!) { updateMemberRole(input: { userId: $u, role: VIEWER }) { role } }`,
        { u: t.owner.id },
        t.headers,
      ),
    );
    const roles = expectOk(
      await api.gql<{ members: Array<{ id: string; role: string }> }>(MEMBERS, {}, adminHeaders),
    ).members;
    expect(Object.fromEntries(roles.map((r) => [r.id, r.role]))).toEqual({
      [t.owner.id]: 'VIEWER',
      [admin.id]: 'OWNER',
    });
  });
});
