import { Inject, Injectable, Optional } from '@nestjs/common';
import type { AppealEvent } from '@claimlane/shared-contracts';
import { checkTransition } from '@claimlane/domain-appeal-process';
import { AppealCaseEntity, TenantContext } from '@claimlane/server-db';
import { AppError, Errors, assertUuid } from '@claimlane/server-common';
import {
  APPEAL_WORKFLOWS,
  TransitionRejectedError,
  type AppealWorkflowClient,
} from '@claimlane/workflows-client';

/**
 * Moves a case through its stages. The stage machine is checked here first (so an event that does not
 * fit answers CONFLICT without touching anything), then the workflow applies it as a validated update
 * and its activity writes Postgres before the mutation returns.
 */
@Injectable()
export class AppealProcessService {
  constructor(
    @Optional() @Inject(APPEAL_WORKFLOWS) private readonly workflows: AppealWorkflowClient | null,
  ) {}

  async apply(caseId: string, event: AppealEvent): Promise<AppealCaseEntity> {
    const id = assertUuid(caseId, 'caseId');
    const m = TenantContext.manager();
    const c = await m.getRepository(AppealCaseEntity).findOneBy({ id });
    if (!c) throw Errors.notFound('Appeal case');
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
    if (event.type === 'deadlineExtended') {
      const rows: unknown[] = await m.query(
        `select 1 from deadlines where id = $1 and case_id = $2 and status <> 'cancelled'`,
        [assertUuid(event.deadlineId, 'deadlineId'), id],
      );
      if (!rows.length) throw Errors.notFound('Deadline');
    }
    if (!this.workflows) {
      throw new AppError(
        'SERVICE_UNAVAILABLE',
        'The appeal process engine (Temporal) is not configured on this server',
      );
    }
    const tenantId = TenantContext.tenantId();
    // Cases created before Temporal was configured get their workflow on first use.
    await this.workflows.start(tenantId, id);
    try {
      await this.workflows.transition(tenantId, id, event);
    } catch (e) {
      if (e instanceof TransitionRejectedError)
        throw Errors.conflict(e.message, { stage: c.stage });
      throw e;
    }
    const fresh = await m.getRepository(AppealCaseEntity).findOneBy({ id });
    if (!fresh) throw Errors.notFound('Appeal case');
    return fresh;
  }
}
