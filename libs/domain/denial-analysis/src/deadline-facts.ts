import { type DeadlineFacts, type DeadlineKind, daysBetween } from '@claimlane/domain-deadlines';
import type { Regime, ServiceType } from '@claimlane/shared-contracts';
import type { PrintedLastDay } from './extract/extract-appeal';
import type { Field, KnownFacts, StatedDeadline } from './record-check.types';

const APPLIES_TO: Record<StatedDeadline['purpose'], DeadlineKind> = {
  plan_appeal: 'member_appeal_filing',
  state_fair_hearing: 'state_fair_hearing_request',
  external_review: 'external_review_request',
};

export interface DeadlineInputs {
  regime: Regime;
  serviceType: ServiceType | null;
  noticeDate: string | null;
  receivedDate: string | null;
  claimReceivedDate: string | null;
  statedDeadline: Field<StatedDeadline> | null;
  finalDetermination: boolean;
  state: string | null;
  facts: KnownFacts;
  asOf?: string;
}

/**
 * Deadline facts from what the letter says and what the user knows (the user wins). A final
 * adverse determination anchors the next level (external review, fair hearing) on its own date,
 * and the first-level filing window is behind the member.
 */
export function buildDeadlineFacts(i: DeadlineInputs): DeadlineFacts {
  const facts: DeadlineFacts = { regime: i.regime };
  if (i.asOf) facts.asOf = i.asOf;
  if (i.serviceType) facts.serviceType = i.serviceType;
  const notice = i.facts.noticeDate ?? i.noticeDate;
  const received = i.facts.receivedDate ?? i.receivedDate;
  if (i.finalDetermination) {
    facts.level = 2;
    if (notice) {
      facts.finalInternalDenialDate = notice;
      facts.appealResolutionNoticeDate = notice;
    }
  } else {
    if (notice) facts.noticeDate = notice;
    if (received) facts.receivedDate = received;
  }
  if (i.claimReceivedDate && !i.finalDetermination) facts.claimSubmittedAt = i.claimReceivedDate;
  const stated = i.statedDeadline;
  if (stated) {
    // On a final determination a "plan appeal" window can only be a further level: Original
    // Medicare's next level after a redetermination is the QIC reconsideration (405.962).
    const appliesTo =
      i.finalDetermination && stated.value.purpose === 'plan_appeal'
        ? i.regime === 'medicare_ffs'
          ? 'medicare_reconsideration_request'
          : 'second_level_appeal_filing'
        : APPLIES_TO[stated.value.purpose];
    facts.statedWindow = {
      days: stated.value.days,
      anchor: stated.value.anchor,
      span: stated.span,
      appliesTo,
    };
  }
  const state = i.facts.state ?? i.state;
  if (state) facts.state = state;
  return facts;
}

/** Longer than any appeal window a notice gives: a later date is another year's, not this one's. */
const MAX_PRINTED_WINDOW_DAYS = 400;

/**
 * A window printed as its last day, as days from the notice date in use (the user's when given),
 * so the deadline lands on the printed day whatever the notice date turns out to be. Without a
 * notice date, or with a last day not after it, there is no window (the deadline waits for a date).
 */
export function windowFromLastDay(
  lastDay: Field<PrintedLastDay> | null,
  noticeDate: string | null,
): Field<StatedDeadline> | null {
  if (!lastDay || !noticeDate) return null;
  const days = daysBetween(noticeDate, lastDay.value.date);
  if (days <= 0 || days > MAX_PRINTED_WINDOW_DAYS) return null;
  return {
    value: {
      days,
      anchor: 'notice',
      dayType: 'calendar',
      purpose: lastDay.value.purpose,
      text: lastDay.value.text,
    },
    span: lastDay.span,
    confidence: lastDay.confidence,
  };
}
