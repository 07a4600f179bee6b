import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  ClaimEntity,
  DenialEntity,
  PayerEntity,
  TenantContext,
  UserEntity,
  type AppealCaseEntity,
} from '@claimlane/server-db';
import {
  Connection,
  assertUuid,
  type ConnectionShape,
  type RequestAuth,
  connectionComplexity,
} from '@claimlane/server-common';
import { CurrentAuth, RequirePermission, UserModel } from '@claimlane/server-auth';
import { AuditRead } from '@claimlane/server-audit';
import {
  AppealCaseFilter,
  AppealCaseModel,
  AppealCaseOrder,
  ClaimModel,
  CreateAppealCaseInput,
  DeadlineModel,
  DenialModel,
  FindingModel,
  PayerModel,
  UpdateAppealCaseInput,
} from './appeals.models';
import { AppealCaseService } from './appeal-case.service';
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
  @AuditRead('AppealCase', 'appealCase.list')
  @Query(() => AppealCaseConnection, {
    complexity: connectionComplexity,
    description: 'The worklist; sorted by next deadline unless orderBy says otherwise',
  })
  appealCases(
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
    @Args('filter', { type: () => AppealCaseFilter, nullable: true }) filter?: AppealCaseFilter,
    @Args('orderBy', { type: () => AppealCaseOrder, nullable: true }) orderBy?: AppealCaseOrder,
  ): Promise<ConnectionShape<AppealCaseEntity>> {
    return this.cases.list(filter, orderBy, first, after);
  }

  @RequirePermission('cases.read')
  @AuditRead('AppealCase')
  @Query(() => AppealCaseModel)
  appealCase(@Args('id', { type: () => ID }) id: string): Promise<AppealCaseEntity> {
    return this.cases.get(id);
  }

  @RequirePermission('cases.update')
  @Mutation(() => AppealCaseModel)
  updateAppealCase(@Args('input') input: UpdateAppealCaseInput): Promise<AppealCaseEntity> {
    return this.cases.update(input);
  }

  @RequirePermission('cases.delete')
  @Mutation(() => Boolean)
  deleteAppealCase(@Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.cases.delete(assertUuid(id));
  }

  @AuditRead('Denial')
  @ResolveField(() => DenialModel)
  denial(@Parent() c: AppealCaseEntity): Promise<DenialEntity> {
    return TenantContext.manager().getRepository(DenialEntity).findOneByOrFail({ id: c.denialId });
  }

  @AuditRead('Claim')
  @ResolveField(() => ClaimModel, { nullable: true })
  async claim(@Parent() c: AppealCaseEntity): Promise<ClaimEntity | null> {
    return c.claimId
      ? TenantContext.manager().getRepository(ClaimEntity).findOneBy({ id: c.claimId })
      : null;
  }

  @ResolveField(() => PayerModel, { nullable: true })
  async payer(@Parent() c: AppealCaseEntity): Promise<PayerEntity | null> {
    return c.payerId
      ? TenantContext.manager().getRepository(PayerEntity).findOneBy({ id: c.payerId })
      : null;
  }

  @ResolveField(() => UserModel, { nullable: true })
  async assignee(@Parent() c: AppealCaseEntity): Promise<UserEntity | null> {
    return c.assigneeUserId
      ? TenantContext.manager().getRepository(UserEntity).findOneBy({ id: c.assigneeUserId })
      : null;
  }

  @ResolveField(() => [FindingModel], { description: "The denial's procedural findings" })
  async findings(@Parent() c: AppealCaseEntity): Promise<FindingModel[]> {
    return (await this.cases.findings(c.denialId)).map(toFindingModel);
  }

  @ResolveField(() => [DeadlineModel])
  async deadlines(@Parent() c: AppealCaseEntity): Promise<DeadlineModel[]> {
    return (await this.cases.deadlines(c.id)).map(toDeadlineModel);
  }
}
