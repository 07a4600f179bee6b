import { Args, ID, Info, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import {
  TenantContext,
  caseLoaders,
  thenOrNow,
  type AppealCaseEntity,
  type CaseRelation,
  type ClaimEntity,
  type DenialEntity,
  type PayerEntity,
  type UserEntity,
} from '@claimlane/server-db';
import {
  Connection,
  assertUuid,
  type ConnectionShape,
  type RequestAuth,
  connectionComplexity,
  selectedFields,
} from '@claimlane/server-common';
import { CurrentAuth, RequirePermission, UserModel } from '@claimlane/server-auth';
import {
  AppealCaseFilter,
  AppealCaseModel,
  AppealCaseOrder,
  ClaimModel,
  CreateAppealCaseInput,
  DeadlineModel,
  DuplicateCandidateModel,
  DenialModel,
  FindingModel,
  PayerModel,
  UpdateAppealCaseInput,
} from './appeals.models';
import { AppealCaseService } from './appeal-case.service';
import { BULK_ASSIGN_MAX, bulkAssignCases } from './bulk-assign';
import { WorklistStatsModel, worklistStats } from './worklist-stats';
import { NoMutationAudit } from '@claimlane/server-audit';
import { toDeadlineModel, toFindingModel } from './deadline.mapper';

const AppealCaseConnection = Connection(AppealCaseModel, 'AppealCase');

@Resolver(() => AppealCaseModel)
export class AppealCaseResolver {
  constructor(private readonly cases: AppealCaseService) {}

  @RequirePermission('cases.create')
  @Mutation(() => AppealCaseModel)
  createAppealCase(
    @Args('input') input: CreateAppealCaseInput,
    @CurrentAuth() auth: RequestAuth,
  ): Promise<AppealCaseEntity> {
    return this.cases.createFromInput(auth, input);
  }

  @RequirePermission('cases.read')
  @Query(() => AppealCaseConnection, {
    complexity: connectionComplexity,
    description: 'The worklist; sorted by next deadline unless orderBy says otherwise',
  })
  appealCases(
    @CurrentAuth() auth: RequestAuth,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
    @Args('filter', { type: () => AppealCaseFilter, nullable: true }) filter?: AppealCaseFilter,
    @Args('orderBy', { type: () => AppealCaseOrder, nullable: true }) orderBy?: AppealCaseOrder,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<ConnectionShape<AppealCaseEntity>> {
    const wants = info ? pageWants(info) : {};
    if (filter?.search?.trim()) auditSearch();
    return this.cases.list(auth.userId, filter, orderBy, first, after, wants);
  }

  @RequirePermission('cases.read')
  @Query(() => WorklistStatsModel, {
    description: "The worklist's stat cards over the cases the filter selects, in one statement",
  })
  worklistStats(
    @CurrentAuth() auth: RequestAuth,
    @Args('filter', { type: () => AppealCaseFilter, nullable: true }) filter?: AppealCaseFilter,
  ): Promise<WorklistStatsModel> {
    if (filter?.search?.trim()) auditSearch();
    return worklistStats(TenantContext.manager(), filter, auth.userId);
  }

  @RequirePermission('cases.update')
  @NoMutationAudit()
  @Mutation(() => [AppealCaseModel], {
    description: `Assign up to ${BULK_ASSIGN_MAX} cases at once (assigneeId null unassigns); all or nothing`,
  })
  bulkAssignCases(
    @Args('ids', { type: () => [ID] }) ids: string[],
    @Args('assigneeId', { type: () => ID, nullable: true }) assigneeId?: string | null,
  ): Promise<AppealCaseEntity[]> {
    return bulkAssignCases(TenantContext.manager(), ids, assigneeId ?? null);
  }

  @RequirePermission('cases.read')
  @Query(() => AppealCaseModel)
  appealCase(
    @Args('id', { type: () => ID }) id: string,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<AppealCaseEntity> {
    return info ? this.cases.getWith(id, relationsIn(info, [])) : this.cases.get(id);
  }

  @RequirePermission('cases.update')
  @Mutation(() => AppealCaseModel)
  updateAppealCase(@Args('input') input: UpdateAppealCaseInput): Promise<AppealCaseEntity> {
    return this.cases.update(input);
  }

  @RequirePermission('cases.read')
  @Query(() => [DuplicateCandidateModel], {
    description:
      'Denials and cases that look like this case (same letter, claim, member and dates)',
  })
  possibleDuplicates(
    @Args('caseId', { type: () => ID }) caseId: string,
  ): Promise<DuplicateCandidateModel[]> {
    return this.cases.possibleDuplicates(assertUuid(caseId, 'caseId'));
  }

  @RequirePermission('cases.delete')
  @Mutation(() => Boolean)
  deleteAppealCase(@Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.cases.delete(assertUuid(id));
  }

  @ResolveField(() => DenialModel)
  denial(c: AppealCaseEntity): DenialEntity | Promise<DenialEntity> {
    return thenOrNow(caseLoaders().denial.get(c.denialId), (d) => {
      if (!d) throw new Error('appeal case without its denial');
      return d;
    });
  }

  @ResolveField(() => ClaimModel, { nullable: true })
  claim(c: AppealCaseEntity): ClaimEntity | Promise<ClaimEntity | null> | null {
    return c.claimId ? caseLoaders().claim.get(c.claimId) : null;
  }

  @ResolveField(() => PayerModel, { nullable: true })
  payer(c: AppealCaseEntity): PayerEntity | Promise<PayerEntity | null> | null {
    return c.payerId ? caseLoaders().payer.get(c.payerId) : null;
  }

  @ResolveField(() => UserModel, { nullable: true })
  assignee(c: AppealCaseEntity): UserEntity | Promise<UserEntity | null> | null {
    return c.assigneeUserId ? caseLoaders().user.get(c.assigneeUserId) : null;
  }

  @ResolveField(() => [FindingModel], { description: "The denial's procedural findings" })
  findings(c: AppealCaseEntity): FindingModel[] | Promise<FindingModel[]> {
    return thenOrNow(caseLoaders().findingsByDenial.get(c.denialId), (l) => l.map(toFindingModel));
  }

  @ResolveField(() => [DeadlineModel])
  deadlines(c: AppealCaseEntity): DeadlineModel[] | Promise<DeadlineModel[]> {
    return thenOrNow(caseLoaders().deadlinesByCase.get(c.id), (l) => l.map(toDeadlineModel));
  }
}

/**
 * A search term can name a patient, so even a search that finds nothing is a PHI access: it gets its
 * own audit row (without the term) next to the rows of the cases it returned.
 */
function auditSearch(): void {
  TenantContext.operation()?.entries.push({
    action: 'searchAppealCases',
    entityType: 'AppealCase',
    entityId: null,
  });
}

const NODE = ['edges', 'node'];

/** What the worklist's nested fields will ask for, fetched with the page in one statement. */
function pageWants(info: GraphQLResolveInfo): {
  include: Set<CaseRelation>;
  totalCount: boolean;
} {
  return { include: relationsIn(info, NODE), totalCount: selectedFields(info).has('totalCount') };
}

/** The case relations selected at `path` (the case object itself) of this field's selection. */
function relationsIn(info: GraphQLResolveInfo, path: string[]): Set<CaseRelation> {
  const node = selectedFields(info, path);
  const include = new Set<CaseRelation>();
  for (const r of ['denial', 'payer', 'assignee', 'deadlines'] as const)
    if (node.has(r)) include.add(r);
  if (node.has('denial')) {
    const denial = selectedFields(info, [...path, 'denial']);
    if (denial.has('analysis') || denial.has('recordCheck')) include.add('denialAnalysis');
  }
  if (node.has('claim')) {
    include.add('claim');
    if (selectedFields(info, [...path, 'claim']).has('patient')) include.add('patient');
  }
  return include;
}
