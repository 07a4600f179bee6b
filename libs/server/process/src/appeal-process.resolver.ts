import { Args, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  AppealCaseEntity,
  DeadlineEntity,
  NotificationEntity,
  TenantContext,
  caseLoaders,
} from '@claimlane/server-db';
import { Errors, assertUuid, type GqlContext, type RequestAuth } from '@claimlane/server-common';
import { NoMutationAudit } from '@claimlane/server-audit';
import type { EventActor } from '@claimlane/shared-contracts';
import { CurrentAuth, RequirePermission } from '@claimlane/server-auth';
import { AppealCaseModel, toDeadlineModel } from '@claimlane/server-appeals';
import {
  CaseEventInput,
  CloseCaseInput,
  EscalateLevelInput,
  ExtendDeadlineInput,
  NotificationModel,
  RecordDecisionInput,
  SubmitAppealInput,
  TimelineEventModel,
  UpcomingDeadlineModel,
} from './process.models';
import { AppealProcessService } from './appeal-process.service';
import { CurrentEventActor } from './event-actor.decorator';
import { CaseAction, availableCaseActions } from './case-actions';

const iso = (d?: Date) => (d ?? new Date()).toISOString();
const noteOf = (input: { note?: string | null }) =>
  input.note?.trim() ? { note: input.note.trim() } : {};
const text = (v: unknown) => (typeof v === 'string' && v.length ? v : null);

@Resolver(() => AppealCaseModel)
export class AppealProcessResolver {
  constructor(private readonly process: AppealProcessService) {}

  @RequirePermission('cases.transition')
  @NoMutationAudit()
  @Mutation(() => AppealCaseModel, {
    description: 'Ask the payer for the claim file, criteria and reviewer credentials',
  })
  requestRecords(
    @Args('input') input: CaseEventInput,
    @CurrentEventActor() actor: EventActor,
  ): Promise<AppealCaseEntity> {
    return this.process.apply(
      input.caseId,
      { type: 'recordsRequested', at: iso(input.at), ...noteOf(input) },
      actor,
    );
  }

  @RequirePermission('cases.transition')
  @NoMutationAudit()
  @Mutation(() => AppealCaseModel)
  markRecordsReceived(
    @Args('input') input: CaseEventInput,
    @CurrentEventActor() actor: EventActor,
  ): Promise<AppealCaseEntity> {
    return this.process.apply(
      input.caseId,
      { type: 'recordsReceived', at: iso(input.at), ...noteOf(input) },
      actor,
    );
  }

  @RequirePermission('cases.transition')
  @NoMutationAudit()
  @Mutation(() => AppealCaseModel)
  markCriteriaReceived(
    @Args('input') input: CaseEventInput,
    @CurrentEventActor() actor: EventActor,
  ): Promise<AppealCaseEntity> {
    return this.process.apply(
      input.caseId,
      { type: 'criteriaReceived', at: iso(input.at), ...noteOf(input) },
      actor,
    );
  }

  @RequirePermission('cases.transition')
  @NoMutationAudit()
  @Mutation(() => AppealCaseModel, { description: 'Starts the payer decision clock' })
  submitAppeal(
    @Args('input') input: SubmitAppealInput,
    @CurrentEventActor() actor: EventActor,
  ): Promise<AppealCaseEntity> {
    return this.process.apply(
      input.caseId,
      {
        type: 'appealSubmitted',
        at: iso(input.at),
        channel: input.channel,
        ...(input.proof ? { proof: input.proof } : {}),
        ...noteOf(input),
      },
      actor,
    );
  }

  @RequirePermission('cases.transition')
  @NoMutationAudit()
  @Mutation(() => AppealCaseModel)
  recordDecision(
    @Args('input') input: RecordDecisionInput,
    @CurrentEventActor() actor: EventActor,
  ): Promise<AppealCaseEntity> {
    return this.process.apply(
      input.caseId,
      {
        type: 'decisionReceived',
        outcome: input.outcome,
        decidedOn: input.decidedOn,
        ...noteOf(input),
      },
      actor,
    );
  }

  @RequirePermission('cases.transition')
  @NoMutationAudit()
  @Mutation(() => AppealCaseModel)
  extendDeadline(
    @Args('input') input: ExtendDeadlineInput,
    @CurrentEventActor() actor: EventActor,
  ): Promise<AppealCaseEntity> {
    return this.process.apply(
      input.caseId,
      {
        type: 'deadlineExtended',
        deadlineId: assertUuid(input.deadlineId, 'deadlineId'),
        newDueAt: input.newDueAt.toISOString(),
        reason: input.reason,
      },
      actor,
    );
  }

  @RequirePermission('cases.transition')
  @NoMutationAudit()
  @Mutation(() => AppealCaseModel, {
    description: 'Move to the next level (second internal, external review, fair hearing, ALJ)',
  })
  escalateLevel(
    @Args('input') input: EscalateLevelInput,
    @CurrentEventActor() actor: EventActor,
  ): Promise<AppealCaseEntity> {
    return this.process.apply(
      input.caseId,
      {
        type: 'levelEscalated',
        levelKind: input.levelKind,
        at: iso(),
      },
      actor,
      { amountInControversyMet: input.amountInControversyMet === true },
    );
  }

  @RequirePermission('cases.transition')
  @NoMutationAudit()
  @Mutation(() => AppealCaseModel)
  closeCase(
    @Args('input') input: CloseCaseInput,
    @CurrentEventActor() actor: EventActor,
  ): Promise<AppealCaseEntity> {
    return this.process.apply(
      input.caseId,
      {
        type: 'caseClosed',
        at: iso(),
        reason: input.reason,
      },
      actor,
    );
  }

  // A plain GraphQL resolver (no param decorators, see app.module): the role comes from the context.
  @ResolveField(() => [CaseAction], {
    description:
      'The stage mutations the caller may run now: the stage machine for this case and the caller role',
  })
  availableActions(c: AppealCaseEntity, _args: unknown, ctx: GqlContext): CaseAction[] {
    return availableCaseActions(c, ctx.req.auth?.role ?? null);
  }

  @ResolveField(() => [TimelineEventModel], {
    description: 'Everything that happened to the case, oldest first',
  })
  async timeline(c: AppealCaseEntity): Promise<TimelineEventModel[]> {
    const rows = await caseLoaders().timelineByCase.load(c.id);
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      stage: r.stage,
      summary: r.summary,
      note: text(r.data?.['note']),
      proof: text(r.data?.['proof']),
      occurredAt: r.occurredAt,
      recordedAt: r.recordedAt,
    }));
  }
}

/** A dashboard list, not an export: the worklist's connection pages through everything else. */
const UPCOMING_DEFAULT = 100;
const UPCOMING_MAX = 500;

@Resolver()
export class WorklistResolver {
  @RequirePermission('cases.read')
  @Query(() => [UpcomingDeadlineModel], {
    description: 'Open deadlines due within the next N days, soonest first (at most `first`)',
  })
  async upcomingDeadlines(
    @Args('withinDays', { type: () => Int }) withinDays: number,
    @Args('first', {
      type: () => Int,
      defaultValue: UPCOMING_DEFAULT,
      description: `How many, 1–${UPCOMING_MAX} (default ${UPCOMING_DEFAULT})`,
    })
    first: number,
  ): Promise<UpcomingDeadlineModel[]> {
    if (!Number.isInteger(withinDays) || withinDays < 0 || withinDays > 3650)
      throw Errors.badInput('withinDays must be between 0 and 3650', { field: 'withinDays' });
    if (!Number.isInteger(first) || first < 1 || first > UPCOMING_MAX)
      throw Errors.badInput(`first must be between 1 and ${UPCOMING_MAX}`, { field: 'first' });
    const m = TenantContext.manager();
    const deadlines = await m
      .getRepository(DeadlineEntity)
      .createQueryBuilder('d')
      .where(`d.status = 'open' and d.due_at <= now() + make_interval(days => :n)`, {
        n: withinDays,
      })
      .orderBy('d.due_at', 'ASC')
      .addOrderBy('d.id', 'ASC')
      .limit(first)
      .getMany();
    const cases = deadlines.length
      ? await m
          .getRepository(AppealCaseEntity)
          .createQueryBuilder('c')
          .where('c.id in (:...ids)', { ids: [...new Set(deadlines.map((d) => d.caseId))] })
          .getMany()
      : [];
    const byId = new Map(cases.map((c) => [c.id, c]));
    // Nested fields (claim, patient, …) then batch through the operation's loaders.
    const loaders = caseLoaders();
    for (const c of cases) loaders.appealCase.prime(c.id, c);
    return deadlines
      .filter((d) => byId.has(d.caseId))
      .map((d) => ({ deadline: toDeadlineModel(d), appealCase: byId.get(d.caseId)! }));
  }

  @RequirePermission('cases.read')
  @Query(() => [AppealCaseModel], {
    description: 'Cases whose payer missed its decision deadline (deemed-exhaustion candidates)',
  })
  payerLate(): Promise<AppealCaseEntity[]> {
    return TenantContext.manager()
      .getRepository(AppealCaseEntity)
      .createQueryBuilder('c')
      .where(`c.payer_late_since is not null and c.stage in ('submitted', 'awaiting_decision')`)
      .orderBy('c.payer_late_since', 'ASC')
      .limit(500)
      .getMany();
  }

  @RequirePermission('notifications.read')
  @Query(() => [NotificationModel], {
    description: "The caller's in-app notifications in the active workspace, newest first",
  })
  async notifications(
    @CurrentAuth() auth: RequestAuth,
    @Args('unreadOnly', { nullable: true, defaultValue: false }) unreadOnly: boolean,
  ): Promise<NotificationModel[]> {
    if (!auth.userId) return [];
    const qb = TenantContext.manager()
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .where('n.user_id = :u', { u: auth.userId });
    if (unreadOnly) qb.andWhere('n.read_at is null');
    return qb.orderBy('n.created_at', 'DESC').limit(200).getMany();
  }

  @RequirePermission('notifications.read')
  @Mutation(() => NotificationModel)
  async markNotificationRead(
    @Args('id', { type: () => ID }) id: string,
    @CurrentAuth() auth: RequestAuth,
  ): Promise<NotificationModel> {
    const repo = TenantContext.manager().getRepository(NotificationEntity);
    const n = await repo.findOneBy({
      id: assertUuid(id),
      userId: auth.userId ?? '00000000-0000-0000-0000-000000000000',
    });
    if (!n) throw Errors.notFound('Notification');
    n.readAt ??= new Date();
    return repo.save(n);
  }
}
