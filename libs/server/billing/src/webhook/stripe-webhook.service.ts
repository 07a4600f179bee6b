import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import type Stripe from 'stripe';
import type { EntityManager } from 'typeorm';
import { AppError, Errors, LOGGER, isUuid } from '@claimlane/server-common';
import { TenantDatabase, insertAuditEvent } from '@claimlane/server-db';
import { lockTenantSeats } from '@claimlane/server-tenancy';
import { BILLING_RUNTIME } from '../billing.tokens';
import type { BillingRuntime } from '../stripe/billing-runtime';
import { BillingStateRepository, type BillingState } from '../state/billing-state.repository';
import { LIVE_STATUSES, type BillingStatus } from '../state/workspace-access';
import { HANDLED_EVENT_TYPES, subscriptionIdOf } from './stripe-event-subject';
import { isStaleRead } from './stale-read';

export type WebhookOutcome = 'applied' | 'stale' | 'duplicate' | 'ignored';

export interface WebhookResult {
  status: number;
  body: { received: true; outcome: WebhookOutcome; reason?: string };
}

const ok = (outcome: WebhookOutcome, reason?: string): WebhookResult => ({
  status: 200,
  body: reason ? { received: true, outcome, reason } : { received: true, outcome },
});

/**
 * Stripe webhooks. Stripe delivers at least once and in no particular order, so each event is only a
 * hint: the subscription is re-read from Stripe (before any transaction opens) and that state is
 * applied unless a later read is already stored (`synced_at`) or the subscription is older than the
 * one the tenant has. Every event id is recorded once in `billing_events`, in the same transaction as
 * the state it caused, so a duplicate changes nothing and any order of a sequence ends in one state.
 */
@Injectable()
export class StripeWebhookService {
  constructor(
    @Inject(BILLING_RUNTIME) private readonly rt: BillingRuntime,
    private readonly db: TenantDatabase,
    @Inject(LOGGER) private readonly log: Logger,
  ) {}

  /** Checks the signature on the raw bytes (and the 5-minute timestamp tolerance against replays). */
  verify(rawBody: Buffer | undefined, signature: string | undefined): Stripe.Event {
    if (!rawBody?.length || !signature)
      throw Errors.badInput('Missing raw body or Stripe-Signature header', {
        reason: 'BAD_SIGNATURE',
      });
    try {
      return this.rt.stripe.webhooks.constructEvent(rawBody, signature, this.rt.webhookSecret);
    } catch {
      throw Errors.badInput('Stripe signature verification failed', { reason: 'BAD_SIGNATURE' });
    }
  }

  async process(event: Stripe.Event): Promise<WebhookResult> {
    if (!HANDLED_EVENT_TYPES.has(event.type)) return ok('ignored', 'event type not handled');
    const subscriptionId = subscriptionIdOf(event);
    if (!subscriptionId) return ok('ignored', 'not about a subscription');

    const readAt = new Date();
    const sub = await this.fetchSubscription(subscriptionId, event);
    if (!sub) return ok('ignored', 'subscription not found in Stripe');
    const tenantId = sub.metadata?.['tenant_id'];
    if (!tenantId || !isUuid(tenantId)) return ok('ignored', 'not a Claimlane subscription');
    const item = sub.items.data[0];
    const plan = item ? this.rt.plans.planForPrice(item.price.id) : undefined;
    if (!item || !plan) {
      // Acknowledging would lose the subscription; a 4xx makes Stripe retry until the plan is configured.
      this.log.error(
        { event: 'billing.unknown_price', stripeEvent: event.id, priceId: item?.price.id ?? null },
        'subscription uses a price that is not in BILLING_PLANS',
      );
      return {
        status: 422,
        body: { received: true, outcome: 'ignored', reason: 'UNKNOWN_PRICE' },
      };
    }

    return this.db.runInTenantTx(tenantId, async (m) => {
      const tenant: unknown[] = await m.query(`select 1 from tenants where id = $1`, [tenantId]);
      if (!tenant.length) return ok('ignored', 'unknown workspace');
      // Same lock order as seat changes and invitations: tenant row, then the billing row.
      await lockTenantSeats(m, tenantId);
      const current = await BillingStateRepository.lock(m, tenantId);
      const outcome = isStaleRead(current, sub, readAt) ? 'stale' : 'applied';
      const inserted: unknown[] = await m.query(
        `insert into billing_events (tenant_id, event_id, type, stripe_created, subscription_id, outcome)
         values ($1, $2, $3, to_timestamp($4), $5, $6) on conflict do nothing returning event_id`,
        [tenantId, event.id, event.type, event.created, sub.id, outcome],
      );
      if (!inserted.length) return ok('duplicate');
      if (outcome === 'applied') await this.apply(m, current, sub, plan.key, readAt);
      if (
        event.type === 'customer.subscription.trial_will_end' ||
        event.type === 'invoice.payment_failed'
      )
        await this.notifyAdmins(m, tenantId, event);
      await insertAuditEvent(m, {
        tenantId,
        action: 'billing.webhook',
        entityType: 'BillingEvent',
        entityId: event.id,
        meta: { type: event.type, outcome, status: sub.status, quantity: item.quantity ?? null },
      });
      return ok(outcome);
    });
  }

  private async fetchSubscription(
    id: string,
    event: Stripe.Event,
  ): Promise<Stripe.Subscription | null> {
    try {
      return await this.rt.stripe.subscriptions.retrieve(id);
    } catch (e) {
      if ((e as { code?: string }).code === 'resource_missing') {
        // A deleted subscription's own event carries its final state.
        return event.type === 'customer.subscription.deleted'
          ? (event.data.object as Stripe.Subscription)
          : null;
      }
      this.log.warn(
        { event: 'billing.stripe_unavailable', errName: (e as Error).name },
        'could not re-read subscription',
      );
      throw new AppError('SERVICE_UNAVAILABLE', 'Stripe could not be reached; retry later');
    }
  }

  private async apply(
    m: EntityManager,
    current: BillingState,
    sub: Stripe.Subscription,
    plan: string,
    readAt: Date,
  ): Promise<void> {
    const item = sub.items.data[0]!;
    const status = sub.status as BillingStatus;
    const quantity = Math.min(Math.max(item.quantity ?? 1, 1), 10_000);
    const periodStart = new Date(item.current_period_start * 1000);
    await BillingStateRepository.save(m, {
      ...current,
      stripeCustomerId: typeof sub.customer === 'string' ? sub.customer : sub.customer.id,
      stripeSubscriptionId: sub.id,
      subscriptionCreated: new Date(sub.created * 1000),
      priceId: item.price.id,
      plan,
      status,
      quantity,
      currentPeriodStart: periodStart,
      currentPeriodEnd: new Date(item.current_period_end * 1000),
      trialEnd: sub.trial_end ? new Date(sub.trial_end * 1000) : null,
      cancelAtPeriodEnd: sub.cancel_at_period_end,
      pastDueSince: pastDueSince(current, sub.id, status, periodStart),
      syncedAt: readAt,
    });
    // The seat limit follows the paid quantity; an ended subscription keeps its last limit and data.
    if (LIVE_STATUSES.includes(status)) {
      await m.query(
        `update tenants set seat_limit = $2, plan = $3, updated_at = now() where id = $1`,
        [current.tenantId, quantity, plan],
      );
    }
  }

  private async notifyAdmins(
    m: EntityManager,
    tenantId: string,
    event: Stripe.Event,
  ): Promise<void> {
    const [title, body] =
      event.type === 'invoice.payment_failed'
        ? [
            'Payment failed',
            'The latest invoice could not be paid. Update the payment method in the billing portal to keep full access.',
          ]
        : [
            'Trial ends soon',
            'The free trial ends in three days. Add a payment method in the billing portal to continue.',
          ];
    await m.query(
      `insert into notifications (tenant_id, user_id, kind, title, body, dedupe_key)
       select $1, user_id, $2, $3, $4, $5 from memberships where tenant_id = $1 and role in ('OWNER', 'ADMIN')
       on conflict do nothing`,
      [tenantId, `billing.${event.type}`, title, body, `stripe:${event.id}`],
    );
  }
}

/**
 * Grace counts from the start of the unpaid period, a fact of the subscription itself, so the result
 * does not depend on which event arrived first or how late. A later renewal failing too keeps the
 * earlier date: an unpaid workspace does not earn a fresh grace period every month.
 */
function pastDueSince(
  current: BillingState,
  subscriptionId: string,
  status: BillingStatus,
  periodStart: Date,
): Date | null {
  if (status !== 'past_due' && status !== 'unpaid') return null;
  const earlier =
    current.stripeSubscriptionId === subscriptionId &&
    (current.status === 'past_due' || current.status === 'unpaid') &&
    current.pastDueSince &&
    current.pastDueSince < periodStart
      ? current.pastDueSince
      : null;
  return earlier ?? periodStart;
}
