import { Client } from 'pg';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTenant } from '@claimlane/testing';
import {
  TEST_STRIPE_KEY,
  TEST_WEBHOOK_SECRET,
  UNLISTED_PRICE,
  billingOf,
  ownerRows,
  startBillingKit,
  subscribedTenant,
  type BillingKit,
} from '../billing.test-helper';
import { seededShuffle } from './seeded-shuffle.test-helper';

async function post(
  kit: BillingKit,
  payload: string,
  signature: string | null,
): Promise<{
  status: number;
  body: { errors?: Array<{ extensions: Record<string, unknown> }>; outcome?: string };
}> {
  const res = await fetch(kit.webhookUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(signature ? { 'stripe-signature': signature } : {}),
    },
    body: payload,
  });
  return { status: res.status, body: (await res.json()) as never };
}

const eventCount = async (kit: BillingKit, tenantId: string) =>
  Number(
    (
      await ownerRows<{ n: string }>(
        kit,
        `select count(*) as n from billing_events where tenant_id = $1`,
        [tenantId],
      )
    )[0]!.n,
  );

/** What a tenant's billing looks like from the database (what the convergence tests compare). */
async function snapshot(kit: BillingKit, tenantId: string) {
  const [b] = await ownerRows<Record<string, unknown>>(
    kit,
    `select stripe_subscription_id, status, quantity, plan, current_period_start, current_period_end,
            trial_end, past_due_since, cancel_at_period_end
       from billing_subscriptions where tenant_id = $1`,
    [tenantId],
  );
  const [t] = await ownerRows<Record<string, unknown>>(
    kit,
    `select seat_limit, plan from tenants where id = $1`,
    [tenantId],
  );
  return { billing: b, tenant: t };
}

describe('Stripe webhook (real HTTP, real signatures, local Stripe stand-in)', () => {
  let kit: BillingKit;
  beforeAll(async () => {
    kit = await startBillingKit();
  });
  afterAll(async () => kit?.close());

  it('refuses forged, tampered, unsigned and replayed-late deliveries with 400 and writes nothing', async () => {
    const { tenant, events } = await subscribedTenant(kit);
    const before = await eventCount(kit, tenant.id);
    const event = { ...events[0]!, id: 'evt_forged_1' };
    const payload = JSON.stringify(event);
    const forged = Stripe.webhooks.generateTestHeaderString({ payload, secret: 'whsec_wrong' });
    const tampered = Stripe.webhooks.generateTestHeaderString({
      payload,
      secret: TEST_WEBHOOK_SECRET,
    });
    const stale = Stripe.webhooks.generateTestHeaderString({
      payload,
      secret: TEST_WEBHOOK_SECRET,
      timestamp: Math.floor(Date.now() / 1000) - 600,
    });
    for (const [body, sig] of [
      [payload, forged],
      [payload.replace('evt_forged_1', 'evt_forged_2'), tampered],
      [payload, null],
      [payload, 't=1,v1=deadbeef'],
      [payload, stale],
    ] as const) {
      const res = await post(kit, body, sig);
      expect(res.status).toBe(400);
      expect(res.body.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'BAD_SIGNATURE',
      });
    }
    expect(await eventCount(kit, tenant.id)).toBe(before);
  });

  it('Checkout → subscription: plan, trial, seat limit and events recorded once each', async () => {
    const { tenant, subscriptionId, events } = await subscribedTenant(kit, 4);
    expect(events.map((e) => e.type)).toEqual([
      'customer.subscription.created',
      'checkout.session.completed',
      'invoice.paid',
    ]);
    const b = await billingOf(kit, tenant);
    expect(b).toMatchObject({
      plan: 'starter',
      status: 'trialing',
      access: 'FULL',
      seatLimit: 4,
      seatsUsed: 1,
    });
    expect(new Date(b.trialEndsAt!).getTime()).toBe(
      kit.standIn.subscription(subscriptionId).trial_end! * 1000,
    );
    expect(b.nextInvoice).toMatchObject({ amountDue: 4 * 4900, currency: 'usd' });
    const rows = await ownerRows<{ event_id: string; outcome: string }>(
      kit,
      `select event_id, outcome from billing_events where tenant_id = $1 order by received_at`,
      [tenant.id],
    );
    expect(rows.map((r) => r.event_id).sort()).toEqual(events.map((e) => e.id).sort());

    // A redelivery of every event (Stripe retries) changes nothing.
    for (const e of events) {
      const res = await kit.standIn.deliver(e);
      expect(res).toMatchObject({ status: 200, body: { outcome: 'duplicate' } });
    }
    expect(await eventCount(kit, tenant.id)).toBe(events.length);
    const audit = await ownerRows<{ n: string }>(
      kit,
      `select count(*) as n from audit_events where tenant_id = $1 and action = 'billing.webhook'`,
      [tenant.id],
    );
    expect(Number(audit[0]!.n)).toBe(events.length);
  });

  it('duplicated, shuffled and delayed sequences converge to the same state (the subscription as Stripe has it)', async () => {
    kit.standIn.setWebhookUrl(null);
    let tenantId: string;
    let all: Stripe.Event[];
    let subscriptionId: string;
    try {
      const s = await subscribedTenant(kit, 3);
      tenantId = s.tenant.id;
      subscriptionId = s.subscriptionId;
      all = [
        ...s.events,
        ...(await kit.standIn.failRenewal(s.subscriptionId)),
        ...(await kit.standIn.payOpenInvoice(s.subscriptionId)),
        ...(await kit.standIn.trialWillEnd(s.subscriptionId)),
      ];
    } finally {
      kit.standIn.setWebhookUrl(kit.webhookUrl);
    }
    const truth = kit.standIn.subscription(subscriptionId);
    const orders = [
      all,
      [...all].reverse(),
      seededShuffle(all, 7),
      // Duplicates interleaved, and the oldest events delayed to the very end.
      [...all.slice(3), all[4]!, all[0]!, all[0]!, ...all.slice(0, 3), all[5]!],
    ];
    const results = [];
    for (const order of orders) {
      await kit.owner.query(`delete from billing_events where tenant_id = $1`, [tenantId]);
      await kit.owner.query(`delete from billing_subscriptions where tenant_id = $1`, [tenantId]);
      await kit.owner.query(`update tenants set seat_limit = 5, plan = 'trial' where id = $1`, [
        tenantId,
      ]);
      for (const e of order) {
        const res = await kit.standIn.deliver(e);
        expect(res.status).toBe(200);
      }
      expect(await eventCount(kit, tenantId)).toBe(all.length);
      results.push(await snapshot(kit, tenantId));
    }
    // All at once, each twice (Stripe's retries racing the first delivery).
    await kit.owner.query(`delete from billing_events where tenant_id = $1`, [tenantId]);
    await kit.owner.query(`delete from billing_subscriptions where tenant_id = $1`, [tenantId]);
    await kit.owner.query(`update tenants set seat_limit = 5, plan = 'trial' where id = $1`, [
      tenantId,
    ]);
    const burst = await Promise.all([...all, ...all].map((e) => kit.standIn.deliver(e)));
    expect(burst.every((r) => r.status === 200)).toBe(true);
    const outcomes = burst.map((r) => (r.body as { outcome: string }).outcome);
    expect(outcomes.filter((o) => o === 'duplicate')).toHaveLength(all.length);
    expect(await eventCount(kit, tenantId)).toBe(all.length);
    results.push(await snapshot(kit, tenantId));
    for (const r of results.slice(1)) expect(r).toEqual(results[0]);
    expect(results[0]!.billing).toMatchObject({
      stripe_subscription_id: truth.id,
      status: truth.status,
      quantity: truth.items.data[0]!.quantity,
      past_due_since: null,
    });
    expect(results[0]!.tenant).toEqual({ seat_limit: 3, plan: 'starter' });
  });

  it('a subscription on a price missing from BILLING_PLANS is answered 422 (Stripe retries) and changes nothing', async () => {
    const tenant = await createTestTenant(kit.api, { seatLimit: 5 });
    const stripe = new Stripe(TEST_STRIPE_KEY, kit.standIn.clientOptions);
    kit.standIn.setWebhookUrl(null);
    let events: Stripe.Event[];
    try {
      const session = await stripe.checkout.sessions.create({
        mode: 'subscription',
        line_items: [{ price: UNLISTED_PRICE, quantity: 2 }],
        subscription_data: { metadata: { tenant_id: tenant.id } },
        success_url: 'http://localhost/ok',
      });
      events = await kit.standIn.completeCheckout(session.id);
    } finally {
      kit.standIn.setWebhookUrl(kit.webhookUrl);
    }
    for (const e of events) {
      const res = await kit.standIn.deliver(e);
      expect(res).toMatchObject({ status: 422, body: { reason: 'UNKNOWN_PRICE' } });
    }
    expect(await eventCount(kit, tenant.id)).toBe(0);
    expect((await snapshot(kit, tenant.id)).tenant).toEqual({ seat_limit: 5, plan: 'trial' });
  });

  it('keeps processed events append-only for the runtime role (nothing can make an event run twice)', async () => {
    const { tenant } = await subscribedTenant(kit);
    const app = new Client({ connectionString: kit.api.db.appUrl });
    await app.connect();
    try {
      await app.query('begin');
      await app.query(`select set_config('app.tenant_id', $1, true)`, [tenant.id]);
      await expect(app.query(`delete from billing_events`)).rejects.toMatchObject({
        code: '42501',
      });
      await app.query('rollback');
      await app.query('begin');
      await app.query(`select set_config('app.tenant_id', $1, true)`, [tenant.id]);
      await expect(app.query(`update billing_events set outcome = 'x'`)).rejects.toMatchObject({
        code: '42501',
      });
      await app.query('rollback');
    } finally {
      await app.end();
    }
    expect(await eventCount(kit, tenant.id)).toBe(3);
  });

  it('acknowledges events it does not act on, and ones for subscriptions that are not Claimlane workspaces', async () => {
    const payload = JSON.stringify({
      id: 'evt_unrelated_1',
      object: 'event',
      type: 'charge.refunded',
      created: Math.floor(Date.now() / 1000),
      data: { object: { id: 'ch_1', object: 'charge' } },
    });
    const res = await post(kit, payload, kit.standIn.sign(payload));
    expect(res).toMatchObject({ status: 200, body: { outcome: 'ignored' } });
  });
});
