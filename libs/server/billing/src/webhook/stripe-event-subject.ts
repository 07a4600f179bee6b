import type Stripe from 'stripe';

/** The event types the webhook acts on; others are acknowledged and ignored. */
export const HANDLED_EVENT_TYPES = new Set([
  'checkout.session.completed',
  'customer.subscription.created',
  'customer.subscription.updated',
  'customer.subscription.deleted',
  'customer.subscription.trial_will_end',
  'invoice.paid',
  'invoice.payment_failed',
]);

const idOf = (v: string | { id: string } | null | undefined): string | null =>
  v == null ? null : typeof v === 'string' ? v : v.id;

/** The subscription an event is about (null when it is not about one, e.g. a one-off payment). */
export function subscriptionIdOf(event: Stripe.Event): string | null {
  const o = event.data.object as unknown as Record<string, unknown>;
  switch (event.type) {
    case 'checkout.session.completed': {
      const s = o as unknown as Stripe.Checkout.Session;
      return s.mode === 'subscription' ? idOf(s.subscription) : null;
    }
    case 'invoice.paid':
    case 'invoice.payment_failed': {
      const inv = o as unknown as Stripe.Invoice;
      return idOf(inv.parent?.subscription_details?.subscription ?? null);
    }
    default:
      return event.type.startsWith('customer.subscription.') ? idOf(o as { id: string }) : null;
  }
}
