import type { EntityManager } from 'typeorm';
import type { BillingStatus } from './workspace-access';

export interface BillingState {
  tenantId: string;
  stripeCustomerId: string | null;
  stripeSubscriptionId: string | null;
  subscriptionCreated: Date | null;
  priceId: string | null;
  plan: string | null;
  status: BillingStatus;
  quantity: number | null;
  currentPeriodStart: Date | null;
  currentPeriodEnd: Date | null;
  trialEnd: Date | null;
  cancelAtPeriodEnd: boolean;
  pastDueSince: Date | null;
  syncedAt: Date | null;
}

interface Row {
  tenant_id: string;
  stripe_customer_id: string | null;
  stripe_subscription_id: string | null;
  subscription_created: Date | null;
  price_id: string | null;
  plan: string | null;
  status: BillingStatus;
  quantity: number | null;
  current_period_start: Date | null;
  current_period_end: Date | null;
  trial_end: Date | null;
  cancel_at_period_end: boolean;
  past_due_since: Date | null;
  synced_at: Date | null;
}

const COLUMNS = `tenant_id, stripe_customer_id, stripe_subscription_id, subscription_created, price_id, plan,
  status, quantity, current_period_start, current_period_end, trial_end, cancel_at_period_end,
  past_due_since, synced_at`;

function toState(r: Row): BillingState {
  return {
    tenantId: r.tenant_id,
    stripeCustomerId: r.stripe_customer_id,
    stripeSubscriptionId: r.stripe_subscription_id,
    subscriptionCreated: r.subscription_created,
    priceId: r.price_id,
    plan: r.plan,
    status: r.status,
    quantity: r.quantity,
    currentPeriodStart: r.current_period_start,
    currentPeriodEnd: r.current_period_end,
    trialEnd: r.trial_end,
    cancelAtPeriodEnd: r.cancel_at_period_end,
    pastDueSince: r.past_due_since,
    syncedAt: r.synced_at,
  };
}

/** SQL for `billing_subscriptions` (one row per tenant, under RLS). */
export const BillingStateRepository = {
  async find(m: EntityManager, tenantId: string): Promise<BillingState | null> {
    const rows: Row[] = await m.query(
      `select ${COLUMNS} from billing_subscriptions where tenant_id = $1`,
      [tenantId],
    );
    return rows[0] ? toState(rows[0]) : null;
  },

  /** Creates the row when missing, then locks it for the rest of the transaction. */
  async lock(m: EntityManager, tenantId: string): Promise<BillingState> {
    await m.query(
      `insert into billing_subscriptions (tenant_id) values ($1) on conflict (tenant_id) do nothing`,
      [tenantId],
    );
    const rows: Row[] = await m.query(
      `select ${COLUMNS} from billing_subscriptions where tenant_id = $1 for update`,
      [tenantId],
    );
    return toState(rows[0]!);
  },

  async setCustomer(m: EntityManager, tenantId: string, customerId: string | null): Promise<void> {
    await m.query(
      `insert into billing_subscriptions (tenant_id, stripe_customer_id) values ($1, $2)
       on conflict (tenant_id) do update set stripe_customer_id = excluded.stripe_customer_id, updated_at = now()`,
      [tenantId, customerId],
    );
  },

  async save(m: EntityManager, s: BillingState): Promise<void> {
    await m.query(
      `update billing_subscriptions set stripe_customer_id = $2, stripe_subscription_id = $3,
         subscription_created = $4, price_id = $5, plan = $6, status = $7, quantity = $8,
         current_period_start = $9, current_period_end = $10, trial_end = $11,
         cancel_at_period_end = $12, past_due_since = $13, synced_at = $14, updated_at = now()
       where tenant_id = $1`,
      [
        s.tenantId,
        s.stripeCustomerId,
        s.stripeSubscriptionId,
        s.subscriptionCreated,
        s.priceId,
        s.plan,
        s.status,
        s.quantity,
        s.currentPeriodStart,
        s.currentPeriodEnd,
        s.trialEnd,
        s.cancelAtPeriodEnd,
        s.pastDueSince,
        s.syncedAt,
      ],
    );
  },
};
