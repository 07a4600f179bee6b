import type { DisclosureElement } from '@claimlane/shared-contracts';
import { TOPIC_QUESTIONS, type CallTopic } from './call-topics';
import type { CallOutcome, TopicOutcome, TopicStatus, TranscriptTurn } from './call-script';
import { referenceNumbersIn } from './representative-utterance';

/** Where an answer sits: a turn of the (redacted) transcript and character offsets inside it. */
export interface TranscriptSpan {
  turn: number;
  start: number;
  end: number;
}

export interface SummaryField {
  topic: CallTopic;
  status: TopicStatus;
  value: string | null;
  span: TranscriptSpan | null;
}

export interface CallSummary {
  outcome: CallOutcome;
  specificReason: SummaryField | null;
  planProvision: SummaryField | null;
  criteriaApplied: SummaryField | null;
  criteriaCopy: SummaryField | null;
  reviewerName: SummaryField | null;
  reviewerCredentials: SummaryField | null;
  recordsReviewed: SummaryField | null;
  appealDeadline: SummaryField | null;
  appealSubmission: SummaryField | null;
  referenceNumbers: Array<{ value: string; span: TranscriptSpan }>;
  refusals: Array<{ topic: CallTopic; proprietary: boolean; span: TranscriptSpan | null }>;
  callback: TranscriptSpan | null;
  holds: number;
  transfers: number;
}

const EXTRACT: Partial<Record<CallTopic, RegExp>> = {
  appeal_deadline:
    /\b(?:\d{1,3}|thirty|sixty|ninety|one hundred (?:and )?eighty) (?:calendar |business )?days\b[^.]*/i,
  appeal_submission:
    /\b(?:fax(?: number)?(?: is)?:? ?(?:\+?1[ -.]?)?\(?\d{3}\)?[ -.]?\d{3}[ -.]?\d{4}|P\.? ?O\.? Box \d+[^.]*|\d{2,6} [A-Z][a-z]+ (?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Parkway|Pkwy|Way)[^.]*)/i,
};
const REVIEWER_NAME = /\bDr\.? [A-Z][a-z]+(?: [A-Z]\.)?(?: [A-Z][a-z'-]+)?/;
const CREDENTIALS =
  /\b(?:board[- ]certified [a-z ]*?(?:surgeon|physician|specialist|radiologist|neurologist|internist|psychiatrist)|M\.?D\.?|D\.?O\.?|R\.?N\.?|nurse (?:reviewer|practitioner)|medical director|pharmacist|(?:orthopedic|spine|general) surgeon)\b/;

function field(
  turns: TranscriptTurn[],
  o: TopicOutcome | undefined,
  pattern?: RegExp,
): SummaryField | null {
  if (!o) return null;
  if (o.status !== 'answered' || o.turn === null)
    return { topic: o.topic, status: o.status, value: null, span: null };
  const text = turns[o.turn]?.text ?? '';
  const m = pattern?.exec(text);
  // A pattern narrows the value to the phrase that answers; otherwise the whole answering turn.
  const span = m
    ? { turn: o.turn, start: m.index, end: m.index + m[0].length }
    : { turn: o.turn, start: 0, end: text.length };
  return {
    topic: o.topic,
    status: 'answered',
    value: text.slice(span.start, span.end).trim(),
    span,
  };
}

/**
 * The structured result of a call, read from the transcript the user will see (already redacted), so
 * every value and span points at text that exists in the stored transcript.
 */
export function summarizeCall(
  turns: TranscriptTurn[],
  outcomes: TopicOutcome[],
  meta: { outcome: CallOutcome; callbackTurn: number | null; holds: number; transfers: number },
): CallSummary {
  const by = (t: CallTopic) => outcomes.find((o) => o.topic === t);
  const reviewer = by('reviewer');
  const referenceNumbers: CallSummary['referenceNumbers'] = [];
  const seen = new Set<string>();
  const refTurn = by('reference_number')?.turn ?? null;
  turns.forEach((t, turn) => {
    if (t.speaker !== 'representative') return;
    for (const r of referenceNumbersIn(t.text, turn === refTurn)) {
      if (seen.has(r.value)) continue;
      seen.add(r.value);
      referenceNumbers.push({ value: r.value, span: { turn, start: r.start, end: r.end } });
    }
  });
  const callbackText = meta.callbackTurn !== null ? turns[meta.callbackTurn]?.text : undefined;
  return {
    outcome: meta.outcome,
    specificReason: field(turns, by('specific_reason')),
    planProvision: field(turns, by('plan_provision')),
    criteriaApplied: field(turns, by('criteria_applied')),
    criteriaCopy: field(turns, by('criteria_copy')),
    reviewerName: field(turns, reviewer, REVIEWER_NAME),
    reviewerCredentials: field(turns, reviewer, CREDENTIALS),
    recordsReviewed: field(turns, by('records_reviewed')),
    appealDeadline: field(turns, by('appeal_deadline'), EXTRACT.appeal_deadline),
    appealSubmission: field(turns, by('appeal_submission'), EXTRACT.appeal_submission),
    referenceNumbers,
    refusals: outcomes
      .filter((o) => o.status === 'refused')
      .map((o) => ({
        topic: o.topic,
        proprietary: o.proprietary,
        span:
          o.turn !== null ? { turn: o.turn, start: 0, end: turns[o.turn]?.text.length ?? 0 } : null,
      })),
    callback:
      meta.callbackTurn !== null && callbackText !== undefined
        ? { turn: meta.callbackTurn, start: 0, end: callbackText.length }
        : null,
    holds: meta.holds,
    transfers: meta.transfers,
  };
}

export interface CallFinding {
  code: string;
  kind: 'record_call';
  severity: 'high' | 'medium' | 'low';
  element: DisclosureElement | null;
  explanation: string;
}

const ELEMENT_OF: Partial<Record<CallTopic, DisclosureElement>> = {
  specific_reason: 'specific_reason',
  plan_provision: 'plan_provision',
  criteria_applied: 'criteria_or_guideline',
  criteria_copy: 'criteria_or_guideline',
  reviewer: 'clinical_rationale',
  appeal_deadline: 'appeal_procedures_and_time_limits',
};

/**
 * Findings a call adds to the case ("criteria named: InterQual 2025 …; reviewer credentials refused").
 * Codes are stable per call topic, so writing them again for the same call replaces, never duplicates.
 */
export function callFindings(summary: CallSummary): CallFinding[] {
  const out: CallFinding[] = [];
  if (summary.criteriaApplied?.status === 'answered' && summary.criteriaApplied.value)
    out.push({
      code: 'call.criteria_named',
      kind: 'record_call',
      severity: 'low',
      element: 'criteria_or_guideline',
      explanation: `Criteria named on the call: ${summary.criteriaApplied.value}`,
    });
  if (summary.reviewerCredentials?.status === 'answered' && summary.reviewerCredentials.value)
    out.push({
      code: 'call.reviewer_identified',
      kind: 'record_call',
      severity: 'low',
      element: 'clinical_rationale',
      explanation: `Reviewer on the call: ${[summary.reviewerName?.value, summary.reviewerCredentials.value].filter(Boolean).join(', ')}`,
    });
  for (const r of summary.refusals)
    out.push({
      code: `call.refused.${r.topic}`,
      kind: 'record_call',
      severity: 'high',
      element: ELEMENT_OF[r.topic] ?? null,
      explanation: `The representative refused to give ${TOPIC_QUESTIONS[r.topic].inWriting}${r.proprietary ? ' (called it proprietary)' : ''}; it was requested in writing.`,
    });
  const fields = [
    summary.specificReason,
    summary.planProvision,
    summary.criteriaApplied,
    summary.reviewerName,
    summary.recordsReviewed,
    summary.appealDeadline,
    summary.appealSubmission,
  ];
  for (const f of fields)
    if (f?.status === 'not_obtained')
      out.push({
        code: `call.not_obtained.${f.topic}`,
        kind: 'record_call',
        severity: 'medium',
        element: ELEMENT_OF[f.topic] ?? null,
        explanation: `The call did not obtain ${TOPIC_QUESTIONS[f.topic].inWriting}; request it in writing.`,
      });
  return out;
}
