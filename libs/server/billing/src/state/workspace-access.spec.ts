import { describe, expect, it } from 'vitest';
import { workspaceAccess } from './workspace-access';

const now = new Date('2026-12-01T12:00:00Z');
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);

describe('workspaceAccess', () => {
  it('gives full access without a subscription and while trialing or active', () => {
    expect(workspaceAccess(null, now, 7).mode).toBe('FULL');
    for (const status of ['none', 'trialing', 'active', 'incomplete'] as const)
      expect(workspaceAccess({ status, pastDueSince: null }, now, 7).mode).toBe('FULL');
  });

  it('keeps a past-due workspace writable for the grace days, then read-only', () => {
    const inGrace = workspaceAccess({ status: 'past_due', pastDueSince: daysAgo(6) }, now, 7);
    expect(inGrace).toEqual({
      mode: 'GRACE',
      reason: 'PAYMENT_PAST_DUE',
      graceEndsAt: new Date(daysAgo(6).getTime() + 7 * 86_400_000),
    });
    expect(workspaceAccess({ status: 'past_due', pastDueSince: daysAgo(7) }, now, 7).mode).toBe(
      'READ_ONLY',
    );
    expect(workspaceAccess({ status: 'unpaid', pastDueSince: daysAgo(30) }, now, 7).mode).toBe(
      'READ_ONLY',
    );
    expect(workspaceAccess({ status: 'past_due', pastDueSince: now }, now, 0).mode).toBe(
      'READ_ONLY',
    );
  });

  it('makes ended and paused subscriptions read-only', () => {
    expect(workspaceAccess({ status: 'canceled', pastDueSince: null }, now, 7)).toMatchObject({
      mode: 'READ_ONLY',
      reason: 'SUBSCRIPTION_ENDED',
    });
    expect(workspaceAccess({ status: 'paused', pastDueSince: null }, now, 7).reason).toBe(
      'SUBSCRIPTION_PAUSED',
    );
  });
});
