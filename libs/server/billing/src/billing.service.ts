import { Inject, Injectable } from '@nestjs/common';
import type Stripe from 'stripe';
import { APP_CONFIG, type AppConfig } from '@claimlane/server-config';
import { TenantContext } from '@claimlane/server-db';
import { AppError, Errors, type RequestAuth } from '@claimlane/server-common';
import { lockTenantSeats } from '@claimlane/server-tenancy';
import { BILLING_RUNTIME } from './billing.tokens';
import type { BillingRuntime } from './stripe/billing-runtime';
import { EntitlementService } from './entitlements/entitlement.service';
import { BillingStateRepository, type BillingState } from './state/billing-state.repository';
import { LIVE_STATUSES, workspaceAccess } from './state/workspace-access';
import type {
  BillingModel,
  BillingPortalSessionModel,
  CheckoutSessionModel,
  StartCheckoutInput,
} from './billing.models';

const isLive = (s: BillingState | null) => !!s && LIVE_STATUSES.includes(s.status);

/**
 * Billing for the active tenant. One Stripe subscription per tenant (clinic or billing office), its
 * quantity = the tenant's seat limit. Stripe calls made here run inside the operation's transaction on
 * purpose: each is either read-only for us (a Checkout or portal session to hand out) or, for seat
 * changes, must happen while the tenant row is locked so no invitation can slip in between the check
 * and the new quantity; a failure rolls the whole mutation back.
 */
@Injectable()
export class BillingService {
  constructor(
    @Inject(BILLING_RUNTIME) private readonly rt: BillingRuntime,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly entitlements: EntitlementService,
  ) {}

  async billing(): Promise<BillingModel> {
    const m = TenantContext.manager();
    const tenantId = TenantContext.tenantId();
    const [tenant]: Array<{ seat_limit: number; plan: string }> = await m.query(
      `select seat_limit, plan from tenants where id = $1`,
      [tenantId],
    );
    if (!tenant) throw Errors.notFound('Workspace');
    const [seats]: Array<{ used: string; pending: string }> = await m.query(
      `select (select count(*) from memberships where tenant_id = $1) as used,
              (select count(*) from invitations where tenant_id = $1 and accepted_at is null and revoked_at is null and expires_at > now()) as pending`,
      [tenantId],
    );
    const state = await BillingStateRepository.find(m, tenantId);
    const live = isLive(state);
    const plan = live && state?.plan ? this.rt.plans.planForKey(state.plan) : undefined;
    const access = workspaceAccess(state, new Date(), this.config.BILLING_GRACE_DAYS);
    const used = Number(seats!.used);
    return {
      plan: plan?.key ?? 'trial',
      planName: plan?.name ?? this.rt.plans.config.unsubscribed.name,
      status: state?.status ?? 'none',
      access: access.mode,
      readOnlyReason: access.reason,
      graceEndsAt: access.graceEndsAt,
      seatsUsed: used,
      seatsPending: Number(seats!.pending),
      seatLimit: tenant.seat_limit,
      currentPeriodEnd: state?.currentPeriodEnd ?? null,
      trialEndsAt: state?.status === 'trialing' ? state.trialEnd : null,
      cancelAtPeriodEnd: state?.cancelAtPeriodEnd ?? false,
      nextInvoice:
        live && plan?.unitAmount != null && state?.currentPeriodEnd && !state.cancelAtPeriodEnd
          ? {
              amountDue: plan.unitAmount * (state.quantity ?? 1),
              currency: plan.currency ?? 'usd',
              date: state.currentPeriodEnd,
            }
          : null,
      entitlements: await this.entitlements.usage(tenantId, { used, limit: tenant.seat_limit }),
      plans: this.rt.plans.plans,
    };
  }

  async startCheckout(auth: RequestAuth, input: StartCheckoutInput): Promise<CheckoutSessionModel> {
    const plan = this.rt.plans.planForPrice(input.priceId);
    if (!plan)
      throw Errors.badInput(`Unknown price id; choose one of billing.plans`, {
        field: 'priceId',
        reason: 'UNKNOWN_PRICE',
      });
    if (input.seats > plan.entitlements.maxSeats)
      throw Errors.badInput(
        `The ${plan.name} plan allows at most ${plan.entitlements.maxSeats} seats`,
        {
          field: 'seats',
          maxSeats: plan.entitlements.maxSeats,
        },
      );
    const m = TenantContext.manager();
    const tenantId = TenantContext.tenantId();
    const seats = await lockTenantSeats(m, tenantId);
    assertSeatsCover(input.seats, seats);
    const state = await BillingStateRepository.lock(m, tenantId);
    if (isLive(state))
      throw Errors.conflict(
        'This workspace already has a subscription; use changeSeats or the billing portal',
        {
          reason: 'ALREADY_SUBSCRIBED',
        },
      );
    const customer = input.billingOfficeTenantId
      ? await this.billingOfficeCustomer(input.billingOfficeTenantId)
      : await this.ensureCustomer(auth, state);
    if (!input.billingOfficeTenantId)
      await BillingStateRepository.setCustomer(m, tenantId, customer);
    // A workspace's first subscription gets the plan's trial; a returning one pays from day one.
    const trialDays = state.stripeSubscriptionId ? 0 : plan.trialDays;
    const base = this.config.APP_PUBLIC_URL.replace(/\/$/, '');
    const session = await this.call(() =>
      this.rt.stripe.checkout.sessions.create({
        mode: 'subscription',
        customer,
        client_reference_id: tenantId,
        line_items: [{ price: plan.priceId, quantity: input.seats }],
        subscription_data: {
          metadata: { tenant_id: tenantId, plan: plan.key },
          ...(trialDays > 0 ? { trial_period_days: trialDays } : {}),
        },
        metadata: { tenant_id: tenantId },
        success_url: `${base}/settings/billing?checkout=success&session_id={CHECKOUT_SESSION_ID}`,
        cancel_url: `${base}/settings/billing?checkout=canceled`,
      }),
    );
    if (!session.url) throw new AppError('SERVICE_UNAVAILABLE', 'Stripe returned no Checkout URL');
    return { id: session.id, url: session.url };
  }

  async openBillingPortal(): Promise<BillingPortalSessionModel> {
    const state = await BillingStateRepository.find(
      TenantContext.manager(),
      TenantContext.tenantId(),
    );
    if (!state?.stripeCustomerId)
      throw Errors.conflict('This workspace has no billing account yet; start a checkout first', {
        reason: 'NO_BILLING_CUSTOMER',
      });
    const session = await this.call(
      () =>
        this.rt.stripe.billingPortal.sessions.create({
          customer: state.stripeCustomerId!,
          return_url: `${this.config.APP_PUBLIC_URL.replace(/\/$/, '')}/settings/billing`,
        }),
      'customer',
    );
    return { url: session.url };
  }

  /** Sets the subscription quantity (Stripe prorates); the seat limit follows at once. */
  async changeSeats(seatCount: number): Promise<BillingModel> {
    const m = TenantContext.manager();
    const tenantId = TenantContext.tenantId();
    const seats = await lockTenantSeats(m, tenantId);
    const state = await BillingStateRepository.lock(m, tenantId);
    if (!isLive(state) || !state.stripeSubscriptionId)
      throw Errors.conflict('This workspace has no active subscription; start a checkout first', {
        reason: 'NO_ACTIVE_SUBSCRIPTION',
      });
    const plan = state.plan ? this.rt.plans.planForKey(state.plan) : undefined;
    if (plan && seatCount > plan.entitlements.maxSeats)
      throw Errors.badInput(
        `The ${plan.name} plan allows at most ${plan.entitlements.maxSeats} seats`,
        {
          field: 'seats',
          maxSeats: plan.entitlements.maxSeats,
        },
      );
    assertSeatsCover(seatCount, seats);
    if (seatCount !== state.quantity) {
      const sub = await this.call(
        () => this.rt.stripe.subscriptions.retrieve(state.stripeSubscriptionId!),
        'subscription',
      );
      const item = sub.items.data[0];
      if (!item) throw new AppError('SERVICE_UNAVAILABLE', 'Stripe subscription has no item');
      const readAt = new Date();
      const updated = await this.call(
        () =>
          this.rt.stripe.subscriptions.update(sub.id, {
            items: [{ id: item.id, quantity: seatCount }],
            proration_behavior: 'create_prorations',
          }),
        'subscription',
      );
      await BillingStateRepository.save(m, {
        ...state,
        quantity: updated.items.data[0]?.quantity ?? seatCount,
        syncedAt: readAt,
      });
      await m.query(`update tenants set seat_limit = $2, updated_at = now() where id = $1`, [
        tenantId,
        seatCount,
      ]);
    }
    return this.billing();
  }

  private async ensureCustomer(auth: RequestAuth, state: BillingState): Promise<string> {
    if (state.stripeCustomerId) {
      const existing = await this.call(
        () => this.rt.stripe.customers.retrieve(state.stripeCustomerId!),
        'customer',
      ).catch((e: unknown) => {
        if (e instanceof AppError && e.extensions['reason'] === 'BILLING_CUSTOMER_DELETED')
          return null;
        throw e;
      });
      // A customer deleted in Stripe is replaced by a new one (its old subscriptions ended with it).
      if (existing && !(existing as Stripe.DeletedCustomer).deleted) return existing.id;
    }
    const tenantId = TenantContext.tenantId();
    const customer = await this.call(() =>
      this.rt.stripe.customers.create(
        { metadata: { tenant_id: tenantId, created_by: auth.userId ?? '' } },
        // Two clicks on "subscribe" must not make two customers.
        { idempotencyKey: `customer-${tenantId}-${state.stripeCustomerId ?? 'first'}` },
      ),
    );
    return customer.id;
  }

  private async billingOfficeCustomer(officeTenantId: string): Promise<string> {
    const [row]: Array<{ customer: string | null }> = await TenantContext.manager().query(
      `select billing_office_customer($1) as customer`,
      [officeTenantId],
    );
    if (!row?.customer)
      throw Errors.badInput(
        'That billing office has no billing account you may use (you must be its OWNER or ADMIN, and it must have started a checkout once)',
        { field: 'billingOfficeTenantId' },
      );
    return row.customer;
  }

  /** Stripe errors as our codes: a deleted customer or subscription is a CONFLICT, outages 503. */
  private async call<T>(fn: () => Promise<T>, missing?: 'customer' | 'subscription'): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      const err = e as { type?: string; code?: string; message?: string };
      if (err.code === 'resource_missing' && missing === 'customer')
        throw Errors.conflict(
          'The billing customer no longer exists in Stripe; start a new checkout',
          {
            reason: 'BILLING_CUSTOMER_DELETED',
          },
        );
      if (err.code === 'resource_missing' && missing === 'subscription')
        throw Errors.conflict('The subscription no longer exists in Stripe', {
          reason: 'SUBSCRIPTION_GONE',
        });
      if (err.type === 'StripeInvalidRequestError')
        throw Errors.conflict('Stripe refused the change', {
          reason: 'STRIPE_REFUSED',
          stripeCode: err.code ?? null,
        });
      throw new AppError('SERVICE_UNAVAILABLE', 'Stripe could not be reached; try again');
    }
  }
}

function assertSeatsCover(requested: number, seats: { used: number; pending: number }): void {
  const held = seats.used + seats.pending;
  if (requested < held) {
    throw Errors.badInput(
      `${seats.used} members and ${seats.pending} pending invitations hold ${held} seats: remove ${held - requested} (members or invitations) first`,
      {
        field: 'seats',
        reason: 'SEATS_BELOW_MEMBERS',
        seatsHeld: held,
        removeFirst: held - requested,
      },
    );
  }
}
