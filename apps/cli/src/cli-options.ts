import { InvalidArgumentError } from 'commander';
import { REGIMES, SERVICE_TYPES, type Regime } from '@claimlane/shared-contracts';
import { isIsoDate } from '@claimlane/domain-deadlines';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `unknown` is the engine's answer when it cannot tell; as a known fact it would say nothing. */
export const KNOWN_REGIMES: readonly Regime[] = REGIMES.filter((r) => r !== 'unknown');
export const SERVICE_TYPE_CHOICES: readonly string[] = SERVICE_TYPES;

/**
 * Commander argument parser for `YYYY-MM-DD`. Rejects impossible dates (2025-02-30) here, because the
 * engine would otherwise quietly ignore the fact and compute deadlines from something else.
 */
export function parseIsoDate(value: string): string {
  if (isIsoDate(value.trim())) return value.trim();
  throw new InvalidArgumentError('Expected a calendar date as YYYY-MM-DD.');
}

/** Commander argument parser for a tenant id; lower-cased so it matches how Postgres prints uuids. */
export function parseUuid(value: string): string {
  const v = value.trim();
  if (!UUID.test(v)) throw new InvalidArgumentError('Expected a UUID (the tenant id).');
  return v.toLowerCase();
}

/**
 * "Today" as the API's recordCheck computes it (the UTC date), so `check --json` and `recordCheck`
 * return the same document for the same letter on the same day.
 */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
