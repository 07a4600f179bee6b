import { z } from 'zod';

const GIB = 1024 ** 3;

const entitlementsSchema = z.object({
  /** Upper bound for the subscription quantity (seats) on this plan. */
  maxSeats: z.number().int().min(1).max(10000),
  /** Record Calls per billing period. */
  recordCallsPerPeriod: z.number().int().min(0),
  /** OCR pages per billing period. */
  ocrPagesPerPeriod: z.number().int().min(0),
  /** Stored documents, in bytes (not per period: what is stored now). */
  storageBytes: z.number().int().min(0),
});

const planSchema = z.object({
  key: z.string().regex(/^[a-z][a-z0-9_-]{1,40}$/),
  name: z.string().min(1).max(80),
  /** Stripe price id of the per-seat recurring price (validated against Stripe at start). */
  priceId: z.string().min(3).max(255),
  /** Free trial days on a tenant's first subscription (0 = none). */
  trialDays: z.number().int().min(0).max(90).default(0),
  entitlements: entitlementsSchema,
});

const catalogSchema = z
  .object({
    /** What a workspace without a subscription may use (a new workspace before checkout). */
    unsubscribed: z.object({ name: z.string().default('Trial'), entitlements: entitlementsSchema }),
    plans: z.array(planSchema).min(1),
  })
  .superRefine((c, ctx) => {
    const keys = new Set<string>();
    const prices = new Set<string>();
    for (const p of c.plans) {
      if (keys.has(p.key)) ctx.addIssue({ code: 'custom', message: `duplicate plan key ${p.key}` });
      if (prices.has(p.priceId))
        ctx.addIssue({ code: 'custom', message: `duplicate price id ${p.priceId}` });
      keys.add(p.key);
      prices.add(p.priceId);
    }
  });

export type PlanEntitlements = z.infer<typeof entitlementsSchema>;
export type PlanConfig = z.infer<typeof planSchema>;
export type PlanCatalogConfig = z.infer<typeof catalogSchema>;

/** A configured plan with what Stripe says about its price (filled in by the start-up check). */
export interface Plan extends PlanConfig {
  unitAmount: number | null;
  currency: string | null;
  interval: string | null;
}

/** The built-in catalog; its price ids are the ones the local Stripe stand-in knows. */
export const DEFAULT_PLAN_CATALOG: PlanCatalogConfig = {
  unsubscribed: {
    name: 'Trial',
    entitlements: {
      maxSeats: 5,
      recordCallsPerPeriod: 10,
      ocrPagesPerPeriod: 200,
      storageBytes: 1 * GIB,
    },
  },
  plans: [
    {
      key: 'starter',
      name: 'Starter',
      priceId: 'price_claimlane_starter_monthly',
      trialDays: 14,
      entitlements: {
        maxSeats: 25,
        recordCallsPerPeriod: 100,
        ocrPagesPerPeriod: 5_000,
        storageBytes: 25 * GIB,
      },
    },
    {
      key: 'practice',
      name: 'Practice',
      priceId: 'price_claimlane_practice_monthly',
      trialDays: 14,
      entitlements: {
        maxSeats: 500,
        recordCallsPerPeriod: 1_000,
        ocrPagesPerPeriod: 50_000,
        storageBytes: 250 * GIB,
      },
    },
  ],
};

export class PlanCatalogError extends Error {}

/**
 * Plans are configuration (BILLING_PLANS as JSON, or the built-in catalog). Parsing never calls
 * Stripe, so workers can check entitlements with the same catalog; the API's start-up check then
 * verifies every price id against Stripe.
 */
export class PlanCatalog {
  private readonly byPrice = new Map<string, Plan>();
  private readonly byKey = new Map<string, Plan>();

  constructor(readonly config: PlanCatalogConfig) {
    for (const p of config.plans) {
      const plan: Plan = { ...p, unitAmount: null, currency: null, interval: null };
      this.byPrice.set(p.priceId, plan);
      this.byKey.set(p.key, plan);
    }
  }

  static fromJson(json: string | undefined): PlanCatalog {
    if (!json) return new PlanCatalog(DEFAULT_PLAN_CATALOG);
    let raw: unknown;
    try {
      raw = JSON.parse(json);
    } catch {
      throw new PlanCatalogError('BILLING_PLANS is not valid JSON');
    }
    const parsed = catalogSchema.safeParse(raw);
    if (!parsed.success) {
      const problems = parsed.error.issues
        .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
        .join('; ');
      throw new PlanCatalogError(`BILLING_PLANS is invalid: ${problems}`);
    }
    return new PlanCatalog(parsed.data);
  }

  get plans(): Plan[] {
    return [...this.byKey.values()];
  }

  planForPrice(priceId: string): Plan | undefined {
    return this.byPrice.get(priceId);
  }

  planForKey(key: string): Plan | undefined {
    return this.byKey.get(key);
  }

  /** Entitlements of a plan key, or of the unsubscribed tier when the key is unknown or null. */
  entitlementsFor(planKey: string | null): PlanEntitlements {
    return (
      (planKey ? this.byKey.get(planKey)?.entitlements : undefined) ??
      this.config.unsubscribed.entitlements
    );
  }
}
