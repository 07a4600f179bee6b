import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import {
  acquirePayerLine,
  callLimitsFor,
  releasePayerLine,
  returnCallSlots,
  takeCallSlots,
} from './call-limits';

let redis: Redis;

beforeAll(() => {
  redis = new Redis(inject('redisUrl'), { keyPrefix: `test:calls:${randomUUID().slice(0, 8)}:` });
});
afterAll(() => redis.disconnect());

describe('Record Call limits on real Redis', () => {
  it('per payer: 40 concurrent requests against a limit of 5 take exactly 5 slots', async () => {
    const tenant = randomUUID();
    const limits = callLimitsFor(tenant, randomUUID(), {
      perTenantPerHour: 100,
      perPayerPerHour: 5,
    });
    const results = await Promise.all(
      Array.from({ length: 40 }, () => takeCallSlots(redis, limits)),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(5);
    const refused = results.find((r) => !r.ok);
    expect(refused).toMatchObject({ ok: false, limit: 'payer_hourly' });
    if (refused && !refused.ok) expect(refused.retryAfterMs).toBeGreaterThan(3_500_000);
    // A refused request took nothing, not even from the tenant counter.
    expect(Number(await redis.get(limits[0]!.key))).toBe(5);
    expect(await redis.pttl(limits[1]!.key)).toBeGreaterThan(0);
  });

  it('per tenant: the tenant limit spans payers; another tenant is untouched', async () => {
    const tenant = randomUUID();
    const cfg = { perTenantPerHour: 3, perPayerPerHour: 10 };
    const payers = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    const got = [];
    for (const p of payers) got.push(await takeCallSlots(redis, callLimitsFor(tenant, p, cfg)));
    expect(got.map((r) => r.ok)).toEqual([true, true, true, false]);
    expect(got[3]).toMatchObject({ limit: 'tenant_hourly' });
    expect((await takeCallSlots(redis, callLimitsFor(randomUUID(), payers[0]!, cfg))).ok).toBe(
      true,
    );
  });

  it('returning slots frees them again', async () => {
    const limits = callLimitsFor(randomUUID(), randomUUID(), {
      perTenantPerHour: 1,
      perPayerPerHour: 1,
    });
    expect((await takeCallSlots(redis, limits)).ok).toBe(true);
    expect((await takeCallSlots(redis, limits)).ok).toBe(false);
    await returnCallSlots(redis, limits);
    expect((await takeCallSlots(redis, limits)).ok).toBe(true);
  });

  it('counts per clock hour: next hour starts again', async () => {
    const [tenant, payer] = [randomUUID(), randomUUID()];
    const cfg = { perTenantPerHour: 1, perPayerPerHour: 1 };
    const now = Date.now();
    expect((await takeCallSlots(redis, callLimitsFor(tenant, payer, cfg, now))).ok).toBe(true);
    expect((await takeCallSlots(redis, callLimitsFor(tenant, payer, cfg, now))).ok).toBe(false);
    expect(
      (await takeCallSlots(redis, callLimitsFor(tenant, payer, cfg, now + 3_600_000))).ok,
    ).toBe(true);
  });

  it('one call per payer line: exclusive, re-entrant for the same call, released only by its holder', async () => {
    const [tenant, phone, a, b] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    const racers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        acquirePayerLine(redis, tenant, phone, i === 0 ? a : randomUUID(), 60_000),
      ),
    );
    expect(racers.filter(Boolean)).toHaveLength(1);
    const holder = racers[0] ? a : null;
    const lineHolder = holder ?? (await redis.get(`calls:line:${tenant}:${phone}`))!;
    // The holder retried after a crash gets its own line back.
    expect(await acquirePayerLine(redis, tenant, phone, lineHolder, 60_000)).toBe(true);
    // Someone else cannot release it.
    await releasePayerLine(redis, tenant, phone, b);
    expect(await acquirePayerLine(redis, tenant, phone, b, 60_000)).toBe(false);
    await releasePayerLine(redis, tenant, phone, lineHolder);
    expect(await acquirePayerLine(redis, tenant, phone, b, 60_000)).toBe(true);
  });

  it('a crashed holder’s line frees itself after the lock time', async () => {
    const [tenant, phone] = [randomUUID(), randomUUID()];
    expect(await acquirePayerLine(redis, tenant, phone, randomUUID(), 150)).toBe(true);
    expect(await acquirePayerLine(redis, tenant, phone, randomUUID(), 150)).toBe(false);
    await new Promise((r) => setTimeout(r, 250));
    expect(await acquirePayerLine(redis, tenant, phone, randomUUID(), 150)).toBe(true);
  });
});
