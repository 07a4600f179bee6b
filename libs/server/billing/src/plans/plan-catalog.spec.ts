import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAN_CATALOG, PlanCatalog, PlanCatalogError } from './plan-catalog';

describe('PlanCatalog', () => {
  it('uses the built-in catalog when BILLING_PLANS is unset and looks plans up by price and key', () => {
    const c = PlanCatalog.fromJson(undefined);
    expect(c.plans.map((p) => p.key)).toEqual(['starter', 'practice']);
    expect(c.planForPrice('price_claimlane_practice_monthly')?.key).toBe('practice');
    expect(c.planForPrice('price_nope')).toBeUndefined();
    expect(c.entitlementsFor('starter').recordCallsPerPeriod).toBe(100);
    expect(c.entitlementsFor(null)).toEqual(DEFAULT_PLAN_CATALOG.unsubscribed.entitlements);
    expect(c.entitlementsFor('gone')).toEqual(DEFAULT_PLAN_CATALOG.unsubscribed.entitlements);
  });

  it('refuses malformed JSON, missing fields and duplicate price ids with the reason', () => {
    expect(() => PlanCatalog.fromJson('{')).toThrow(PlanCatalogError);
    expect(() => PlanCatalog.fromJson(JSON.stringify({ plans: [] }))).toThrow(/unsubscribed/);
    const plan = DEFAULT_PLAN_CATALOG.plans[0]!;
    const dup = { ...DEFAULT_PLAN_CATALOG, plans: [plan, { ...plan, key: 'other' }] };
    expect(() => PlanCatalog.fromJson(JSON.stringify(dup))).toThrow(/duplicate price id/);
    const negative = {
      ...DEFAULT_PLAN_CATALOG,
      plans: [{ ...plan, entitlements: { ...plan.entitlements, recordCallsPerPeriod: -1 } }],
    };
    expect(() => PlanCatalog.fromJson(JSON.stringify(negative))).toThrow(/recordCallsPerPeriod/);
  });
});
