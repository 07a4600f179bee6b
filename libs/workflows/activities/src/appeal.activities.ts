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
  dueInstant,
  insertComputedDeadlines,
  loadWorkflowDeadlines,
  partyOf,
  refreshNextDeadline,
} from '@claimlane/server-db';
import { countNotifications } from '@claimlane/server-observability';
import { notifyCaseMembers, type Mailer } from './notify-case';
import { ApplicationFailure } from '@temporalio/common';
import { BAD_CASE_DATA } from '@claimlane/shared-contracts';
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

  return {
    async loadCase({ tenantId, caseId }) {
      return db.runInTenantTx(tenantId, async (m) => {
        const c = await caseRow(m, caseId);
        if (!c) return null;
        await m.query(
          `update appeal_cases set workflow_id = coalesce(workflow_id, $2) where id = $1`,
          [caseId, `appeal-${tenantId}-${caseId}`],
        );
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
      return failFastOnBadData(() =>
        db.runInTenantTx(tenantId, async (m) => {
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
          if (!inserted)
            return { stage: c.stage, deadlines: await loadWorkflowDeadlines(m, caseId) };
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
        }),
      );
    },

    async markDeadline({ tenantId, caseId, deadlineId, status, note }) {
      await db.runInTenantTx(tenantId, async (m) => {
        const [rows] = (await m.query(
          `update deadlines set status = $2, updated_at = now() where id = $1 and case_id = $3 and status = 'open' returning kind`,
          [deadlineId, status, caseId],
        )) as [Array<{ kind: string }>, number];
        if (rows.length) {
          const c = await caseRow(m, caseId);
          await timeline(
            m,
            tenantId,
            caseId,
            `deadline_${status}`,
            c?.stage ?? 'intake',
            `${rows[0]!.kind} ${status}: ${note}`,
            { deadlineId },
            `deadline:${deadlineId}:${status}`,
          );
          await refreshNextDeadline(m, caseId);
        }
      });
    },

    async markPayerLate({ tenantId, caseId, deadlineId, guidance }) {
      await db.runInTenantTx(tenantId, async (m) => {
        await m.query(
          `update deadlines set status = 'missed', updated_at = now() where id = $1 and status = 'open'`,
          [deadlineId],
        );
        await m.query(
          `update appeal_cases set payer_late_since = coalesce(payer_late_since, now()), updated_at = now() where id = $1`,
          [caseId],
        );
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
  };
}

/**
 * Postgres refuses the data itself (SQLSTATE class 22 data exception, 23 integrity violation): retrying
 * cannot help, so the activity fails at once with a non-retryable type the workflow reports, instead of
 * retrying forever and blocking every later transition of the case. Only the SQLSTATE is kept (the
 * message can quote row values).
 */
async function failFastOnBadData<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^2[23]/.test(code))
      throw ApplicationFailure.nonRetryable(
        `The case data was refused (SQLSTATE ${code})`,
        BAD_CASE_DATA,
      );
    throw e;
  }
}

async function gathered(
  m: EntityManager,
  caseId: string,
  column: 'records_received_at' | 'criteria_received_at',
  other: 'records_received_at' | 'criteria_received_at',
  at: string,
  toStage: AppealStage,
): Promise<AppealStage> {
  const [rows] = (await m.query(
    `update appeal_cases set ${column} = $3, version = version + 1, updated_at = now(),
       stage = case when ${other} is not null and stage in ('intake', 'records_requested', 'evidence', 'drafting')
                    then 'drafting' else $2 end
     where id = $1 returning stage`,
    [caseId, toStage, at],
  )) as [Array<{ stage: AppealStage }>, number];
  return rows[0]?.stage ?? toStage;
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
  await m.query(
    `insert into audit_events (tenant_id, actor_user_id, actor_api_key_id, request_id, ip, action, entity_type, entity_id, meta)
     values ($1, $2, $3, $4, $5, $6, 'AppealCase', $7, $8)`,
    [
      tenantId,
      actor.userId,
      actor.apiKeyId,
      actor.requestId,
      actor.ip,
      actor.action,
      caseId,
      JSON.stringify({ event: event.type, transitionKey }),
    ],
  );
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
  const setStage = (extra = '', params: unknown[] = []) =>
    m.query(
      `update appeal_cases set stage = $2, version = version + 1, updated_at = now()${extra} where id = $1`,
      [caseId, toStage, ...params],
    );
  switch (event.type) {
    case 'recordsRequested':
      await setStage(', records_requested_at = $3, records_received_at = null', [event.at]);
      return;
    // The two "received" events converge on the row's own flags, whatever order they arrive in (after
    // an outage both can be queued): records and criteria both in → drafting.
    case 'recordsReceived':
      return gathered(m, caseId, 'records_received_at', 'criteria_received_at', event.at, toStage);
    case 'criteriaReceived':
      return gathered(m, caseId, 'criteria_received_at', 'records_received_at', event.at, toStage);
    case 'appealSubmitted': {
      await setStage(', submitted_at = $3, submission_channel = $4, payer_late_since = null', [
        event.at,
        event.channel,
      ]);
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
      await setStage(', outcome = $3, decided_at = $4, payer_late_since = null', [
        event.outcome,
        event.decidedOn,
      ]);
      await m.query(
        `update deadlines set status = 'met', updated_at = now() where case_id = $1 and status = 'open' and party = 'payer'`,
        [caseId],
      );
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
      await m.query(
        `update deadlines set base_due_at = coalesce(base_due_at, due_at), due_at = $2, due_text = $3, status = 'open', updated_at = now(),
           assumptions = assumptions || jsonb_build_array($4::text)
         where id = $1 and case_id = $5`,
        [
          event.deadlineId,
          dueInstant(event.newDueAt, c.time_zone),
          event.newDueAt,
          `extended: ${event.reason}`,
          caseId,
        ],
      );
      // payerLateSince follows the extended clock: late again only when the new due time passes.
      await m.query(
        `update appeal_cases c set payer_late_since = null where c.id = $1 and not exists (
           select 1 from deadlines d where d.tenant_id = c.tenant_id and d.case_id = c.id
              and d.party = 'payer' and d.status = 'missed')`,
        [caseId],
      );
      await setStage();
      return;
    case 'levelEscalated': {
      await setStage(', level = $3, level_kind = $4, outcome = null', [level, levelKind]);
      // The case took one path: the other next-level windows opened by the decision no longer apply
      // (cancelled, with the reason on the timeline); the chosen one stays open until submission.
      const keep = FILING_KIND_OF_LEVEL[levelKind] ?? null;
      const [dropped] = (await m.query(
        `update deadlines set status = 'cancelled', updated_at = now()
          where case_id = $1 and status = 'open' and party = 'member' and kind = any($2) and kind is distinct from $3
          returning id, kind, due_text`,
        [caseId, [...NEXT_LEVEL_KINDS], keep],
      )) as [Array<{ id: string; kind: string; due_text: string }>, number];
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
      await setStage(', closed_at = $3', [event.at]);
      await m.query(
        `update deadlines set status = 'cancelled', updated_at = now() where case_id = $1 and status = 'open'`,
        [caseId],
      );
      return;
  }
}

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
  const [rows] = (await m.query(
    `with before as (
       select tenant_id, id, status from deadlines
        where case_id = $1 and party = 'member' and kind = any($2)
          and (status = 'open' or (status = 'missed' and due_at >= $3::timestamptz))
        for update)
     update deadlines d set status = case when d.due_at >= $3::timestamptz then 'met' else 'missed' end, updated_at = now()
       from before b where d.tenant_id = b.tenant_id and d.id = b.id
     returning d.id, d.kind, d.status, d.due_text, b.status as was`,
    [caseId, kinds, at],
  )) as [
    Array<{ id: string; kind: string; status: string; due_text: string; was: string }>,
    number,
  ];
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
