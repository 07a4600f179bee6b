import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addMember,
  bearer,
  createTestTenant,
  errorCode,
  expectEventually,
  expectOk,
  unique,
  type TestTenant,
} from '@claimlane/testing';
import {
  STARTER,
  billingOf,
  ownerRows,
  startBillingKit,
  subscribedTenant,
  type BillingKit,
} from './billing.test-helper';

const DAY = 86_400;

describe('billing flows (GraphQL + REST against the local Stripe stand-in)', () => {
  let kit: BillingKit;
  beforeAll(async () => {
    kit = await startBillingKit({ BILLING_GRACE_DAYS: '7' });
  });
  afterAll(async () => kit?.close());

  const checkout = (t: TestTenant, input: Record<string, unknown>) =>
    kit.api.gql<{ startCheckout: { id: string; url: string } }>(
      `mutation($i: StartCheckoutInput!) { startCheckout(input: $i) { id url } }`,
      { i: input },
      t.headers,
    );
  const changeSeats = (t: TestTenant, seats: number) =>
    kit.api.gql<{ changeSeats: { seatLimit: number } }>(
      `mutation($s: Int!) { changeSeats(seats: $s) { seatLimit } }`,
      { s: seats },
      t.headers,
    );
  const createCase = (t: TestTenant) =>
    kit.api.gql<{ createAppealCase: { id: string } }>(
      `mutation { createAppealCase(input: { payerName: "Acme Health" }) { id } }`,
      {},
      t.headers,
    );
  const caseCount = async (t: TestTenant) =>
    expectOk(
      await kit.api.gql<{ appealCases: { totalCount: number } }>(
        `query { appealCases(first: 1) { totalCount } }`,
        {},
        t.headers,
      ),
    ).appealCases.totalCount;
  const invite = (t: TestTenant) =>
    kit.api.gql(
      `mutation($i: InviteMemberInput!) { inviteMember(input: $i) { id } }`,
      { i: { email: `${unique('inv')}@example.test`, role: 'VIEWER' } },
      t.headers,
    );

  it('shows an unsubscribed workspace on the trial tier, to OWNER and ADMIN only', async () => {
    const t = await createTestTenant(kit.api, { seatLimit: 5 });
    const admin = await addMember(kit.api, t, 'ADMIN');
    const biller = await addMember(kit.api, t, 'BILLER');
    expectOk(await invite(t));
    const b = await billingOf(kit, t);
    expect(b).toMatchObject({
      plan: 'trial',
      status: 'none',
      access: 'FULL',
      seatsUsed: 3,
      seatsPending: 1,
      seatLimit: 5,
      nextInvoice: null,
    });
    expect(b.entitlements.map((e) => [e.metric, e.used, e.limit])).toEqual([
      ['seats', 3, 5],
      ['record_calls', 0, 10],
      ['ocr_pages', 0, 200],
      ['storage_bytes', 0, 1024 ** 3],
    ]);
    const q = `query { billing { status } }`;
    expectOk(await kit.api.gql(q, {}, bearer(admin, t.id)));
    expect(errorCode(await kit.api.gql(q, {}, bearer(biller, t.id)))).toBe('FORBIDDEN');
  });

  it('refuses an unknown price, too many seats for the plan, and fewer seats than are held', async () => {
    const t = await createTestTenant(kit.api, { seatLimit: 5 });
    await addMember(kit.api, t, 'BILLER');
    expectOk(await invite(t));
    const unknown = await checkout(t, { priceId: 'price_does_not_exist', seats: 3 });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'UNKNOWN_PRICE',
    });
    const tooMany = await checkout(t, { priceId: STARTER, seats: 26 });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', maxSeats: 25 });
    const below = await checkout(t, { priceId: STARTER, seats: 2 });
    expect(below.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'SEATS_BELOW_MEMBERS',
      seatsHeld: 3,
      removeFirst: 1,
    });
    expect(below.errors?.[0]?.message).toMatch(/remove 1/);
    // Nothing half-made: no Stripe customer stored for the refused attempts.
    const rows = await ownerRows<{ stripe_customer_id: string | null }>(
      kit,
      `select stripe_customer_id from billing_subscriptions where tenant_id = $1`,
      [t.id],
    );
    expect(rows.every((r) => r.stripe_customer_id === null)).toBe(true);
    expect(errorCode(await changeSeats(t, 4))).toBe('CONFLICT');
  });

  it('changeSeats follows the subscription quantity (prorated by Stripe) and refuses going below members + invitations', async () => {
    const { tenant, subscriptionId } = await subscribedTenant(kit, 3);
    await addMember(kit.api, tenant, 'CLINICIAN');
    expectOk(await invite(tenant));
    const below = await changeSeats(tenant, 2);
    expect(below.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      removeFirst: 1,
      seatsHeld: 3,
    });
    expect(kit.standIn.subscription(subscriptionId).items.data[0]!.quantity).toBe(3);
    expect((await billingOf(kit, tenant)).seatLimit).toBe(3);

    expect(expectOk(await changeSeats(tenant, 6)).changeSeats.seatLimit).toBe(6);
    expect(kit.standIn.subscription(subscriptionId).items.data[0]!.quantity).toBe(6);
    // Stripe's customer.subscription.updated arrives afterwards and agrees.
    const updated = kit.standIn.events.find(
      (e) =>
        e.type === 'customer.subscription.updated' &&
        (e.data.object as { id: string }).id === subscriptionId,
    )!;
    await expectEventually(async () => {
      const r = await ownerRows(kit, `select 1 from billing_events where event_id = $1`, [
        updated.id,
      ]);
      return r.length === 1;
    });
    const b = await billingOf(kit, tenant);
    expect(b).toMatchObject({ seatLimit: 6, seatsUsed: 2, seatsPending: 1 });
    expect(b.nextInvoice?.amountDue).toBe(6 * 4900);
    const [audit] = await ownerRows<{ meta: { from: number; to: number } }>(
      kit,
      `select meta from audit_events where tenant_id = $1 and action = 'changeSeats'`,
      [tenant.id],
    );
    expect(audit?.meta).toEqual({ from: 3, to: 6 });
    // More invitations now fit; the seventh seat does not.
    for (let i = 0; i < 3; i++) expectOk(await invite(tenant));
    expect(errorCode(await invite(tenant))).toBe('SEAT_LIMIT_REACHED');
  });

  it('past_due → grace → read-only (reads and data kept, writes refused) → restored when the invoice is paid', async () => {
    const { tenant, subscriptionId } = await subscribedTenant(kit, 3);
    expectOk(await createCase(tenant));
    await kit.standIn.failRenewal(subscriptionId);
    let b = await billingOf(kit, tenant);
    expect(b).toMatchObject({
      status: 'past_due',
      access: 'GRACE',
      readOnlyReason: 'PAYMENT_PAST_DUE',
    });
    expect(new Date(b.graceEndsAt!).getTime()).toBeGreaterThan(Date.now() + 6 * DAY * 1000);
    expectOk(await createCase(tenant));
    const notes = await ownerRows(
      kit,
      `select 1 from notifications where tenant_id = $1 and kind = 'billing.invoice.payment_failed'`,
      [tenant.id],
    );
    expect(notes.length).toBe(1);

    // The renewal that failed eight days ago: the grace is over.
    await kit.standIn.failRenewal(subscriptionId, {
      periodStart: Math.floor(Date.now() / 1000) - 8 * DAY,
    });
    b = await billingOf(kit, tenant);
    expect(b).toMatchObject({ access: 'READ_ONLY', readOnlyReason: 'PAYMENT_PAST_DUE' });
    const refused = await createCase(tenant);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'WORKSPACE_READ_ONLY',
      reason: 'PAYMENT_PAST_DUE',
    });
    expect(errorCode(await invite(tenant))).toBe('WORKSPACE_READ_ONLY');
    const form = new FormData();
    form.append('file', new Blob(['Your claim was denied.'], { type: 'text/plain' }), 'letter.txt');
    const upload = await fetch(`${kit.api.url}/documents`, {
      method: 'POST',
      headers: tenant.headers,
      body: form,
    });
    expect(upload.status).toBe(403);
    expect(
      ((await upload.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!
        .extensions.code,
    ).toBe('WORKSPACE_READ_ONLY');
    // Reads and exports keep working and nothing was deleted; paying stays possible.
    expect(await caseCount(tenant)).toBe(2);
    const exportCalls = [
      `mutation($id: ID!) { renderLetter(id: $id, format: pdf) { id } }`,
      `mutation($id: ID!) { buildPacket(caseId: $id) { id } }`,
    ];
    for (const q of exportCalls) {
      const res = await kit.api.gql(q, { id: randomUUID() }, tenant.headers);
      expect(errorCode(res)).toBe('NOT_FOUND'); // reached the resolver: not WORKSPACE_READ_ONLY
    }
    expectOk(await kit.api.gql(`mutation { openBillingPortal { url } }`, {}, tenant.headers));

    // The next renewal fails as well: still read-only (no fresh grace for another unpaid month).
    await kit.standIn.failRenewal(subscriptionId);
    expect((await billingOf(kit, tenant)).access).toBe('READ_ONLY');

    await kit.standIn.payOpenInvoice(subscriptionId);
    b = await billingOf(kit, tenant);
    expect(b).toMatchObject({ status: 'active', access: 'FULL', readOnlyReason: null });
    expectOk(await createCase(tenant));
    expect(await caseCount(tenant)).toBe(3);
  });

  it('a customer deleted in Stripe ends the subscription (read-only, nothing lost); a new checkout restores it and late events of the old one are ignored', async () => {
    const { tenant, customerId, subscriptionId } = await subscribedTenant(kit, 3);
    expectOk(await createCase(tenant));
    await kit.standIn.deleteCustomer(customerId);
    const b = await billingOf(kit, tenant);
    expect(b).toMatchObject({
      status: 'canceled',
      access: 'READ_ONLY',
      readOnlyReason: 'SUBSCRIPTION_ENDED',
      seatLimit: 3,
    });
    const portal = await kit.api.gql(`mutation { openBillingPortal { url } }`, {}, tenant.headers);
    expect(portal.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'BILLING_CUSTOMER_DELETED',
    });
    expect(errorCode(await changeSeats(tenant, 4))).toBe('WORKSPACE_READ_ONLY');
    expect(await caseCount(tenant)).toBe(1);

    const again = expectOk(await checkout(tenant, { priceId: STARTER, seats: 4 })).startCheckout;
    await kit.standIn.completeCheckout(again.id);
    const session = kit.standIn.checkoutSession(again.id);
    expect(session.customer).not.toBe(customerId);
    expect((await billingOf(kit, tenant)).status).toBe('active'); // no second trial
    const oldDeleted = kit.standIn.events.find(
      (e) =>
        e.type === 'customer.subscription.deleted' &&
        (e.data.object as { id: string }).id === subscriptionId,
    )!;
    const late = await kit.standIn.deliver({ ...oldDeleted, id: `${oldDeleted.id}_late` });
    expect(late).toMatchObject({ status: 200, body: { outcome: 'stale' } });
    expect(await billingOf(kit, tenant)).toMatchObject({
      status: 'active',
      access: 'FULL',
      seatLimit: 4,
    });
    expectOk(await createCase(tenant));
  });

  it('a billing office pays for a clinic with its own Stripe customer (a subscription per clinic)', async () => {
    const office = await createTestTenant(kit.api, { kind: 'BILLING_OFFICE', seatLimit: 5 });
    const officeCheckout = expectOk(
      await checkout(office, { priceId: STARTER, seats: 2 }),
    ).startCheckout;
    const officeCustomer = kit.standIn.checkoutSession(officeCheckout.id).customer as string;
    const clinic = await createTestTenant(kit.api, { owner: office.owner, seatLimit: 5 });
    const other = await createTestTenant(kit.api, { seatLimit: 5 });

    const refused = await checkout(other, {
      priceId: STARTER,
      seats: 2,
      billingOfficeTenantId: office.id,
    });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');

    const c = expectOk(
      await checkout(clinic, { priceId: STARTER, seats: 3, billingOfficeTenantId: office.id }),
    ).startCheckout;
    expect(kit.standIn.checkoutSession(c.id).customer).toBe(officeCustomer);
    await kit.standIn.completeCheckout(c.id);
    expect(await billingOf(kit, clinic)).toMatchObject({
      plan: 'starter',
      status: 'trialing',
      seatLimit: 3,
    });
    expect((await billingOf(kit, office)).status).toBe('none');
  });
});
