import type { DeadlineFacts, DeadlineFinding } from '../deadline.types';
import { datePart, parseInstant } from '../calendar/iso-date-time';

export const DATE_FIELDS = [
  'asOf',
  'noticeDate',
  'receivedDate',
  'claimSubmittedAt',
  'appealSubmittedAt',
  'finalInternalDenialDate',
  'appealResolutionNoticeDate',
  'externalReviewRequestedAt',
  'recordsRequestedAt',
] as const;
export type DateField = (typeof DATE_FIELDS)[number];

const NAMES: Record<DateField, string> = {
  asOf: 'analysis date (asOf)',
  noticeDate: 'notice date',
  receivedDate: 'received date',
  claimSubmittedAt: 'claim submission',
  appealSubmittedAt: 'appeal submission',
  finalInternalDenialDate: 'final internal denial',
  appealResolutionNoticeDate: 'appeal resolution notice',
  externalReviewRequestedAt: 'external review request',
  recordsRequestedAt: 'records request',
};

/** Dates deadlines are counted from: one in the future is dropped, never counted from. */
const FUTURE_ANCHORS: readonly DateField[] = ['noticeDate', 'receivedDate'];

/** Pairs that must not run backwards: `[earlier, later]`. */
const ORDER: readonly (readonly [DateField, DateField])[] = [
  ['noticeDate', 'receivedDate'],
  ['noticeDate', 'appealSubmittedAt'],
  ['claimSubmittedAt', 'noticeDate'],
  ['noticeDate', 'finalInternalDenialDate'],
  ['appealSubmittedAt', 'finalInternalDenialDate'],
  ['appealSubmittedAt', 'appealResolutionNoticeDate'],
  ['finalInternalDenialDate', 'externalReviewRequestedAt'],
];

/** The case's dates, parsed once: invalid ones are dropped with a finding, never thrown. */
export interface CaseDates {
  /** As given (a date or a date-time), only when valid. */
  value: Partial<Record<DateField, string>>;
  /** Calendar date of each valid value, in the offset it was written in. */
  day: Partial<Record<DateField, string>>;
}

export function readCaseDates(
  facts: DeadlineFacts,
  citation: string,
): { dates: CaseDates; findings: DeadlineFinding[] } {
  const dates: CaseDates = { value: {}, day: {} };
  const findings: DeadlineFinding[] = [];
  const inconsistent = (explanation: string): void => {
    findings.push({ kind: 'inconsistent_dates', severity: 'medium', citation, explanation });
  };

  for (const field of DATE_FIELDS) {
    const raw = facts[field];
    if (raw === undefined || raw.trim() === '') continue;
    const text = raw.trim();
    const day = parseInstant(text) === null ? null : datePart(text);
    if (day === null) {
      inconsistent(`The ${NAMES[field]} "${raw}" is not a valid ISO date; it was ignored.`);
      continue;
    }
    dates.value[field] = text;
    dates.day[field] = day;
  }

  // A notice or receipt after today (an OCR misread year, a typo) would count the member's window
  // from a day that has not come: the window would end late. It is not used; the deadline waits
  // for a confirmed date (needs_date) instead.
  const asOfDay = dates.day.asOf;
  for (const field of FUTURE_ANCHORS) {
    const d = dates.day[field];
    if (asOfDay === undefined || d === undefined || d <= asOfDay) continue;
    delete dates.value[field];
    delete dates.day[field];
    inconsistent(
      `The ${NAMES[field]} (${d}) is after the analysis date (${asOfDay}); it was not used to count deadlines. Confirm the date.`,
    );
  }

  for (const [earlier, later] of ORDER) {
    const a = dates.day[earlier];
    const b = dates.day[later];
    if (a !== undefined && b !== undefined && b < a) {
      inconsistent(
        `The ${NAMES[later]} (${b}) is before the ${NAMES[earlier]} (${a}); check both dates. Deadlines use the earlier date where it matters, which is the safe reading.`,
      );
    }
  }

  const asOf = dates.day.asOf;
  if (asOf !== undefined) {
    for (const field of DATE_FIELDS) {
      const d = dates.day[field];
      if (field !== 'asOf' && d !== undefined && d > asOf) {
        inconsistent(`The ${NAMES[field]} (${d}) is after the analysis date (${asOf}).`);
      }
    }
  }
  return { dates, findings };
}
