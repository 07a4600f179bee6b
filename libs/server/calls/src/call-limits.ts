import type { Redis } from 'ioredis';

/**
 * Per-tenant and per-payer call limits on our own Redis counters (BullMQ's open-source limiter is
 * per queue). Keys carry ids only. All counters are checked and taken in one Lua script, so two
 * requests racing for the last slot cannot both get it, and a refused request takes nothing.
 */
const TAKE = `
for i = 1, #KEYS do
  local used = tonumber(redis.call('GET', KEYS[i]) or '0')
  if used + 1 > tonumber(ARGV[i * 2 - 1]) then
    local ttl = redis.call('PTTL', KEYS[i])
    return {i, ttl}
  end
end
for i = 1, #KEYS do
  local n = redis.call('INCR', KEYS[i])
  if n == 1 then redis.call('PEXPIRE', KEYS[i], ARGV[i * 2]) end
end
return {0, 0}
`;

export interface CallWindowLimit {
  /** Which limit, for the error (`tenant_hourly`, `payer_hourly`, `tenant_monthly`). */
  name: string;
  key: string;
  limit: number;
  windowMs: number;
}

export type TakeResult = { ok: true } | { ok: false; limit: string; retryAfterMs: number };

export async function takeCallSlots(redis: Redis, limits: CallWindowLimit[]): Promise<TakeResult> {
  const res = (await redis.eval(
    TAKE,
    limits.length,
    ...limits.map((l) => l.key),
    ...limits.flatMap((l) => [String(l.limit), String(l.windowMs)]),
  )) as [number, number];
  if (res[0] === 0) return { ok: true };
  const hit = limits[res[0] - 1]!;
  return { ok: false, limit: hit.name, retryAfterMs: Math.max(res[1], 1000) };
}

/** Gives slots back (the request that took them failed before anything was stored). */
export async function returnCallSlots(redis: Redis, limits: CallWindowLimit[]): Promise<void> {
  const tx = redis.multi();
  for (const l of limits) tx.decr(l.key);
  await tx.exec();
}

export function callLimitsFor(
  tenantId: string,
  payerId: string,
  cfg: { perTenantPerHour: number; perPayerPerHour: number },
  now = Date.now(),
): CallWindowLimit[] {
  const hour = Math.floor(now / 3_600_000);
  return [
    {
      name: 'tenant_hourly',
      key: `calls:limit:t:${tenantId}:${hour}`,
      limit: cfg.perTenantPerHour,
      windowMs: 3_600_000,
    },
    {
      name: 'payer_hourly',
      key: `calls:limit:p:${tenantId}:${payerId}:${hour}`,
      limit: cfg.perPayerPerHour,
      windowMs: 3_600_000,
    },
  ];
}

const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;

/**
 * One call at a time per payer line. The holder token is the call id, so a retried job for the same
 * call (after a crash) takes its own lock back instead of waiting for the expiry.
 */
export async function acquirePayerLine(
  redis: Redis,
  tenantId: string,
  phoneId: string,
  callId: string,
  ttlMs: number,
): Promise<boolean> {
  const key = lineKey(tenantId, phoneId);
  const ok = await redis.set(key, callId, 'PX', ttlMs, 'NX');
  if (ok === 'OK') return true;
  if ((await redis.get(key)) === callId) {
    await redis.pexpire(key, ttlMs);
    return true;
  }
  return false;
}

export async function releasePayerLine(
  redis: Redis,
  tenantId: string,
  phoneId: string,
  callId: string,
): Promise<void> {
  await redis.eval(RELEASE, 1, lineKey(tenantId, phoneId), callId);
}

const lineKey = (tenantId: string, phoneId: string) => `calls:line:${tenantId}:${phoneId}`;
