import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTenant } from '@claimlane/testing';
import type { AppError } from '@claimlane/server-common';
import {
  billingOf,
  startBillingKit,
  subscribedTenant,
  type BillingKit,
} from '../billing.test-helper';
import { EntitlementService, type CountedMetric } from './entitlement.service';

describe('EntitlementService (real Postgres under RLS)', () => {
  let kit: BillingKit;
  let svc: EntitlementService;
  beforeAll(async () => {
    kit = await startBillingKit();
    svc = kit.api.app.get(EntitlementService);
  });
  afterAll(async () => kit?.close());

  const take = (tenantId: string, metric: CountedMetric, amount = 1) =>
    kit.api.runtime.db.runInTenantTx(tenantId, () =>
      svc.assertWithinEntitlement(tenantId, metric, amount),
    );
  const refusal = async (p: Promise<unknown>) => {
    const e = (await p.then(
      () => null,
      (x: unknown) => x,
    )) as AppError | null;
    expect(e, 'expected a refusal').not.toBeNull();
    return { code: e!.extensions['code'], ...e!.extensions };
  };

  it('counts up to the cap and refuses the next one with ENTITLEMENT_EXCEEDED (counting nothing)', async () => {
    const t = await createTestTenant(kit.api);
    for (let i = 1; i <= 10; i++) expect((await take(t.id, 'record_calls')).used).toBe(i);
    expect(await refusal(take(t.id, 'record_calls'))).toMatchObject({
      code: 'ENTITLEMENT_EXCEEDED',
      metric: 'record_calls',
      limit: 10,
      used: 10,
      requested: 1,
    });
    expect((await take(t.id, 'ocr_pages', 150)).used).toBe(150);
    expect(await refusal(take(t.id, 'ocr_pages', 60))).toMatchObject({ used: 150, limit: 200 });
    expect((await take(t.id, 'ocr_pages', 50)).used).toBe(200);
    const usage = (await billingOf(kit, t)).entitlements;
    expect(usage.find((u) => u.metric === 'record_calls')).toMatchObject({ used: 10, limit: 10 });
    expect(usage.find((u) => u.metric === 'ocr_pages')).toMatchObject({ used: 200, limit: 200 });
  });

  it('lets exactly the remaining units through under concurrency', async () => {
    const t = await createTestTenant(kit.api);
    const results = await Promise.allSettled(
      Array.from({ length: 25 }, () => take(t.id, 'record_calls')),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(10);
    const refused = results.filter((r) => r.status === 'rejected') as PromiseRejectedResult[];
    expect(
      refused.every((r) => (r.reason as AppError).extensions['code'] === 'ENTITLEMENT_EXCEEDED'),
    ).toBe(true);
  });

  it('gives the units back when the work that took them rolls back', async () => {
    const t = await createTestTenant(kit.api);
    await expect(
      kit.api.runtime.db.runInTenantTx(t.id, async () => {
        await svc.assertWithinEntitlement(t.id, 'record_calls', 4);
        throw new Error('the call could not be placed');
      }),
    ).rejects.toThrow('could not be placed');
    expect((await take(t.id, 'record_calls')).used).toBe(1);
  });

  it("uses the plan's caps and starts again at zero with the next billing period", async () => {
    const { tenant, subscriptionId } = await subscribedTenant(kit, 2);
    const first = await take(tenant.id, 'record_calls', 100);
    expect(first).toMatchObject({ used: 100, limit: 100 });
    expect(await refusal(take(tenant.id, 'record_calls'))).toMatchObject({
      code: 'ENTITLEMENT_EXCEEDED',
    });
    // The period renews (first charge fails, then is paid): a new period, a fresh count.
    await kit.standIn.failRenewal(subscriptionId, {
      periodStart: Math.floor(Date.now() / 1000) + 1,
    });
    await kit.standIn.payOpenInvoice(subscriptionId);
    const next = await take(tenant.id, 'record_calls');
    expect(next.used).toBe(1);
    expect(next.periodStart!.getTime()).toBeGreaterThan(first.periodStart!.getTime());
  });

  it('refuses uploads past the storage cap and refuses counting for another tenant', async () => {
    const t = await createTestTenant(kit.api);
    const other = await createTestTenant(kit.api);
    await expect(
      kit.api.runtime.db.runInTenantTx(t.id, () => svc.assertStorageAvailable(t.id, 2 * 1024 ** 3)),
    ).rejects.toMatchObject({
      extensions: { code: 'ENTITLEMENT_EXCEEDED', metric: 'storage_bytes' },
    });
    await expect(
      kit.api.runtime.db.runInTenantTx(t.id, () => svc.assertStorageAvailable(t.id, 1024)),
    ).resolves.toMatchObject({ used: 0 });
    await expect(
      kit.api.runtime.db.runInTenantTx(t.id, () =>
        svc.assertWithinEntitlement(other.id, 'record_calls'),
      ),
    ).rejects.toThrow(/differs from the active tenant/);
  });
});
