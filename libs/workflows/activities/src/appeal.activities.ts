import type { Logger } from 'pino';
import type { EntityManager } from 'typeorm';
import { TenantDatabase } from '@claimlane/server-db';
import {
  computeDeadlines,
  payerDecisionDue,
  type DeadlineFacts,
} from '@claimlane/domain-deadlines';
import type {
  AppealActivities,
  AppealEvent,
  AppealStage,
  LevelKind,
  Regime,
  ServiceType,
} from '@claimlane/shared-contracts';

import {
  appendTimelineEvent,
  bindCaseWorkflow,
  cancelOpenDeadlines,
  cancelOtherMemberWindows,
  clearCasePayerLateUnlessMissed,
  extendDeadline,
  insertAuditEvent,
  insertComputedDeadlines,
  loadWorkflowDeadlines,
  markCasePayerLate,
  meetOpenPayerDeadlines,
  moveCaseStage,
  partyOf,
  recordCaseMaterialReceived,
  refreshNextDeadline,
  settleDeadline,
  settleFilingDeadlinesAt,
  type StagePatch,
} from '@claimlane/server-db';
import { countNotifications } from '@claimlane/server-observability';
import { notifyCaseMembers, type Mailer } from './notify-case';
import { withSafeFailures } from './safe-failures';
import { localIsoWithOffset } from '@claimlane/domain-appeal-process';

export interface ActivityDeps {
  db: TenantDatabase;
  mailer: Mailer;
  logger: Logger;
  /**
   * Demo/test knob only: replaces the regulatory payer decision clock with a fixed duration so a
   * "payer is late" path can be watched in seconds. Unset in production.
   */
  payerClockOverrideMs?: number;
  /** Public URL of the web app, for the case link in e-mails. */
  appUrl?: string;
}

interface CaseRow {
  stage: AppealStage;
  level: number;
  level_kind: LevelKind;
  regime: Regime;
  service_type: ServiceType | null;
  notice_date: string | null;
  time_zone: string;
}

const NEXT_LEVEL_KINDS = new Set([
  'second_level_appeal_filing',
  'external_review_request',
  'state_fair_hearing_request',
  'medicare_reconsideration_request',
]);

/** The member's filing window that leads to each level. */
const FILING_KIND_OF_LEVEL: Partial<Record<string, string>> = {
  internal_second: 'second_level_appeal_filing',
  external_review: 'external_review_request',
  state_fair_hearing: 'state_fair_hearing_request',
  medicare_reconsideration: 'medicare_reconsideration_request',
};

function dateOnly(iso: string): string {
  return iso.slice(0, 10);
}

/** Activities of the appeal workflow. Each one runs inside the case's tenant (RLS) and is idempotent. */
export function createActivities(deps: ActivityDeps): AppealActivities {
  const { db } = deps;

  const caseRow = async (m: EntityManager, caseId: string): Promise<CaseRow | null> => {
    const rows: CaseRow[] = await m.query(
      `select c.stage, c.level, c.level_kind, d.regime, d.service_type, d.notice_date::text as notice_date, t.time_zone
       from appeal_cases c join denials d on d.tenant_id = c.tenant_id and d.id = c.denial_id
       join tenants t on t.id = c.tenant_id where c.id = $1`,
      [caseId],
    );
    return rows[0] ?? null;
  };

  /** Through the one timeline writer; true when written (false: the dedupe key existed). */
  const timeline = (
    m: EntityManager,
    tenantId: string,
    caseId: string,
    kind: string,
    stage: string,
    summary: string,
    data: object = {},
    dedupeKey: string | null = null,
    occurredAt: string | null = null,
  ) =>
    appendTimelineEvent(m, { tenantId, caseId, kind, stage, summary, data, dedupeKey, occurredAt });

  return withSafeFailures<AppealActivities>({
    async loadCase({ tenantId, caseId }) {
      return db.runInTenantTx(tenantId, async (m) => {
        const c = await caseRow(m, caseId);
        if (!c) return null;
        await bindCaseWorkflow(m, caseId, `appeal-${tenantId}-${caseId}`);
        return {
          stage: c.stage,
          level: c.level,
          levelKind: c.level_kind,
          regime: c.regime,
          deadlines: await loadWorkflowDeadlines(m, caseId),
        };
      });
    },

    async applyTransition({
      tenantId,
      caseId,
      event,
      fromStage,
      toStage,
      level,
      levelKind,
      transitionKey,
    }) {
      const { actor: _actor, ...recorded } = event;
      return db.runInTenantTx(tenantId, async (m) => {
        const c = await caseRow(m, caseId);
        if (!c) throw new Error('appeal case no longer exists');
        const inserted = await timeline(
          m,
          tenantId,
          caseId,
          event.type,
          toStage,
          summarize(event, fromStage, toStage),
          recorded,
          transitionKey,
          occurredAtOf(event),
        );
        // Retried after a commit whose completion never reached the workflow: already applied.
        if (!inserted) return { stage: c.stage, deadlines: await loadWorkflowDeadlines(m, caseId) };
        const stage =
          (await persistEvent(
            m,
            tenantId,
            caseId,
            c,
            event,
            toStage,
            level,
            levelKind,
            deps.payerClockOverrideMs,
          )) ?? toStage;
        await auditTransition(m, tenantId, caseId, event, transitionKey);
        await refreshNextDeadline(m, caseId);
        return { stage, deadlines: await loadWorkflowDeadlines(m, caseId) };
      });
    },

    async markDeadline({ tenantId, caseId, deadlineId, status, note }) {
      await db.runInTenantTx(tenantId, async (m) => {
        const settled = await settleDeadline(m, caseId, deadlineId, status);
        if (settled) {
          const c = await caseRow(m, caseId);
          await timeline(
            m,
            tenantId,
            caseId,
            `deadline_${status}`,
            c?.stage ?? 'intake',
            `${settled.kind} ${status}: ${note}`,
            { deadlineId },
            `deadline:${deadlineId}:${status}`,
          );
          await refreshNextDeadline(m, caseId);
        }
      });
    },

    async markPayerLate({ tenantId, caseId, deadlineId, guidance }) {
      await db.runInTenantTx(tenantId, async (m) => {
        await settleDeadline(m, caseId, deadlineId, 'missed');
        await markCasePayerLate(m, caseId);
        const c = await caseRow(m, caseId);
        await timeline(
          m,
          tenantId,
          caseId,
          'payer_late',
          c?.stage ?? 'awaiting_decision',
          'The payer missed its decision deadline',
          { deadlineId, guidance },
          `payer-late:${deadlineId}`,
        );
        await refreshNextDeadline(m, caseId);
      });
    },

    async notifyCase(input) {
      const sent = await db.runInTenantTx(input.tenantId, (m) =>
        notifyCaseMembers(m, deps.mailer, deps.logger, input, deps.appUrl),
      );
      // E-mails actually sent, after commit: a replayed reminder finds nothing unsent and adds 0.
      countNotifications(input.kind, sent.emailed);
      return { recipients: sent.recipients };
    },

    async recordTimeline({ tenantId, caseId, kind, stage, summary, dedupeKey }) {
      await db.runInTenantTx(tenantId, async (m) => {
        await timeline(m, tenantId, caseId, kind, stage, summary, {}, dedupeKey ?? null);
      });
    },
  });
}

/** Writes the audit row of a transition with the actor who asked for it (API callers). */
async function auditTransition(
  m: EntityManager,
  tenantId: string,
  caseId: string,
  event: AppealEvent,
  transitionKey: string,
): Promise<void> {
  const actor = event.actor;
  if (!actor) return;
  await insertAuditEvent(m, {
    tenantId,
    actorUserId: actor.userId,
    actorApiKeyId: actor.apiKeyId,
    requestId: actor.requestId,
    ip: actor.ip,
    action: actor.action,
    entityType: 'AppealCase',
    entityId: caseId,
    meta: { event: event.type, transitionKey },
  });
}

async function persistEvent(
  m: EntityManager,
  tenantId: string,
  caseId: string,
  c: CaseRow,
  event: AppealEvent,
  toStage: AppealStage,
  level: number,
  levelKind: string,
  payerClockOverrideMs: number | undefined,
): Promise<AppealStage | void> {
  const setStage = (patch: StagePatch = {}) => moveCaseStage(m, caseId, toStage, patch);
  switch (event.type) {
    case 'recordsRequested':
      await setStage({ recordsRequestedAt: event.at, recordsReceivedAt: null });
      return;
    // The two "received" events converge on the row's own flags, whatever order they arrive in (after
    // an outage both can be queued): records and criteria both in → drafting.
    case 'recordsReceived':
      return received(await recordCaseMaterialReceived(m, caseId, 'records', event.at, toStage));
    case 'criteriaReceived':
      return received(await recordCaseMaterialReceived(m, caseId, 'criteria', event.at, toStage));
    case 'appealSubmitted': {
      await setStage({
        submittedAt: event.at,
        submissionChannel: event.channel,
        payerLateSince: null,
      });
      await settleFilingDeadlines(m, tenantId, caseId, event.at, toStage);
      // Hour clocks (72-hour expedited) count from the instant of submission, day clocks from its
      // local date: the instant is written with the tenant's offset so the engine sees both.
      const submitted = localIsoWithOffset(new Date(event.at), c.time_zone);
      const facts: DeadlineFacts = {
        regime: c.regime,
        serviceType: c.service_type ?? undefined,
        appealSubmittedAt: submitted,
        noticeDate: c.notice_date ?? undefined,
        level,
        asOf: submitted.slice(0, 10),
      };
      const payer = payerDecisionDue(facts);
      if (payerClockOverrideMs !== undefined) {
        const due = new Date(new Date(event.at).getTime() + payerClockOverrideMs).toISOString();
        await insertComputedDeadlines(m, tenantId, caseId, [
          {
            kind: 'payer_appeal_decision',
            due,
            anchor: { event: 'appeal_submitted', date: event.at },
            dayType: 'hours',
            amount: Math.round(payerClockOverrideMs / 1000),
            assumptions: ['payer clock override in effect (demo/test configuration)'],
            rule: payer?.rule ?? 'override',
            citation: payer?.citation ?? 'configured override',
            label: payer?.label ?? 'Payer decision due',
          },
        ]);
      } else if (payer) {
        await insertComputedDeadlines(m, tenantId, caseId, [payer]);
      }
      return;
    }
    case 'decisionReceived': {
      await setStage({ outcome: event.outcome, decidedAt: event.decidedOn, payerLateSince: null });
      await meetOpenPayerDeadlines(m, caseId);
      if (event.outcome !== 'overturned') {
        const decided = dateOnly(event.decidedOn);
        const next = computeDeadlines({
          regime: c.regime,
          finalInternalDenialDate: decided,
          appealResolutionNoticeDate: decided,
          level: level + 1,
          asOf: decided,
        }).deadlines.filter((d) => NEXT_LEVEL_KINDS.has(d.kind) && partyOf(d.kind) === 'member');
        await insertComputedDeadlines(m, tenantId, caseId, next);
      }
      return;
    }
    case 'deadlineExtended':
      await extendDeadline(m, caseId, event.deadlineId, event.newDueAt, c.time_zone, event.reason);
      // payerLateSince follows the extended clock: late again only when the new due time passes.
      await clearCasePayerLateUnlessMissed(m, caseId);
      await setStage();
      return;
    case 'levelEscalated': {
      await setStage({ level, levelKind, outcome: null });
      // The case took one path: the other next-level windows opened by the decision no longer apply
      // (cancelled, with the reason on the timeline); the chosen one stays open until submission.
      const keep = FILING_KIND_OF_LEVEL[levelKind] ?? null;
      const dropped = await cancelOtherMemberWindows(m, caseId, [...NEXT_LEVEL_KINDS], keep);
      for (const d of dropped)
        await appendTimelineEvent(m, {
          tenantId,
          caseId,
          kind: 'deadline_cancelled',
          stage: toStage,
          summary: `${d.kind} (${d.due_text}) no longer applies: the case went to ${levelKind.replace(/_/g, ' ')}`,
          data: { deadlineId: d.id, before: { due: d.due_text }, reason: 'levelEscalated' },
        });
      return;
    }
    case 'caseClosed':
      await setStage({ closedAt: event.at });
      await cancelOpenDeadlines(m, caseId);
      return;
  }
}

/** The stage a "received" event left the case in (the row's own answer). */
const received = (stage: string): AppealStage => stage as AppealStage;

/** When the event happened, as the user gave it (the timeline's `occurred_at`). */
function occurredAtOf(e: AppealEvent): string | null {
  switch (e.type) {
    case 'decisionReceived':
      return e.decidedOn;
    case 'deadlineExtended':
      return null;
    default:
      return e.at;
  }
}

/**
 * The submission time the user gives is the truth: a filing deadline it precedes is met, even when
 * the workflow had already marked it missed (the fax went out on time and was recorded later); an
 * open one it follows is missed (a late appeal, for good cause). Both leave a timeline row.
 */
async function settleFilingDeadlines(
  m: EntityManager,
  tenantId: string,
  caseId: string,
  at: string,
  stage: AppealStage,
): Promise<void> {
  const kinds = ['member_appeal_filing', ...NEXT_LEVEL_KINDS];
  const rows = await settleFilingDeadlinesAt(m, caseId, kinds, at);
  for (const r of rows) {
    if (r.was !== 'missed' && r.status === 'met') continue;
    await appendTimelineEvent(m, {
      tenantId,
      caseId,
      kind: `deadline_${r.status}`,
      stage,
      summary:
        r.status === 'met'
          ? `${r.kind} met: the appeal was submitted on ${at}, before the deadline of ${r.due_text} (it had been marked missed)`
          : `${r.kind} missed: the appeal was submitted on ${at}, after the deadline of ${r.due_text}`,
      data: { deadlineId: r.id, previousStatus: r.was },
      dedupeKey: `deadline:${r.id}:${r.status}:submitted`,
      occurredAt: at,
    });
  }
}

function summarize(e: AppealEvent, from: AppealStage, to: AppealStage): string {
  const move = from === to ? `(stage stays ${to})` : `(${from} → ${to})`;
  switch (e.type) {
    case 'appealSubmitted':
      return `Appeal submitted by ${e.channel} ${move}`;
    case 'decisionReceived':
      return `Decision received: ${e.outcome.replace('_', ' ')} ${move}`;
    case 'deadlineExtended':
      return `Deadline extended to ${e.newDueAt}: ${e.reason} ${move}`;
    case 'levelEscalated':
      return `Escalated to ${e.levelKind.replace(/_/g, ' ')} ${move}`;
    case 'caseClosed':
      return `Case closed: ${e.reason} ${move}`;
    default:
      return `${e.type.replace(/([A-Z])/g, ' $1').toLowerCase()} ${move}`;
  }
}
