/** Stripe subscription statuses plus `none` (no subscription yet). */
export type BillingStatus =
  | 'none'
  | 'incomplete'
  | 'incomplete_expired'
  | 'trialing'
  | 'active'
  | 'past_due'
  | 'canceled'
  | 'unpaid'
  | 'paused';

export type WorkspaceAccessMode = 'FULL' | 'GRACE' | 'READ_ONLY';

export interface WorkspaceAccess {
  mode: WorkspaceAccessMode;
  /** Why the workspace is (or soon will be) read-only. */
  reason: 'PAYMENT_PAST_DUE' | 'SUBSCRIPTION_ENDED' | 'SUBSCRIPTION_PAUSED' | null;
  /** When a past-due workspace turns read-only (GRACE) or turned read-only (READ_ONLY). */
  graceEndsAt: Date | null;
}

/**
 * The billing rule for writes: unpaid workspaces keep full access for a grace period counted from
 * the start of the unpaid period, then turn read-only; ended or paused subscriptions are read-only.
 * Nothing is ever deleted; paying the open invoice (or a new Checkout) restores full access.
 */
export function workspaceAccess(
  state: { status: BillingStatus; pastDueSince: Date | null } | null,
  now: Date,
  graceDays: number,
): WorkspaceAccess {
  const status = state?.status ?? 'none';
  switch (status) {
    case 'past_due':
    case 'unpaid': {
      const since = state?.pastDueSince ?? now;
      const graceEndsAt = new Date(since.getTime() + graceDays * 86_400_000);
      return {
        mode: now < graceEndsAt ? 'GRACE' : 'READ_ONLY',
        reason: 'PAYMENT_PAST_DUE',
        graceEndsAt,
      };
    }
    case 'canceled':
    case 'incomplete_expired':
      return { mode: 'READ_ONLY', reason: 'SUBSCRIPTION_ENDED', graceEndsAt: null };
    case 'paused':
      return { mode: 'READ_ONLY', reason: 'SUBSCRIPTION_PAUSED', graceEndsAt: null };
    default:
      return { mode: 'FULL', reason: null, graceEndsAt: null };
  }
}

/** Statuses whose quantity is the tenant's seat limit. */
export const LIVE_STATUSES: readonly BillingStatus[] = ['trialing', 'active', 'past_due', 'unpaid'];
