import { Args, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  TenantContext,
  caseLoaders,
  denialAnalysis,
  type ClaimEntity,
  type DenialEntity,
  type PatientEntity,
} from '@claimlane/server-db';
import {
  Connection,
  Errors,
  GraphQLJSON,
  connectionComplexity,
  type ConnectionShape,
  type GqlContext,
} from '@claimlane/server-common';
import { RequirePermission, roleAllows } from '@claimlane/server-auth';
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
  @Query(() => DenialConnection, { complexity: connectionComplexity })
  denials(
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<ConnectionShape<DenialEntity>> {
    return this.cases.listDenials(first, after);
  }

  @RequirePermission('cases.read')
  @Query(() => DenialModel)
  denial(@Args('id', { type: () => ID }) id: string): Promise<DenialEntity> {
    return this.cases.getDenial(id);
  }

  @RequirePermission('cases.update')
  @Mutation(() => DenialModel)
  updateDenial(@Args('input') input: UpdateDenialInput): Promise<DenialEntity> {
    return this.cases.updateDenial(input);
  }

  @ResolveField(() => ClaimModel, { nullable: true })
  claim(d: DenialEntity): ClaimEntity | Promise<ClaimEntity | null> | null {
    return d.claimId ? caseLoaders().claim.get(d.claimId) : null;
  }

  /**
   * The letter as stored, for highlighting the Record Check spans. Checked here too (not only by the
   * root field): a denial is reachable from several roots, and the full text is the most sensitive
   * part of it. Each denial whose text is read gets its own audit row.
   */
  @ResolveField(() => String, {
    nullable: true,
    description: 'The stored denial letter text (PHI: every read audited); null when none was kept',
  })
  letterText(
    d: DenialEntity,
    _args: unknown,
    ctx: GqlContext,
  ): string | null | Promise<string | null> {
    const role = ctx.req.auth?.role;
    if (!role || !roleAllows(role, 'cases.read')) throw Errors.forbidden();
    TenantContext.operation()?.entries.push({
      action: 'readDenialLetterText',
      entityType: 'Denial',
      entityId: d.id,
    });
    return caseLoaders().letterTextByDenial.get(d.id);
  }

  /** A worklist page leaves the document out unless selected; this field reads it either way. */
  @ResolveField(() => GraphQLJSON, {
    nullable: true,
    description: 'The Record Check analysis document',
  })
  analysis(
    d: DenialEntity,
  ): Record<string, unknown> | null | Promise<Record<string, unknown> | null> {
    return denialAnalysis(d);
  }

  @ResolveField(() => [FindingModel])
  async findings(d: DenialEntity): Promise<FindingModel[]> {
    return (await this.cases.findings(d.id)).map(toFindingModel);
  }
}

@Resolver(() => ClaimModel)
export class ClaimResolver {
  @ResolveField(() => PatientModel, { nullable: true })
  patient(c: ClaimEntity): PatientEntity | Promise<PatientEntity | null> | null {
    return c.patientId ? caseLoaders().patient.get(c.patientId) : null;
  }
}
