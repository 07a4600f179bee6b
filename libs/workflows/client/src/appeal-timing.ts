import { msToNumber } from '@temporalio/common';
import type { AppealTiming } from '@claimlane/shared-contracts';

/**
 * Timing from configuration strings in Temporal's duration format ("30d,14d,7d,2d", "30d", "10d").
 * Production uses days; tests pass seconds.
 */
export function parseAppealTiming(opts: {
  reminderOffsets: string;
  recordsFollowUp: string;
  protectiveLead: string;
  continueAsNewAfterEvents?: number;
  missedGrace?: string;
}): AppealTiming {
  const parse = (s: string) => {
    const n = msToNumber(s.trim() as Parameters<typeof msToNumber>[0]);
    if (!Number.isFinite(n) || n < 0) throw new Error(`not a duration: ${s}`);
    return n;
  };
  return {
    reminderOffsetsMs: opts.reminderOffsets
      .split(',')
      .filter((x) => x.trim())
      .map(parse)
      .sort((a, b) => b - a),
    recordsFollowUpMs: parse(opts.recordsFollowUp),
    protectiveLeadMs: parse(opts.protectiveLead),
    continueAsNewAfterEvents: opts.continueAsNewAfterEvents ?? 2000,
    missedGraceMs: parse(opts.missedGrace ?? '1d'),
  };
}
