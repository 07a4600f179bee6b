import { join } from 'node:path';
import Stripe from 'stripe';
import type { AppConfig } from '@claimlane/server-config';
import { PlanCatalog, type Plan } from '../plans/plan-catalog';
import { LocalStripeStandIn } from '../stand-in/local-stripe-stand-in';

/** Key and signing secret of the in-process local Stripe stand-in (never valid against Stripe). */
export const STAND_IN_API_KEY = 'sk_test_local_stripe_stand_in';
export const STAND_IN_WEBHOOK_SECRET = 'whsec_local_stripe_stand_in';

/** Unit prices the stand-in quotes for the built-in catalog (cents per seat per month). */
export const STAND_IN_PRICES = [
  { id: 'price_claimlane_starter_monthly', unitAmount: 4_900 },
  { id: 'price_claimlane_practice_monthly', unitAmount: 8_900 },
];

export class BillingConfigError extends Error {}

/** What the billing feature needs at run time: a Stripe client, the verified plans, the secret. */
export interface BillingRuntime {
  stripe: Stripe;
  plans: PlanCatalog;
  webhookSecret: string;
  /** The in-process local Stripe stand-in, when no Stripe key is configured (dev/test only). */
  standIn: LocalStripeStandIn | null;
  /** Prices that could not be checked because Stripe was unreachable at start (logged, not fatal). */
  unverifiedPrices: string[];
  close(): Promise<void>;
}

export function createStripeClient(apiKey: string, apiUrl?: string): Stripe {
  const target = apiUrl ? new URL(apiUrl) : null;
  return new Stripe(apiKey, {
    maxNetworkRetries: 2,
    timeout: 15_000,
    appInfo: { name: 'claimlane' },
    ...(target
      ? {
          host: target.hostname,
          port: target.port || (target.protocol === 'https:' ? 443 : 80),
          protocol: target.protocol === 'https:' ? 'https' : 'http',
        }
      : {}),
  });
}

/**
 * Builds the runtime and checks every configured price against Stripe before the API serves
 * anything: a missing, inactive, one-off or metered price stops start-up with the reason.
 */
export async function createBillingRuntime(
  config: AppConfig,
  webhookUrl: () => string | null = () => null,
): Promise<BillingRuntime> {
  const plans = PlanCatalog.fromJson(config.BILLING_PLANS);
  let standIn: LocalStripeStandIn | null = null;
  let apiKey = config.STRIPE_SECRET_KEY;
  let webhookSecret = config.STRIPE_WEBHOOK_SECRET;
  let apiUrl = config.STRIPE_API_URL;
  if (!apiKey) {
    if (config.NODE_ENV === 'production')
      throw new BillingConfigError(
        'STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET are required in production',
      );
    standIn = await LocalStripeStandIn.start({
      apiKey: STAND_IN_API_KEY,
      webhookSecret: STAND_IN_WEBHOOK_SECRET,
      prices: STAND_IN_PRICES,
      webhookUrl,
      stateFile: join(config.DATA_DIR, 'stripe-stand-in.json'),
    });
    apiKey = STAND_IN_API_KEY;
    webhookSecret = STAND_IN_WEBHOOK_SECRET;
    apiUrl = standIn.url;
  }
  if (!webhookSecret) {
    await standIn?.close();
    throw new BillingConfigError('STRIPE_WEBHOOK_SECRET is required when STRIPE_SECRET_KEY is set');
  }
  const stripe = createStripeClient(apiKey, apiUrl);
  let unverifiedPrices: string[];
  try {
    unverifiedPrices = await verifyPrices(stripe, plans.plans);
  } catch (e) {
    await standIn?.close();
    throw e;
  }
  return {
    stripe,
    plans,
    webhookSecret,
    standIn,
    unverifiedPrices,
    close: async () => {
      await standIn?.close();
    },
  };
}

/** Stripe being down must not keep the API from starting (autoscaling during an incident). */
const TRANSIENT = new Set(['StripeConnectionError', 'StripeAPIError', 'StripeRateLimitError']);

/** Throws on a price that is wrong; returns the ones Stripe could not be asked about. */
async function verifyPrices(stripe: Stripe, plans: Plan[]): Promise<string[]> {
  const problems: string[] = [];
  const unverified: string[] = [];
  await Promise.all(
    plans.map(async (plan) => {
      try {
        const price = await stripe.prices.retrieve(plan.priceId);
        if (!price.active) problems.push(`${plan.key}: price ${plan.priceId} is archived`);
        else if (price.type !== 'recurring' || price.recurring?.usage_type !== 'licensed')
          problems.push(`${plan.key}: price ${plan.priceId} is not a licensed recurring price`);
        else if (price.billing_scheme !== 'per_unit' || price.unit_amount === null)
          problems.push(`${plan.key}: price ${plan.priceId} is not a per-seat (per_unit) price`);
        plan.unitAmount = price.unit_amount;
        plan.currency = price.currency;
        plan.interval = price.recurring?.interval ?? null;
      } catch (e) {
        const { code, type } = e as { code?: string; type?: string };
        if (type && TRANSIENT.has(type)) {
          unverified.push(plan.priceId);
          return;
        }
        problems.push(
          code === 'resource_missing'
            ? `${plan.key}: price ${plan.priceId} does not exist in this Stripe account`
            : `${plan.key}: price ${plan.priceId} could not be checked (${(e as Error).name})`,
        );
      }
    }),
  );
  if (problems.length)
    throw new BillingConfigError(
      `Billing plans failed the Stripe check: ${problems.sort().join('; ')}`,
    );
  return unverified.sort();
}
