import type { DeadlineUnit } from '../deadline.types';
import { addBusinessDays, isBusinessDay, nextBusinessDay } from '../calendar/business-days';
import { federalHolidayOn } from '../calendar/federal-holidays';
import { addHours, datePart, parseInstant } from '../calendar/iso-date-time';
import { addCalendarDays, dayOfWeek } from '../calendar/iso-date';
import { addMonthsNoCorrespondingDate, lacksCorrespondingDate } from '../calendar/months';
import type { DeadlineRule } from '../rules/deadline-rule.types';

export interface DueResult {
  due: string;
  /** The date before a weekend/holiday roll-forward, when one happened. */
  unextendedDue?: string;
  assumptions: string[];
}

function dayOnly(value: string): string {
  const d = datePart(value);
  if (d === null) throw new RangeError(`not an ISO date or date-time: ${JSON.stringify(value)}`);
  return d;
}

function hourAssumptions(value: string): string[] {
  const p = parseInstant(value);
  if (p === null) return [];
  if (!p.timeGiven) {
    return [
      `Time of day unknown: the hour clock counts from 00:00 UTC on ${value}; with the real time the deadline is later by as much.`,
    ];
  }
  return p.offsetGiven ? [] : ['No UTC offset was given: the time was read as UTC.'];
}

/** `amount` of `unit` after `value`. Days count from the day after; hours from the instant. */
export function addAmount(value: string, amount: number, unit: DeadlineUnit): string {
  switch (unit) {
    case 'calendar_days':
      // A day-based extension of an hour clock (72 hours + 14 days) stays a date-time.
      return parseInstant(value)?.timeGiven === true
        ? addHours(value, amount * 24)
        : addCalendarDays(dayOnly(value), amount);
    case 'business_days':
      return addBusinessDays(dayOnly(value), amount);
    case 'hours':
      return addHours(value, amount);
    case 'months':
      return addMonthsNoCorrespondingDate(dayOnly(value), amount);
  }
}

function dayName(iso: string): string {
  const holiday = federalHolidayOn(iso, { observed: false });
  if (holiday !== null) return holiday.name;
  return dayOfWeek(iso) === 6 ? 'a Saturday' : 'a Sunday';
}

/** Applies the rule's count, month overflow and roll-forward to its anchor. */
export function computeDue(rule: DeadlineRule, anchorValue: string): DueResult {
  const assumptions: string[] = [];
  let due: string;
  switch (rule.unit) {
    case 'hours':
      due = addHours(anchorValue, rule.amount);
      assumptions.push(...hourAssumptions(anchorValue));
      break;
    case 'months': {
      const from = dayOnly(anchorValue);
      due = addMonthsNoCorrespondingDate(from, rule.amount);
      if (lacksCorrespondingDate(from, rule.amount)) {
        assumptions.push(
          `No date corresponds to ${from} ${rule.amount} months later, so the last day is the first day of the following month (${due}), as ${rule.citation} provides.`,
        );
      }
      break;
    }
    default:
      due = addAmount(dayOnly(anchorValue), rule.amount, rule.unit);
  }

  if (rule.rollForward === 'weekend_or_federal_holiday' && rule.unit !== 'hours') {
    // Only the dates named in 5 U.S.C. 6103(a) extend a filing deadline here: an observed
    // Friday/Monday might not, and guessing wrong would cost the member the filing.
    const options = { observed: false };
    if (!isBusinessDay(due, options)) {
      const moved = nextBusinessDay(due, options);
      assumptions.push(
        `${due} is ${dayName(due)}, so the last day moves to ${moved} (${rule.citation}). Filing by ${due} is safe either way.`,
      );
      return { due: moved, unextendedDue: due, assumptions };
    }
  }
  return { due, assumptions };
}
