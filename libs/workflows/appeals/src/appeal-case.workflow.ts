import {
  ActivityFailure,
  ApplicationFailure,
  allHandlersFinished,
  condition,
  continueAsNew,
  log,
  patched,
  proxyLocalActivities,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import type {
  AppealActivities,
  AppealEvent,
  AppealStage,
  AppealWorkflowInput,
  AppealWorkflowState,
  TimelineEntry,
} from '@claimlane/shared-contracts';
import { BAD_CASE_DATA } from '@claimlane/shared-contracts';
import {
  ESCALATION_PATHS,
  checkTransition,
  type CaseProgress,
} from '@claimlane/domain-appeal-process';
import {
  SIGNALS,
  deadlinesChanged,
  deadlinesQuery,
  stageQuery,
  timelineQuery,
  transition,
} from './appeal-messages';
import { plan, type DueAction } from './appeal-timers';
import { validateEvent } from './event-shape';

// Every activity is one short Postgres transaction, so they run as local activities: no activity task
// round trip through the server (markers in history instead), which triples throughput on the dev server.
const acts = proxyLocalActivities<AppealActivities>({
  startToCloseTimeout: '30 seconds',
  // Bounded: a case whose activity keeps failing stops retrying (its update fails, the case stays
  // usable) instead of holding every later transition; data Postgres refuses is not retried at all.
  retry: {
    initialInterval: '1 second',
    backoffCoefficient: 2,
    maximumInterval: '1 minute',
    maximumAttempts: 8,
    nonRetryableErrorTypes: [BAD_CASE_DATA],
  },
});

const TIMELINE_KEEP = 50;
const DAY = 86_400_000;

/**
 * One durable process per AppealCase (docs/architecture.md §6): applies stage events, keeps the member's and the
 * payer's clocks, sends reminders exactly once, suggests a protective appeal, follows up unanswered
 * records requests and opens the "payer is late" path. Every change is written to Postgres by an
 * activity, so the API never needs to ask the workflow. Bad input never fails the workflow.
 */
export async function appealCaseWorkflow(
  input: AppealWorkflowInput,
): Promise<{ stage: AppealStage }> {
  const { tenantId, caseId, timing } = input;
  // Handlers are registered before the first await so an update sent right after start is not lost;
  // they wait until the case is loaded.
  let loaded: AppealWorkflowState | null = input.state ?? null;
  let missing = false;
  const ready = () => condition(() => loaded !== null || missing);
  const inbox: AppealEvent[] = [];
  let busy = false;
  // Set when an update changed the case, so the timer loop re-plans at once.
  let replan = false;
  // Set when the deadlines were recomputed in Postgres: reload them before planning again.
  let reloadReason: string | null = null;

  let s = {} as AppealWorkflowState;
  const progress = (): CaseProgress => ({
    stage: s.stage,
    level: s.level,
    levelKind: s.levelKind,
    recordsRequested: s.recordsRequestedAt !== null,
    recordsReceived: s.recordsReceivedAt !== null,
    criteriaReceived: s.criteriaReceivedAt !== null,
  });

  const remember = (kind: string, summary: string) => {
    const entry: TimelineEntry = {
      at: new Date(Date.now()).toISOString(),
      kind,
      stage: s.stage,
      summary,
    };
    s.recentTimeline = [...s.recentTimeline, entry].slice(-TIMELINE_KEEP);
  };

  /** Applies one event; returns null when it does not fit (signals are then recorded as ignored). */
  const apply = async (event: AppealEvent) => {
    await ready();
    if (missing) return { ok: false as const, reason: 'The appeal case no longer exists' };
    await condition(() => !busy);
    busy = true;
    try {
      const check = checkTransition(progress(), event);
      const deadlineProblem =
        event.type === 'deadlineExtended' &&
        !s.deadlines.some((d) => d.id === event.deadlineId && d.status !== 'cancelled')
          ? 'Unknown deadline'
          : null;
      if (!check.ok || deadlineProblem)
        return { ok: false as const, reason: deadlineProblem ?? (check.ok ? '' : check.reason) };
      s.transitionSeq += 1;
      const result = await acts.applyTransition({
        tenantId,
        caseId,
        event,
        fromStage: s.stage,
        toStage: check.toStage,
        level: check.level,
        levelKind: check.levelKind,
        // Stable across retries and continue-as-new, distinct from any other run of this case.
        transitionKey: `${workflowInfo().firstExecutionRunId}:t${s.transitionSeq}`,
      });
      s.stage = result.stage;
      s.level = check.level;
      s.levelKind = check.levelKind;
      s.deadlines = result.deadlines;
      switch (event.type) {
        case 'recordsRequested':
          s.recordsRequestedAt = event.at;
          s.recordsReceivedAt = null;
          s.followUpSent = false;
          break;
        case 'recordsReceived':
          s.recordsReceivedAt = event.at;
          break;
        case 'criteriaReceived':
          s.criteriaReceivedAt = event.at;
          break;
        case 'deadlineExtended':
          s.remindersSent = s.remindersSent.filter((k) => !k.startsWith(`${event.deadlineId}:`));
          // An extended payer clock may be reported late again when its new due time passes.
          if (patched('extended-payer-clock-rearms'))
            s.payerLateNotified = s.payerLateNotified.filter((id) => id !== event.deadlineId);
          break;
        case 'levelEscalated':
          // A new level is a new round: the claim file and criteria are asked for again if needed.
          s.recordsRequestedAt = null;
          s.recordsReceivedAt = null;
          s.criteriaReceivedAt = null;
          s.protectiveSuggested = false;
          s.followUpSent = false;
          break;
        default:
          break;
      }
      remember(event.type, `${event.type} → ${s.stage}`);
      replan = true;
      return { ok: true as const };
    } finally {
      busy = false;
    }
  };

  for (const [name, signal] of Object.entries(SIGNALS)) {
    setHandler(signal, (payload: object) => {
      inbox.push({ ...payload, type: name } as AppealEvent);
    });
  }
  setHandler(
    transition,
    async (event) => {
      const r = await apply(event);
      if (!r.ok) throw ApplicationFailure.nonRetryable(r.reason, 'CONFLICT');
      return { stage: s.stage, deadlines: s.deadlines };
    },
    {
      validator: (event) => {
        const shape = validateEvent(event);
        if (shape) throw new Error(shape);
        // Before the case is loaded the handler checks the stage instead.
        if (!loaded) return;
        const check = checkTransition(progress(), event);
        if (!check.ok) throw new Error(check.reason);
      },
    },
  );
  setHandler(deadlinesChanged, (payload) => {
    reloadReason = typeof payload?.reason === 'string' ? payload.reason.slice(0, 100) : 'corrected';
  });
  setHandler(stageQuery, () => (loaded ? s.stage : 'intake'));
  setHandler(deadlinesQuery, () => (loaded ? s.deadlines : []));
  setHandler(timelineQuery, () => (loaded ? s.recentTimeline : []));

  if (!loaded) {
    const row = await acts.loadCase({ tenantId, caseId });
    if (!row) {
      missing = true;
      log.warn('appeal case not found; workflow ends', { caseId });
      await condition(allHandlersFinished);
      return { stage: 'closed' };
    }
    loaded = {
      ...row,
      remindersSent: [],
      recordsRequestedAt: null,
      recordsReceivedAt: null,
      criteriaReceivedAt: null,
      followUpSent: false,
      protectiveSuggested: false,
      payerLateNotified: [],
      recentTimeline: [],
      transitionSeq: 0,
    };
  }
  s = loaded;

  /**
   * Deadlines recomputed in Postgres: a moved deadline gets its reminders again, and a payer clock
   * open again may be reported late again.
   */
  const reloadDeadlines = async (reason: string) => {
    await condition(() => !busy);
    const row = await acts.loadCase({ tenantId, caseId });
    if (!row) return;
    const before = new Map(s.deadlines.map((d) => [d.id, d.dueAt]));
    const moved = row.deadlines.filter((d) => before.get(d.id) !== d.dueAt).map((d) => d.id);
    s.deadlines = row.deadlines;
    s.regime = row.regime;
    s.remindersSent = s.remindersSent.filter((k) => !moved.some((id) => k.startsWith(`${id}:`)));
    s.payerLateNotified = s.payerLateNotified.filter((id) =>
      row.deadlines.some((d) => d.id === id && d.status !== 'open'),
    );
    remember('deadlines_changed', `deadlines reloaded (${reason}): ${moved.length} moved`);
  };

  const act = async (action: DueAction) => {
    switch (action.kind) {
      case 'reminder': {
        const days = Math.round(action.offsetMs / DAY);
        const when =
          days >= 1
            ? `${days} day${days === 1 ? '' : 's'}`
            : `${Math.round(action.offsetMs / 1000)} seconds`;
        await acts.notifyCase({
          tenantId,
          caseId,
          kind: 'deadline_reminder',
          title: `${action.deadline.label ?? action.deadline.kind} due in ${when}`,
          body: `The ${action.deadline.label ?? action.deadline.kind} deadline falls on ${action.deadline.dueAt}.${action.deadline.citation ? ` (${action.deadline.citation})` : ''}`,
          dedupeKey: `reminder:${action.deadline.id}:${action.offsetMs}`,
        });
        s.remindersSent.push(...action.keys);
        remember('deadline_reminder', `reminder ${when} before ${action.deadline.kind}`);
        break;
      }
      case 'member_deadline_passed':
        await acts.markDeadline({
          tenantId,
          caseId,
          deadlineId: action.deadline.id,
          status: 'missed',
          note: 'passed before the appeal was submitted',
        });
        action.deadline.status = 'missed';
        await acts.notifyCase({
          tenantId,
          caseId,
          kind: 'deadline_missed',
          title: `${action.deadline.label ?? action.deadline.kind} has passed`,
          body: `The deadline of ${action.deadline.dueAt} passed and no submission has been recorded. If the appeal went out on time, record the submission with the date it was sent; otherwise check whether the plan accepts a late appeal for good cause.`,
          dedupeKey: `missed:${action.deadline.id}`,
        });
        remember('deadline_missed', `${action.deadline.kind} passed`);
        break;
      case 'protective_appeal':
        await acts.notifyCase({
          tenantId,
          caseId,
          kind: 'protective_appeal_suggested',
          title: 'File a protective appeal now',
          body: `The filing deadline (${action.deadline.dueAt}) is near and the payer has not sent the criteria it applied. File a short protective appeal disputing the denial and stating that you will supplement it once the claim file and criteria arrive.`,
          dedupeKey: `protective:${action.deadline.id}`,
        });
        await acts.recordTimeline({
          tenantId,
          caseId,
          kind: 'protective_appeal_suggested',
          stage: s.stage,
          summary: 'Protective appeal suggested: deadline near, criteria missing',
          dedupeKey: `protective:${action.deadline.id}`,
        });
        s.protectiveSuggested = true;
        remember('protective_appeal_suggested', 'deadline near, criteria missing');
        break;
      case 'records_follow_up':
        await acts.notifyCase({
          tenantId,
          caseId,
          kind: 'records_follow_up',
          title: 'Claim file still missing: follow up',
          body: 'The claim file requested from the payer has not arrived. Send a follow-up citing 29 CFR 2560.503-1(h)(2)(iii) and (m)(8) (documents free of charge) and note the date.',
          dedupeKey: `records-follow-up:${s.recordsRequestedAt ?? ''}`,
        });
        await acts.recordTimeline({
          tenantId,
          caseId,
          kind: 'records_follow_up',
          stage: s.stage,
          summary: 'Records request unanswered: follow-up sent',
          dedupeKey: `records-follow-up:${s.recordsRequestedAt ?? ''}`,
        });
        s.followUpSent = true;
        remember('records_follow_up', 'claim file not received');
        break;
      case 'payer_late': {
        const path = ESCALATION_PATHS[s.regime];
        const guidance = `${path.payerLate.guidance} (${path.payerLate.citation}) Next level: ${path.afterUpheld.map((p) => `${p.description} [${p.citation}]`).join('; ')}.`;
        await acts.markPayerLate({ tenantId, caseId, deadlineId: action.deadline.id, guidance });
        action.deadline.status = 'missed';
        s.payerLateNotified.push(action.deadline.id);
        await acts.notifyCase({
          tenantId,
          caseId,
          kind: 'payer_late',
          title: 'The payer is late',
          body: `The payer's decision deadline (${action.deadline.dueAt}) has passed without a decision. ${guidance}`,
          dedupeKey: `payer-late:${action.deadline.id}`,
        });
        remember('payer_late', 'payer decision deadline passed');
        break;
      }
    }
  };

  while (s.stage !== 'closed') {
    while (inbox.length) {
      const event = inbox.shift()!;
      const shape = validateEvent(event);
      let r: { ok: true } | { ok: false; reason: string };
      try {
        r = shape ? { ok: false as const, reason: shape } : await apply(event);
      } catch (e) {
        // An activity that failed for good (bad data, retries used up) must not fail the whole case.
        if (!(e instanceof ActivityFailure)) throw e;
        r = { ok: false as const, reason: 'it could not be saved' };
      }
      if (!r.ok) {
        remember('ignored', `${event.type} ignored: ${r.reason}`);
        await acts.recordTimeline({
          tenantId,
          caseId,
          kind: 'event_ignored',
          stage: s.stage,
          summary: `${event.type} ignored: ${r.reason}`,
        });
      }
    }
    if ((s.stage as AppealStage) === 'closed') break;
    if (reloadReason !== null) {
      const reason = reloadReason;
      reloadReason = null;
      await reloadDeadlines(reason);
    }
    replan = false;
    const { due, nextAt } = plan(s, timing, Date.now());
    for (const action of due) await act(action);
    if (due.length) continue;
    if (workflowInfo().historyLength > timing.continueAsNewAfterEvents && inbox.length === 0) {
      await condition(allHandlersFinished);
      await continueAsNew<typeof appealCaseWorkflow>({ tenantId, caseId, timing, state: s });
    }
    const wake = () => inbox.length > 0 || replan || reloadReason !== null;
    if (nextAt === null) await condition(wake);
    else await condition(wake, Math.max(1, nextAt - Date.now()));
  }
  await condition(allHandlersFinished);
  return { stage: s.stage };
}
