import { Inject, Injectable, Optional } from '@nestjs/common';
import type { AppealEvent, EventActor } from '@claimlane/shared-contracts';
import {
  DEFAULT_TIME_ZONE,
  checkHappenedDate,
  checkTransition,
  eventDate,
} from '@claimlane/domain-appeal-process';
import { APP_CONFIG, type AppConfig } from '@claimlane/server-config';
import { AppealCaseEntity, TenantContext } from '@claimlane/server-db';
import { allowedExtension } from './deadline-extension';
import { assertNextLevel } from './next-level';
import { AppError, Errors, assertUuid } from '@claimlane/server-common';
import {
  APPEAL_WORKFLOWS,
  TransitionFailedError,
  TransitionRejectedError,
  WorkflowUnavailableError,
  type AppealWorkflowClient,
} from '@claimlane/workflows-client';

/**
 * Moves a case through its stages. The stage machine is checked here first, inside the operation's
 * transaction (an event that does not fit answers CONFLICT without touching anything); then the
 * transaction is committed and the workflow update is awaited OUTSIDE any transaction, with a deadline
 * (WORKFLOW_UNAVAILABLE past it). The update carries the actor, and the activity that applies it writes
 * the audit row in its own transaction, so a transition applied after the caller gave up is still
 * audited and a transition is never audited without being applied.
 */
@Injectable()
export class AppealProcessService {
  constructor(
    @Optional() @Inject(APPEAL_WORKFLOWS) private readonly workflows: AppealWorkflowClient | null,
    @Optional() @Inject(APP_CONFIG) private readonly config: AppConfig | null = null,
  ) {}

  async apply(
    caseId: string,
    input: AppealEvent,
    actor?: EventActor,
    facts: { amountInControversyMet?: boolean } = {},
  ): Promise<AppealCaseEntity> {
    const id = assertUuid(caseId, 'caseId');
    let event = input;
    const c = await this.load(id);
    const check = checkTransition(
      {
        stage: c.stage,
        level: c.level,
        levelKind: c.levelKind,
        recordsRequested: c.recordsRequestedAt !== null,
        recordsReceived: c.recordsReceivedAt !== null,
        criteriaReceived: c.criteriaReceivedAt !== null,
      },
      event,
    );
    if (!check.ok) throw Errors.conflict(check.reason, { stage: c.stage });
    await this.assertPlausibleDate(id, event);
    if (event.type === 'levelEscalated') await assertNextLevel(c, event.levelKind, facts);
    if (event.type === 'deadlineExtended') {
      const allowed = await allowedExtension(
        TenantContext.manager(),
        id,
        assertUuid(event.deadlineId, 'deadlineId'),
      );
      const wanted = new Date(event.newDueAt);
      if (wanted.getTime() <= allowed.currentDueAt.getTime())
        throw Errors.badInput('An extension must move the deadline later', {
          reason: 'EXTENSION_NOT_LATER',
        });
      if (wanted.getTime() > allowed.maxDueAt.getTime())
        throw Errors.badInput(
          `The rule allows at most ${allowed.days} more days (${allowed.citation}): until ${allowed.maxDueAt.toISOString()}`,
          {
            reason: 'EXTENSION_TOO_LONG',
            maxDueAt: allowed.maxDueAt.toISOString(),
            citation: allowed.citation,
          },
        );
      event = { ...event, reason: `${event.reason} [${allowed.citation}]` };
    }
    const workflows = this.workflows;
    if (!workflows) {
      throw new AppError(
        'SERVICE_UNAVAILABLE',
        'The appeal process engine (Temporal) is not configured on this server',
      );
    }
    const tenantId = TenantContext.tenantId();
    const timeoutMs = this.config?.WORKFLOW_UPDATE_TIMEOUT_MS ?? 15_000;
    const update = async () => {
      // Cases created before Temporal was configured get their workflow on first use.
      await workflows.ensureStarted(tenantId, id, timeoutMs);
      await workflows.transition(tenantId, id, actor ? { ...event, actor } : event, timeoutMs);
    };
    const op = TenantContext.operation();
    try {
      await (op ? op.outsideTransaction(update) : update());
    } catch (e) {
      if (e instanceof TransitionRejectedError)
        throw Errors.conflict(e.message, { stage: c.stage });
      if (e instanceof WorkflowUnavailableError)
        throw new AppError(
          'WORKFLOW_UNAVAILABLE',
          e.mayApplyLater
            ? 'The appeal process engine did not answer in time. Nothing is lost: the change is applied when it answers; check the case before retrying.'
            : 'The appeal process engine is busy and did not take the change. Nothing changed: try again in a moment.',
          { retryable: true },
        );
      if (e instanceof TransitionFailedError)
        throw Errors.badInput('The change could not be saved for this case', {
          reason: e.failureType ?? 'TRANSITION_FAILED',
        });
      throw e;
    }
    return this.load(id);
  }

  /**
   * The date the user gives is the truth (a fax sent last week is recorded today), but it must lie
   * between the denial and now: a submission "next year" would turn a late appeal into a met one.
   */
  private async assertPlausibleDate(caseId: string, event: AppealEvent): Promise<void> {
    const given = eventDate(event);
    if (!given) return;
    const [row]: Array<{ notice_date: string | null; time_zone: string | null }> =
      await TenantContext.manager().query(
        `select d.notice_date::text as notice_date, t.time_zone
           from appeal_cases c
           join denials d on d.tenant_id = c.tenant_id and d.id = c.denial_id
           join tenants t on t.id = c.tenant_id
          where c.id = $1`,
        [caseId],
      );
    const problem = checkHappenedDate(given.field, given.value, {
      now: new Date(),
      noticeDate: row?.notice_date ?? null,
      timeZone: row?.time_zone ?? DEFAULT_TIME_ZONE,
    });
    if (problem)
      throw Errors.badInput(problem.message, { reason: problem.reason, field: problem.field });
  }

  private async load(id: string): Promise<AppealCaseEntity> {
    const c = await TenantContext.manager().getRepository(AppealCaseEntity).findOneBy({ id });
    if (!c) throw Errors.notFound('Appeal case');
    return c;
  }
}
