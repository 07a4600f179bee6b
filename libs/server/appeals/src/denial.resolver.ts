import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ClaimEntity, PatientEntity, TenantContext, type DenialEntity } from '@claimlane/server-db';
import { Connection, connectionComplexity, type ConnectionShape } from '@claimlane/server-common';
import { RequirePermission } from '@claimlane/server-auth';
import { AuditRead } from '@claimlane/server-audit';
import {
  ClaimModel,
  DenialModel,
  FindingModel,
  PatientModel,
  UpdateDenialInput,
} from './appeals.models';
import { AppealCaseService } from './appeal-case.service';
import { toFindingModel } from './deadline.mapper';

const DenialConnection = Connection(DenialModel, 'Denial');

@Resolver(() => DenialModel)
export class DenialResolver {
  constructor(private readonly cases: AppealCaseService) {}

  @RequirePermission('cases.read')
  @AuditRead('Denial', 'denial.list')
  @Query(() => DenialConnection, { complexity: connectionComplexity })
  denials(
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<ConnectionShape<DenialEntity>> {
    return this.cases.listDenials(first, after);
  }

  @RequirePermission('cases.read')
  @AuditRead('Denial')
  @Query(() => DenialModel)
  denial(@Args('id', { type: () => ID }) id: string): Promise<DenialEntity> {
    return this.cases.getDenial(id);
  }

  @RequirePermission('cases.update')
  @Mutation(() => DenialModel)
  updateDenial(@Args('input') input: UpdateDenialInput): Promise<DenialEntity> {
    return this.cases.updateDenial(input);
  }

  @AuditRead('Claim')
  @ResolveField(() => ClaimModel, { nullable: true })
  async claim(@Parent() d: DenialEntity): Promise<ClaimEntity | null> {
    return d.claimId
      ? TenantContext.manager().getRepository(ClaimEntity).findOneBy({ id: d.claimId })
      : null;
  }

  @ResolveField(() => [FindingModel])
  async findings(@Parent() d: DenialEntity): Promise<FindingModel[]> {
    return (await this.cases.findings(d.id)).map(toFindingModel);
  }
}

@Resolver(() => ClaimModel)
export class ClaimResolver {
  @AuditRead('Patient')
  @ResolveField(() => PatientModel, { nullable: true })
  async patient(@Parent() c: ClaimEntity): Promise<PatientEntity | null> {
    return c.patientId
      ? TenantContext.manager().getRepository(PatientEntity).findOneBy({ id: c.patientId })
      : null;
  }
}
