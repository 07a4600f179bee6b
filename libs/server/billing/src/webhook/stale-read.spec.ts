import type Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import type { BillingState } from '../state/billing-state.repository';
import { isStaleRead } from './stale-read';

const T = 1_796_000_000;
const held = (over: Partial<BillingState> = {}): BillingState => ({
  tenantId: 't',
  stripeCustomerId: 'cus_1',
  stripeSubscriptionId: 'sub_new',
  subscriptionCreated: new Date(T * 1000),
  priceId: 'price_a',
  plan: 'starter',
  status: 'active',
  quantity: 3,
  currentPeriodStart: null,
  currentPeriodEnd: null,
  trialEnd: null,
  cancelAtPeriodEnd: false,
  pastDueSince: null,
  syncedAt: new Date(T * 1000 + 5_000),
  ...over,
});
const read = (id: string, created: number, status: string) =>
  ({ id, created, status }) as unknown as Stripe.Subscription;

describe('isStaleRead', () => {
  it('for the same subscription, skips a read older than the stored one', () => {
    expect(isStaleRead(held(), read('sub_new', T, 'past_due'), new Date(T * 1000 + 4_000))).toBe(
      true,
    );
    expect(isStaleRead(held(), read('sub_new', T, 'past_due'), new Date(T * 1000 + 6_000))).toBe(
      false,
    );
    expect(isStaleRead(held({ syncedAt: null }), read('sub_new', T, 'active'), new Date(0))).toBe(
      false,
    );
  });

  it('lets only a newer subscription replace the one held', () => {
    expect(isStaleRead(held(), read('sub_old', T - 60, 'canceled'), new Date())).toBe(true);
    expect(
      isStaleRead(held({ status: 'canceled' }), read('sub_next', T + 60, 'active'), new Date()),
    ).toBe(false);
    expect(
      isStaleRead(held({ stripeSubscriptionId: null }), read('sub_any', 1, 'active'), new Date()),
    ).toBe(false);
  });

  it('within the same second, an ended subscription never displaces a live one', () => {
    expect(isStaleRead(held(), read('sub_old', T, 'canceled'), new Date())).toBe(true);
    expect(
      isStaleRead(held({ status: 'canceled' }), read('sub_other', T, 'active'), new Date()),
    ).toBe(false);
  });
});
