import type Stripe from 'stripe';
import type { BillingState } from '../state/billing-state.repository';
import { LIVE_STATUSES, type BillingStatus } from '../state/workspace-access';

/** True when applying this read would move the tenant back in time. */
export function isStaleRead(
  current: BillingState,
  sub: Stripe.Subscription,
  readAt: Date,
): boolean {
  if (current.stripeSubscriptionId && current.stripeSubscriptionId !== sub.id) {
    // Another subscription: only a newer one replaces it (a late event of an old one never does).
    if (!current.subscriptionCreated) return false;
    const incoming = sub.created * 1000;
    const held = current.subscriptionCreated.getTime();
    if (incoming !== held) return incoming < held;
    // Created in the same second (Stripe's resolution): an ended one never displaces a live one.
    return (
      LIVE_STATUSES.includes(current.status) && !LIVE_STATUSES.includes(sub.status as BillingStatus)
    );
  }
  return !!current.syncedAt && current.syncedAt > readAt;
}
