import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, expectEventually, expectOk, signUp } from '@claimlane/testing';
import { processFixture, type ProcessFixture } from './process-fixture';

/** Seats shown as the seat check counts them; invitation mail with a link, after commit (issue 9). */
describe('tenant seats and invitation mail', () => {
  let f: ProcessFixture;
  beforeAll(async () => {
    f = await processFixture();
  });
  afterAll(async () => f?.close());

  const seats = async () =>
    expectOk(
      await f.api.gql<{ tenant: { seatsUsed: number; seatsPending: number; seatLimit: number } }>(
        `query { tenant { seatsUsed seatsPending seatLimit } }`,
        {},
        f.tenant.headers,
      ),
    ).tenant;

  it('counts pending invitations apart from members, and mails a link (not a bare token)', async () => {
    expect(await seats()).toEqual({ seatsUsed: 1, seatsPending: 0, seatLimit: 10 });
    const invitee = await signUp(f.api, 'Invitee');
    const inv = expectOk(
      await f.api.gql<{ inviteMember: { token: string } }>(
        `mutation($i: InviteMemberInput!) { inviteMember(input: $i) { token } }`,
        { i: { email: invitee.email, role: 'BILLER' } },
        f.tenant.headers,
      ),
    ).inviteMember;
    expect(await seats()).toEqual({ seatsUsed: 1, seatsPending: 1, seatLimit: 10 });
    const mail = await expectEventually(() => {
      const m = f.smtp.messages.find((x) => x.to.includes(invitee.email));
      expect(m).toBeDefined();
      return m!;
    });
    expect(mail.text).toContain(`/accept-invitation#token=${inv.token}`);
    expect(mail.text).toMatch(/https?:\/\/\S+\/accept-invitation#token=/);
    expectOk(
      await f.api.gql(
        `mutation($t: String!) { acceptInvitation(token: $t) { id } }`,
        { t: inv.token },
        bearer(invitee),
      ),
    );
    expect(await seats()).toEqual({ seatsUsed: 2, seatsPending: 0, seatLimit: 10 });
  });

  it('a refused invitation (already a member) sends no mail', async () => {
    const before = f.smtp.messages.length;
    const res = await f.api.gql(
      `mutation($i: InviteMemberInput!) { inviteMember(input: $i) { token } }`,
      { i: { email: f.tenant.owner.email, role: 'VIEWER' } },
      f.tenant.headers,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    await new Promise((r) => setTimeout(r, 500));
    expect(f.smtp.messages.length).toBe(before);
  });
});
