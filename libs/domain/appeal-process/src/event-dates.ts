import type { AppealEvent } from '@claimlane/shared-contracts';
import { localDay } from './tenant-time-zone';

/** Clocks of the caller and the server disagree by a little; more than this is a wrong date. */
export const CLOCK_SKEW_MS = 5 * 60_000;

export type DateProblem = {
  reason: 'DATE_IN_FUTURE' | 'DATE_BEFORE_DENIAL' | 'DATE_BEFORE_SERVICE' | 'DATE_INVALID';
  field: string;
  message: string;
};

/** The user-given date of an event (when it happened), or null for events that carry none. */
export function eventDate(e: AppealEvent): { field: string; value: string } | null {
  switch (e.type) {
    case 'decisionReceived':
      return { field: 'decidedOn', value: e.decidedOn };
    case 'deadlineExtended':
      return null;
    default:
      return { field: 'at', value: e.at };
  }
}

/**
 * A date the user gives for something that happened must lie between the denial's notice date and
 * now: a submission "next year" would turn a late appeal into a met one. Days (YYYY-MM-DD) are
 * compared as days in the tenant's zone; instants may be up to CLOCK_SKEW_MS ahead of `now`.
 */
export function checkHappenedDate(
  field: string,
  value: string,
  ctx: { now: Date; noticeDate: string | null; timeZone: string },
): DateProblem | null {
  const dayOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const t = dayOnly ? null : new Date(value);
  if (t && Number.isNaN(t.getTime()))
    return { reason: 'DATE_INVALID', field, message: `${field} is not a valid date` };
  const day = dayOnly ? value : localDay(t!, ctx.timeZone);
  const today = localDay(ctx.now, ctx.timeZone);
  const future = t ? t.getTime() > ctx.now.getTime() + CLOCK_SKEW_MS : day > today;
  if (future)
    return {
      reason: 'DATE_IN_FUTURE',
      field,
      message: `${field} (${value}) is in the future; give the date it actually happened`,
    };
  if (ctx.noticeDate && day < ctx.noticeDate)
    return {
      reason: 'DATE_BEFORE_DENIAL',
      field,
      message: `${field} (${day}) is before the denial notice date (${ctx.noticeDate})`,
    };
  return null;
}
