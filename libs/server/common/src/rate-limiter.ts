import type { Redis } from 'ioredis';
import { Errors } from './app-errors';

/**
 * Fixed-window counter in Redis, shared by every API instance. Keys carry no PHI: callers pass an IP
 * or a hash.
 */
export async function hitRateLimit(
  redis: Redis,
  key: string,
  limit: number,
  windowSeconds: number,
): Promise<void> {
  const k = `rl:${key}`;
  const results = await redis.multi().incr(k).expire(k, windowSeconds, 'NX').ttl(k).exec();
  const count = Number(results?.[0]?.[1] ?? 0);
  const ttl = Number(results?.[2]?.[1] ?? windowSeconds);
  if (count > limit) throw Errors.rateLimited(ttl > 0 ? ttl : windowSeconds);
}
