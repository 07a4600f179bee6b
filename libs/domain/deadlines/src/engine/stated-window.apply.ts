import type {
  AnchorEvent,
  ComputedDeadline,
  DeadlineFinding,
  DeadlineKind,
} from '../deadline.types';
import { addCalendarDays, daysBetween } from '../calendar/iso-date';
import type { DeadlineRule } from '../rules/deadline-rule.types';
import { ruleKey } from '../rules/deadline.rules';
import { computeDue } from './due.compute';
import type { EngineContext } from './engine-context';

export interface Entry {
  deadline: ComputedDeadline;
  rule: DeadlineRule | null;
}

const STEP_LABELS: Record<DeadlineKind, string> = {
  member_appeal_filing: 'File the appeal',
  payer_initial_decision: 'Payer decides the claim',
  payer_appeal_decision: 'Payer decides the appeal',
  second_level_appeal_filing: 'File the second-level appeal',
  external_review_request: 'Request external review',
  external_review_decision: 'External reviewer decides',
  medicare_reconsideration_request: 'Request reconsideration',
  state_fair_hearing_request: 'Request a State fair hearing',
  records_request_response: 'Payer answers the records request',
};

const MEMBER_STEPS: readonly DeadlineKind[] = [
  'member_appeal_filing',
  'second_level_appeal_filing',
  'external_review_request',
  'medicare_reconsideration_request',
  'state_fair_hearing_request',
];

const UNIT_WORDS = {
  calendar_days: 'days',
  business_days: 'business days',
  hours: 'hours',
  months: 'months',
} as const;

function describeAmount(rule: DeadlineRule): string {
  return `${rule.amount} ${UNIT_WORDS[rule.unit]}`;
}

interface StatedAnchor {
  event: AnchorEvent;
  date: string;
  assumptions: string[];
}

/** The letter's own anchor ("N days from the date of this notice / from receipt"). */
function statedAnchor(
  kind: DeadlineKind,
  anchor: 'notice' | 'receipt',
  ctx: EngineContext,
): StatedAnchor | null {
  const d = ctx.dates.day;
  const notice: [AnchorEvent, string | undefined] =
    kind === 'member_appeal_filing'
      ? ['notice_date', d.noticeDate]
      : kind === 'external_review_request'
        ? ['final_internal_denial', d.finalInternalDenialDate]
        : kind === 'second_level_appeal_filing' ||
            kind === 'state_fair_hearing_request' ||
            kind === 'medicare_reconsideration_request'
          ? ['appeal_resolution_notice', d.appealResolutionNoticeDate]
          : ['notice_date', d.noticeDate];
  const receipt = kind === 'member_appeal_filing' ? d.receivedDate : undefined;
  const [noticeEvent, noticeDate] = notice;

  if (anchor === 'receipt' && receipt !== undefined) {
    return { event: 'receipt', date: receipt, assumptions: [] };
  }
  if (noticeDate !== undefined) {
    return {
      event: noticeEvent,
      date: noticeDate,
      assumptions:
        anchor === 'receipt'
          ? [
              'The letter counts its window from receipt; receipt date unknown, so it was counted from the notice date, the earliest possible receipt.',
            ]
          : [],
    };
  }
  if (receipt !== undefined) {
    return {
      event: 'receipt',
      date: receipt,
      assumptions: [
        'The letter counts its window from the notice date, which is unknown: counted from the receipt date, so its real end is earlier.',
      ],
    };
  }
  // No date: the window is never counted from the analysis day (it stays needs_date).
  return null;
}

function statedOnly(
  kind: DeadlineKind,
  days: number,
  anchorKind: 'notice' | 'receipt',
  anchor: StatedAnchor,
): ComputedDeadline {
  const due = addCalendarDays(anchor.date, days);
  return {
    kind,
    due,
    anchor: { event: anchor.event, date: anchor.date },
    dayType: 'calendar',
    amount: days,
    unit: 'calendar_days',
    party: 'member',
    assumptions: [
      ...anchor.assumptions,
      'No federal rule sets this window for this case; the letter’s own window is calendared.',
    ],
    rule: `stated.${kind}@letter`,
    citation: 'window stated in the letter',
    label: `${STEP_LABELS[kind]} (${days} days, as the letter states)`,
    stated: { due, days, anchor: anchorKind },
  };
}

/**
 * Calendars the earlier of the letter's window and the regulation's date, keeps both, and flags a
 * letter that gives less time than the regulation: a defect in the notice itself.
 */
export function applyStatedWindow(entries: Entry[], ctx: EngineContext): void {
  const window = ctx.facts.statedWindow;
  if (window === undefined || !Number.isInteger(window.days) || window.days < 0) return;
  const kind = window.appliesTo ?? 'member_appeal_filing';
  // A window is the member's time to act; a payer's promise about its own clock is another matter.
  if (MEMBER_STEPS.includes(kind) === false) return;
  const from = window.anchor === 'notice' ? 'the notice date' : 'receipt';
  const anchor = statedAnchor(kind, window.anchor, ctx);
  if (anchor === null) return;

  const entry = entries.find((e) => e.deadline.kind === kind);
  if (entry === undefined) {
    entries.push({ deadline: statedOnly(kind, window.days, window.anchor, anchor), rule: null });
    return;
  }
  if (entry.rule === null) return;

  const { deadline, rule } = entry;
  const statedDue = addCalendarDays(anchor.date, window.days);
  const regulatoryDue = deadline.due;
  const regulatoryDays =
    rule.unit === 'calendar_days' ? rule.amount : daysBetween(deadline.anchor.date, regulatoryDue);
  deadline.stated = { due: statedDue, days: window.days, anchor: window.anchor };
  deadline.regulatory = { due: regulatoryDue, days: regulatoryDays };
  deadline.assumptions.push(...anchor.assumptions);

  if (statedDue < regulatoryDue) {
    deadline.due = statedDue;
    deadline.assumptions.push(
      `The letter’s own window (${window.days} days from ${from}, until ${statedDue}) ends before the regulatory date (${regulatoryDue}): ${statedDue} is calendared, the safe date.`,
    );
    // Same anchor, regulation's count: tells a shorter window apart from a mere anchor difference.
    const sameAnchorDue = computeDue(rule, anchor.date).due;
    const shorter = statedDue < sameAnchorDue;
    // "120 days from the date you receive this notice" is the regulation's own anchor: only our
    // count from the notice (receipt unknown) is earlier, so the letter misstates nothing.
    if (!shorter && window.anchor === 'receipt') return;
    const finding: DeadlineFinding = {
      kind: 'stated_window_shorter_than_regulation',
      severity: shorter ? 'high' : 'low',
      citation: rule.citation,
      explanation: shorter
        ? `The letter allows ${window.days} days from ${from}; ${rule.citation} allows ${describeAmount(rule)} (until ${regulatoryDue}). A notice that states a shorter window than the regulation misstates the appeal rights; the member keeps the regulatory time, but file by ${statedDue} anyway.`
        : `The letter counts ${window.days} days from ${from} (until ${statedDue}); ${rule.citation} counts from receipt (until ${regulatoryDue}). The letter understates the time by the mailing days.`,
      deadlineKind: kind,
      rule: ruleKey(rule),
    };
    if (window.span !== undefined) finding.span = window.span;
    ctx.findings.push(finding);
  } else if (statedDue > regulatoryDue && rule.regime === 'unknown') {
    // The unknown-regime rule is a placeholder, not the plan's law: the letter's own window is the
    // only evidence of the plan's terms, so it is calendared, and the placeholder stays a warning.
    Object.assign(deadline, {
      due: statedDue,
      amount: window.days,
      unit: 'calendar_days',
      dayType: 'calendar',
      anchor: { event: anchor.event, date: anchor.date },
      rule: `stated.${kind}@letter`,
      citation: 'window stated in the letter',
      label: `${STEP_LABELS[kind]} (${window.days} days, as the letter states)`,
    });
    deadline.assumptions.push(
      `The plan type is unknown, so no regulation fixes this window: the letter’s own ${window.days} days from ${from} (until ${statedDue}) are calendared. If the plan turns out to be Medicaid managed care, ${rule.citation.replace(/ \(.*\)$/, '')} allows only 60 days from the notice (until ${regulatoryDue}): confirm the plan type before relying on the later date.`,
    );
  } else if (statedDue > regulatoryDue) {
    deadline.assumptions.push(
      `The letter allows more time (${window.days} days, until ${statedDue}) than the regulation requires (until ${regulatoryDue}). The plan is bound by its longer promise, but ${regulatoryDue} is calendared because it is the earlier, safe date.`,
    );
  } else {
    deadline.assumptions.push(
      `The letter’s window ends on the regulatory date (${regulatoryDue}).`,
    );
  }
}
