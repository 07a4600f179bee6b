import type { AnchorEvent, DeadlineFinding } from '../deadline.types';
import { addCalendarDays } from '../calendar/iso-date';
import type { DeadlineRule } from '../rules/deadline-rule.types';
import { ruleKey } from '../rules/deadline.rules';
import type { DateField } from './case-dates';
import type { EngineContext } from './engine-context';

export interface ResolvedAnchor {
  event: AnchorEvent;
  /** What the rule counts from: a date, or a date-time for hour clocks. */
  value: string;
  assumptions: string[];
}

/** Facts that start the later steps: when one is present the first-level filing is behind us. */
const LATER_STEPS: readonly DateField[] = [
  'appealSubmittedAt',
  'finalInternalDenialDate',
  'appealResolutionNoticeDate',
  'externalReviewRequestedAt',
];

const FIELD_FOR_EVENT: Partial<Record<AnchorEvent, DateField>> = {
  appeal_submitted: 'appealSubmittedAt',
  final_internal_denial: 'finalInternalDenialDate',
  appeal_resolution_notice: 'appealResolutionNoticeDate',
  records_requested: 'recordsRequestedAt',
  claim_submitted: 'claimSubmittedAt',
  external_review_requested: 'externalReviewRequestedAt',
};

const EVENT_NAMES: Partial<Record<AnchorEvent, string>> = {
  appeal_submitted: 'the appeal was submitted',
  claim_submitted: 'the claim was submitted',
  external_review_requested: 'the external review was requested',
  records_requested: 'the records were requested',
  final_internal_denial: 'final internal denial',
  appeal_resolution_notice: 'appeal resolution notice',
};

/** The calendar date that decides which rule version is in force (e.g. MA 60 vs 65 days). */
export function governingDate(event: AnchorEvent, ctx: EngineContext): string | null {
  const d = ctx.dates.day;
  if (event === 'receipt' || event === 'notice_date' || event === 'presumed_receipt') {
    return d.noticeDate ?? d.receivedDate ?? d.asOf ?? null;
  }
  const field = FIELD_FOR_EVENT[event];
  return field === undefined ? null : (d[field] ?? null);
}

function missing(
  rule: DeadlineRule,
  severity: 'high' | 'medium',
  explanation: string,
): DeadlineFinding {
  return {
    kind: 'missing_anchor_date',
    severity,
    citation: rule.citation,
    explanation,
    deadlineKind: rule.kind,
  };
}

const ANCHOR_QUESTION: Partial<Record<AnchorEvent, string>> = {
  notice_date:
    'What date is printed on the notice (the date of the letter or "date of this notice")?',
  receipt:
    'On what date did the member receive the notice? If unknown, what date is printed on it?',
  presumed_receipt: 'What date is printed on the notice (receipt is presumed a few days later)?',
};

/**
 * No notice or receipt date: the deadline applies but is not timed. It is reported as
 * `needs_date` with the question that gets the date, never counted from the analysis day (that
 * would calendar it later than the real one).
 */
function needsDate(rule: DeadlineRule, ctx: EngineContext): null {
  if (LATER_STEPS.some((f) => ctx.dates.day[f] !== undefined)) return null;
  const question = ANCHOR_QUESTION[rule.anchor] ?? 'What date is printed on the notice?';
  ctx.findings.push(
    missing(
      rule,
      'high',
      `${rule.label}: the letter gives no notice or receipt date, so this deadline cannot be timed yet (needs_date). ${question}`,
    ),
  );
  ctx.pending.push({
    kind: rule.kind,
    status: 'needs_date',
    anchorEvent: rule.anchor,
    amount: rule.amount,
    unit: rule.unit,
    dayType:
      rule.unit === 'hours' ? 'hours' : rule.unit === 'business_days' ? 'business' : 'calendar',
    party: rule.party,
    rule: ruleKey(rule),
    citation: rule.citation,
    label: rule.label,
    question,
  });
  return null;
}

function fromReceipt(rule: DeadlineRule, ctx: EngineContext): ResolvedAnchor | null {
  const notice = ctx.dates.day.noticeDate;
  const received = ctx.dates.day.receivedDate;
  const presumedDays = rule.presumedReceiptDays;

  if (presumedDays !== undefined && notice !== undefined) {
    const presumed = addCalendarDays(notice, presumedDays);
    const cite = rule.presumptionCitation ?? rule.citation;
    if (received !== undefined && received < presumed) {
      return {
        event: 'receipt',
        value: received,
        assumptions: [
          `Received ${received}, before the presumed receipt ${presumed} (${cite}): counted from actual receipt, the earlier and safe date.`,
        ],
      };
    }
    const assumptions = [
      `Receipt presumed ${presumedDays} days after the notice date (${notice} + ${presumedDays} = ${presumed}), as ${cite} provides unless there is evidence to the contrary.`,
    ];
    if (received !== undefined && received > presumed) {
      assumptions.push(
        `The notice was received on ${received}, after the presumed date; relying on the later receipt needs evidence, so the presumed date is calendared (the safe one).`,
      );
    }
    return { event: 'presumed_receipt', value: presumed, assumptions };
  }
  if (received !== undefined) {
    return { event: 'receipt', value: received, assumptions: [] };
  }
  if (notice !== undefined) {
    return {
      event: 'notice_date',
      value: notice,
      assumptions: [
        'Receipt date unknown: counted from the notice date, the earliest possible receipt, so the date is safe.',
      ],
    };
  }
  return needsDate(rule, ctx);
}

function fromNoticeDate(rule: DeadlineRule, ctx: EngineContext): ResolvedAnchor | null {
  const notice = ctx.dates.day.noticeDate;
  const received = ctx.dates.day.receivedDate;
  if (notice !== undefined) {
    if (received !== undefined && received < notice) {
      return {
        event: 'receipt',
        value: received,
        assumptions: [
          `The received date (${received}) is before the notice date (${notice}): counted from the earlier date to stay safe.`,
        ],
      };
    }
    return { event: 'notice_date', value: notice, assumptions: [] };
  }
  if (received !== undefined) {
    ctx.findings.push(
      missing(
        rule,
        'medium',
        `${rule.label}: the rule counts from the date on the notice, which is not known; the receipt date was used, so the real deadline is a few days earlier.`,
      ),
    );
    return {
      event: 'receipt',
      value: received,
      assumptions: [
        `Notice date unknown: counted from the receipt date (${received}). This rule counts from the date on the notice, which is earlier by the mailing time, so the real deadline is earlier.`,
      ],
    };
  }
  return needsDate(rule, ctx);
}

function fromLaterEvent(rule: DeadlineRule, ctx: EngineContext): ResolvedAnchor | null {
  const field = FIELD_FOR_EVENT[rule.anchor];
  if (field === undefined) return null;
  const value = ctx.dates.value[field];
  const day = ctx.dates.day[field];
  if (value === undefined || day === undefined) return null;
  const name = EVENT_NAMES[rule.anchor] ?? rule.anchor;

  if (rule.countsFromReceipt) {
    if (rule.presumedReceiptDays !== undefined) {
      const presumed = addCalendarDays(day, rule.presumedReceiptDays);
      return {
        event: 'presumed_receipt',
        value: presumed,
        assumptions: [
          `Receipt of the ${name} presumed ${rule.presumedReceiptDays} days after its date (${day} + ${rule.presumedReceiptDays} = ${presumed}), as ${rule.presumptionCitation ?? rule.citation} provides.`,
        ],
      };
    }
    return {
      event: rule.anchor,
      value: day,
      assumptions: [
        `Receipt of the ${name} unknown: counted from its date (${day}), the earliest possible receipt, so the date is safe.`,
      ],
    };
  }
  if (rule.party === 'member') return { event: rule.anchor, value: day, assumptions: [] };
  return {
    event: rule.anchor,
    value,
    assumptions: [
      `Counted from when ${name} (${value}), taken as the day it was received; if it arrived later, this deadline moves later by as much.`,
    ],
  };
}

/** Where the rule's clock starts for this case; null when it has not started (or cannot). */
export function resolveAnchor(rule: DeadlineRule, ctx: EngineContext): ResolvedAnchor | null {
  switch (rule.anchor) {
    case 'receipt':
    case 'presumed_receipt':
      return fromReceipt(rule, ctx);
    case 'notice_date':
      return fromNoticeDate(rule, ctx);
    default:
      return fromLaterEvent(rule, ctx);
  }
}
