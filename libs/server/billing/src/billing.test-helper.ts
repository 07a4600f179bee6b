import { Client } from 'pg';
import type Stripe from 'stripe';
import {
  createTestTenant,
  expectOk,
  startTestApi,
  type TestApi,
  type TestTenant,
} from '@claimlane/testing';
import { LocalStripeStandIn } from './stand-in/local-stripe-stand-in';
import { STAND_IN_PRICES } from './stripe/billing-runtime';

export const TEST_STRIPE_KEY = 'sk_test_billing_spec';
export const TEST_WEBHOOK_SECRET = 'whsec_billing_spec';
export const STARTER = 'price_claimlane_starter_monthly';
/** A price that exists in the stand-in's Stripe account but not in BILLING_PLANS. */
export const UNLISTED_PRICE = 'price_not_in_claimlane_plans';

export interface BillingKit {
  api: TestApi;
  standIn: LocalStripeStandIn;
  webhookUrl: string;
  owner: Client;
  close(): Promise<void>;
}

/** The real API, its Stripe client pointed at a local Stripe stand-in that delivers webhooks to it. */
export async function startBillingKit(env: Record<string, string> = {}): Promise<BillingKit> {
  const standIn = await LocalStripeStandIn.start({
    apiKey: TEST_STRIPE_KEY,
    webhookSecret: TEST_WEBHOOK_SECRET,
    prices: [...STAND_IN_PRICES, { id: UNLISTED_PRICE, unitAmount: 100 }],
  });
  const api = await startTestApi({
    STRIPE_SECRET_KEY: TEST_STRIPE_KEY,
    STRIPE_WEBHOOK_SECRET: TEST_WEBHOOK_SECRET,
    STRIPE_API_URL: standIn.url,
    ...env,
  });
  const webhookUrl = `${api.url}/webhooks/stripe`;
  standIn.setWebhookUrl(webhookUrl);
  const owner = new Client({ connectionString: api.db.ownerUrl });
  await owner.connect();
  return {
    api,
    standIn,
    webhookUrl,
    owner,
    async close() {
      await owner.end();
      await api.close();
      await standIn.close();
    },
  };
}

export const BILLING_FIELDS = `plan planName status access readOnlyReason graceEndsAt seatsUsed seatsPending
  seatLimit currentPeriodEnd trialEndsAt cancelAtPeriodEnd nextInvoice { amountDue currency date }
  entitlements { metric used limit periodEnd } plans { key priceId unitAmount }`;

export interface BillingView {
  plan: string;
  status: string;
  access: 'FULL' | 'GRACE' | 'READ_ONLY';
  readOnlyReason: string | null;
  graceEndsAt: string | null;
  seatsUsed: number;
  seatsPending: number;
  seatLimit: number;
  currentPeriodEnd: string | null;
  trialEndsAt: string | null;
  nextInvoice: { amountDue: number; currency: string; date: string } | null;
  entitlements: Array<{ metric: string; used: number; limit: number; periodEnd: string | null }>;
}

export async function billingOf(kit: BillingKit, t: TestTenant): Promise<BillingView> {
  return expectOk(
    await kit.api.gql<{ billing: BillingView }>(
      `query { billing { ${BILLING_FIELDS} } }`,
      {},
      t.headers,
    ),
  ).billing;
}

/** A tenant that went through Checkout (no trial events awaited beyond the stand-in's delivery). */
export async function subscribedTenant(
  kit: BillingKit,
  seats = 3,
): Promise<{
  tenant: TestTenant;
  subscriptionId: string;
  customerId: string;
  events: Stripe.Event[];
}> {
  const tenant = await createTestTenant(kit.api, { seatLimit: 5 });
  const { startCheckout } = expectOk(
    await kit.api.gql<{ startCheckout: { id: string; url: string } }>(
      `mutation($i: StartCheckoutInput!) { startCheckout(input: $i) { id url } }`,
      { i: { priceId: STARTER, seats } },
      tenant.headers,
    ),
  );
  const events = await kit.standIn.completeCheckout(startCheckout.id);
  const session = kit.standIn.checkoutSession(startCheckout.id);
  return {
    tenant,
    subscriptionId: session.subscription as string,
    customerId: session.customer as string,
    events,
  };
}

export async function ownerRows<T>(kit: BillingKit, sql: string, params: unknown[]): Promise<T[]> {
  return (await kit.owner.query(sql, params)).rows as T[];
}
