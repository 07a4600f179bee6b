import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestTenant,
  expectEventually,
  expectOk,
  startTestApi,
  type TestApi,
} from '@claimlane/testing';
import { loadConfig } from '@claimlane/server-config';
import { createBillingRuntime } from '../stripe/billing-runtime';

describe('embedded default: no Stripe key = the in-process local Stripe stand-in (what `npm start` uses)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => api?.close());

  it('subscribes end to end: Checkout page → webhook to the API’s own port → trialing workspace', async () => {
    const t = await createTestTenant(api, { seatLimit: 5 });
    const { startCheckout } = expectOk(
      await api.gql<{ startCheckout: { url: string } }>(
        `mutation { startCheckout(input: { priceId: "price_claimlane_practice_monthly", seats: 2 }) { url } }`,
        {},
        t.headers,
      ),
    );
    // The hosted page of the stand-in completes the payment and redirects to the success URL.
    const page = await fetch(startCheckout.url, { redirect: 'manual' });
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toMatch(/checkout=success/);
    await expectEventually(async () => {
      const b = expectOk(
        await api.gql<{ billing: { status: string; plan: string; seatLimit: number } }>(
          `query { billing { status plan seatLimit } }`,
          {},
          t.headers,
        ),
      ).billing;
      expect(b).toEqual({ status: 'trialing', plan: 'practice', seatLimit: 2 });
    });
  });

  it('keeps its customers and subscriptions across restarts (state file under DATA_DIR)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimlane-stripe-stand-in-'));
    const config = { ...loadConfig({ NODE_ENV: 'test' }), DATA_DIR: dir };
    const first = await createBillingRuntime(config);
    const customer = await first.stripe.customers.create({ metadata: { tenant_id: 'x' } });
    await first.close();
    const second = await createBillingRuntime(config);
    try {
      expect((await second.stripe.customers.retrieve(customer.id)).id).toBe(customer.id);
      await expect(second.stripe.customers.retrieve('cus_never')).rejects.toMatchObject({
        code: 'resource_missing',
      });
    } finally {
      await second.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stops start-up on a price id Stripe does not know, and without keys in production', async () => {
    const plans = JSON.stringify({
      unsubscribed: {
        name: 'Trial',
        entitlements: {
          maxSeats: 5,
          recordCallsPerPeriod: 1,
          ocrPagesPerPeriod: 1,
          storageBytes: 1,
        },
      },
      plans: [
        {
          key: 'ghost',
          name: 'Ghost',
          priceId: 'price_ghost',
          entitlements: {
            maxSeats: 5,
            recordCallsPerPeriod: 1,
            ocrPagesPerPeriod: 1,
            storageBytes: 1,
          },
        },
      ],
    });
    await expect(
      createBillingRuntime(loadConfig({ NODE_ENV: 'test', BILLING_PLANS: plans })),
    ).rejects.toThrow(/ghost: price price_ghost does not exist/);
    // Stripe unreachable (nothing listens there): start anyway, with the prices marked unverified.
    const down = await createBillingRuntime({
      ...loadConfig({ NODE_ENV: 'test' }),
      STRIPE_SECRET_KEY: 'sk_test_x',
      STRIPE_WEBHOOK_SECRET: 'whsec_x',
      STRIPE_API_URL: 'http://127.0.0.1:1',
    });
    expect(down.unverifiedPrices).toEqual([
      'price_claimlane_practice_monthly',
      'price_claimlane_starter_monthly',
    ]);
    await down.close();
    await expect(
      createBillingRuntime({ ...loadConfig({ NODE_ENV: 'test' }), NODE_ENV: 'production' }),
    ).rejects.toThrow(/STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET are required/);
  });
});
