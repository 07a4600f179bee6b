import type { DateProblem } from './event-dates';

export type DenialDates = {
  noticeDate?: string | null;
  receivedDate?: string | null;
  /** First date of service, from the claim or the letter. */
  serviceDate?: string | null;
  serviceType?: string | null;
};

const CARE_MAY_FOLLOW = new Set(['pre_service', 'urgent', 'concurrent']);

/**
 * The dates every member deadline is counted from must be possible where the clinic is: a notice
 * "tomorrow" (a typo, or UTC's date in the evening) would calendar the filing window a day late.
 * `today` is the tenant's local day (localDay(now, zone)); days are compared as YYYY-MM-DD strings.
 * A prior-authorization (pre-service, urgent) or concurrent-review denial may precede the care it
 * denies; any other notice must follow the first date of service.
 */
export function checkDenialDates(d: DenialDates, today: string): DateProblem | null {
  for (const field of ['noticeDate', 'receivedDate'] as const) {
    const v = d[field];
    if (v && v > today)
      return {
        reason: 'DATE_IN_FUTURE',
        field,
        message: `${field} (${v}) is in the future: today is ${today} in the clinic's time zone`,
      };
  }
  if (d.noticeDate && d.receivedDate && d.receivedDate < d.noticeDate)
    return {
      reason: 'DATE_BEFORE_DENIAL',
      field: 'receivedDate',
      message: `receivedDate (${d.receivedDate}) is before the notice date (${d.noticeDate})`,
    };
  if (
    !CARE_MAY_FOLLOW.has(d.serviceType ?? '') &&
    d.noticeDate &&
    d.serviceDate &&
    d.noticeDate < d.serviceDate
  )
    return {
      reason: 'DATE_BEFORE_SERVICE',
      field: 'noticeDate',
      message: `noticeDate (${d.noticeDate}) is before the date of service (${d.serviceDate})`,
    };
  return null;
}
