import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppError } from '@claimlane/server-common';
import { TenantContext } from '@claimlane/server-db';
import { PlanCatalog } from '../plans/plan-catalog';
import { BillingStateRepository, type BillingState } from '../state/billing-state.repository';
import { LIVE_STATUSES } from '../state/workspace-access';

export const PLAN_CATALOG = Symbol('PLAN_CATALOG');

/** Caps counted per billing period. */
export type CountedMetric = 'record_calls' | 'ocr_pages';
export type EntitlementMetric = CountedMetric | 'seats' | 'storage_bytes';

export interface EntitlementUsage {
  metric: EntitlementMetric;
  used: number;
  limit: number;
  /** The counting period (null for seats and storage, which are not per period). */
  periodStart: Date | null;
  periodEnd: Date | null;
}

const LIMIT_KEY = {
  record_calls: 'recordCallsPerPeriod',
  ocr_pages: 'ocrPagesPerPeriod',
} as const;

export function entitlementExceeded(u: EntitlementUsage, requested: number): AppError {
  const what = u.metric.replace('_', ' ');
  return new AppError(
    'ENTITLEMENT_EXCEEDED',
    `This workspace's plan allows ${u.limit} ${what}${u.periodEnd ? ' per billing period' : ''}; ${u.used} used, ${requested} more requested`,
    {
      metric: u.metric,
      limit: u.limit,
      used: u.used,
      requested,
      periodEnd: u.periodEnd?.toISOString() ?? null,
    },
  );
}

/** The billing period of a subscription, or the calendar month (UTC) without one. */
export function countingPeriod(
  state: BillingState | null,
  now = new Date(),
): { start: Date; end: Date } {
  if (
    state?.currentPeriodStart &&
    state.currentPeriodEnd &&
    LIVE_STATUSES.includes(state.status) &&
    state.currentPeriodEnd > now
  )
    return { start: state.currentPeriodStart, end: state.currentPeriodEnd };
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const end = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  return { start, end };
}

/**
 * Plan entitlements, checked and counted where the work happens (Record Calls, OCR, uploads). Every
 * method runs in the caller's tenant transaction (TenantContext), so a count rolls back with the work
 * it paid for. Counters are keyed by period start: a new billing period starts again at zero.
 */
@Injectable()
export class EntitlementService {
  constructor(@Inject(PLAN_CATALOG) private readonly plans: PlanCatalog) {}

  /**
   * Counts `amount` units of `metric` for the current period, atomically (concurrent callers cannot
   * both take the last unit), or throws ENTITLEMENT_EXCEEDED and counts nothing.
   */
  async assertWithinEntitlement(
    tenantId: string,
    metric: CountedMetric,
    amount = 1,
  ): Promise<EntitlementUsage> {
    if (!Number.isInteger(amount) || amount < 1)
      throw new Error('amount must be a positive integer');
    const m = this.manager(tenantId);
    const state = await BillingStateRepository.find(m, tenantId);
    const limit = this.limits(state)[LIMIT_KEY[metric]];
    const period = countingPeriod(state);
    const rows: Array<{ used: string }> = await m.query(
      `insert into entitlement_usage as u (tenant_id, metric, period_start, period_end, used)
       select $1::uuid, $2::text, $3::timestamptz, $4::timestamptz, $5::bigint where $5::bigint <= $6::bigint
       on conflict (tenant_id, metric, period_start)
         do update set used = u.used + excluded.used, updated_at = now() where u.used + excluded.used <= $6::bigint
       returning used`,
      [tenantId, metric, period.start, period.end, amount, limit],
    );
    if (!rows[0]) {
      const used = await this.countedUsage(m, tenantId, metric, period.start);
      throw entitlementExceeded(
        { metric, used, limit, periodStart: period.start, periodEnd: period.end },
        amount,
      );
    }
    return {
      metric,
      used: Number(rows[0].used),
      limit,
      periodStart: period.start,
      periodEnd: period.end,
    };
  }

  /**
   * Gives back `amount` units counted at `countedAt`, for work paid for that did not happen (a Record
   * Call that failed: no answer, busy, a machine, a hang-up). It goes to the period the units were
   * counted in and never below zero. Not idempotent by itself: the caller refunds on a one-way state
   * change in the same transaction (a call turning `failed`), so each unit comes back once.
   */
  async refundEntitlement(
    tenantId: string,
    metric: CountedMetric,
    amount: number,
    countedAt: Date,
  ): Promise<void> {
    if (!Number.isInteger(amount) || amount < 1)
      throw new Error('amount must be a positive integer');
    await this.manager(tenantId).query(
      `update entitlement_usage set used = greatest(used - $3::bigint, 0), updated_at = now()
       where tenant_id = $1 and metric = $2 and period_start <= $4 and period_end > $4`,
      [tenantId, metric, amount, countedAt],
    );
  }

  /** Refuses an upload that would take stored documents past the plan's storage. */
  async assertStorageAvailable(
    tenantId: string,
    additionalBytes: number,
  ): Promise<EntitlementUsage> {
    const m = this.manager(tenantId);
    const state = await BillingStateRepository.find(m, tenantId);
    const usage: EntitlementUsage = {
      metric: 'storage_bytes',
      used: await this.storedBytes(m, tenantId),
      limit: this.limits(state).storageBytes,
      periodStart: null,
      periodEnd: null,
    };
    if (usage.used + additionalBytes > usage.limit)
      throw entitlementExceeded(usage, additionalBytes);
    return usage;
  }

  /** Every entitlement with its use so far (the `billing` query shows these). */
  async usage(
    tenantId: string,
    seats: { used: number; limit: number },
  ): Promise<EntitlementUsage[]> {
    const m = this.manager(tenantId);
    const state = await BillingStateRepository.find(m, tenantId);
    const limits = this.limits(state);
    const period = countingPeriod(state);
    const counted = await Promise.all(
      (['record_calls', 'ocr_pages'] as const).map(async (metric) => ({
        metric,
        used: await this.countedUsage(m, tenantId, metric, period.start),
        limit: limits[LIMIT_KEY[metric]],
        periodStart: period.start,
        periodEnd: period.end,
      })),
    );
    return [
      { metric: 'seats', used: seats.used, limit: seats.limit, periodStart: null, periodEnd: null },
      ...counted,
      {
        metric: 'storage_bytes',
        used: await this.storedBytes(m, tenantId),
        limit: limits.storageBytes,
        periodStart: null,
        periodEnd: null,
      },
    ];
  }

  private limits(state: BillingState | null) {
    const live = state && LIVE_STATUSES.includes(state.status);
    return this.plans.entitlementsFor(live ? state.plan : null);
  }

  private manager(tenantId: string): EntityManager {
    // Counting in another tenant's name would be a bug, not a choice: refuse it loudly.
    if (TenantContext.tenantId() !== tenantId)
      throw new Error('EntitlementService: tenantId differs from the active tenant scope');
    return TenantContext.manager();
  }

  private async countedUsage(
    m: EntityManager,
    tenantId: string,
    metric: CountedMetric,
    periodStart: Date,
  ): Promise<number> {
    const rows: Array<{ used: string }> = await m.query(
      `select used from entitlement_usage where tenant_id = $1 and metric = $2 and period_start = $3`,
      [tenantId, metric, periodStart],
    );
    return Number(rows[0]?.used ?? 0);
  }

  private async storedBytes(m: EntityManager, tenantId: string): Promise<number> {
    const rows: Array<{ n: string | null }> = await m.query(
      `select coalesce(sum(size_bytes), 0) as n from documents where tenant_id = $1`,
      [tenantId],
    );
    return Number(rows[0]?.n ?? 0);
  }
}
