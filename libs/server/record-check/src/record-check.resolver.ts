import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AppealCaseModel, DenialModel } from '@claimlane/server-appeals';
import { CurrentAuth, Public, RequirePermission } from '@claimlane/server-auth';
import { GraphQLJSON, type GqlContext, type RequestAuth } from '@claimlane/server-common';
import type { AppealCaseEntity, DenialEntity } from '@claimlane/server-db';
import type { RecordCheckResult } from '@claimlane/domain-denial-analysis';
import { CreateCaseFromDenialInput, KnownFactsInput } from './record-check.models';
import { RecordCheckResultModel, toRecordCheckResultModel } from './record-check-result.models';
import { RecordCheckService } from './record-check.service';

@Resolver()
export class RecordCheckResolver {
  constructor(private readonly checks: RecordCheckService) {}

  @Public()
  @Query(() => GraphQLJSON, {
    description:
      'The free Record Check: classification, disclosures, findings, deadlines and the next written question. No login; rate-limited per IP; nothing is stored.',
  })
  recordCheck(
    @Args('text') text: string,
    @Context() ctx: GqlContext,
    @Args('facts', { type: () => KnownFactsInput, nullable: true }) facts?: KnownFactsInput,
  ): Promise<RecordCheckResult> {
    return this.checks.publicCheck(text, facts, ctx.req.ip ?? 'unknown');
  }

  @Public()
  @Query(() => RecordCheckResultModel, {
    description:
      'The free Record Check with typed document kind, needs_date deadlines and questions for the user (the whole document in `analysis`). Same limits as recordCheck: no login, rate-limited per IP, nothing stored.',
  })
  async recordCheckResult(
    @Args('text') text: string,
    @Context() ctx: GqlContext,
    @Args('facts', { type: () => KnownFactsInput, nullable: true }) facts?: KnownFactsInput,
  ): Promise<RecordCheckResultModel> {
    return toRecordCheckResultModel(
      await this.checks.publicCheck(text, facts, ctx.req.ip ?? 'unknown'),
    );
  }

  @RequirePermission('denials.analyze')
  @Mutation(() => AppealCaseModel, {
    description: 'Analyse a letter and open a case with its denial, findings and deadlines',
  })
  createCaseFromDenial(
    @Args('input') input: CreateCaseFromDenialInput,
    @CurrentAuth() auth: RequestAuth,
  ): Promise<AppealCaseEntity> {
    return this.checks.createCase(auth, input);
  }

  @RequirePermission('denials.analyze')
  @Mutation(() => DenialModel, {
    description: 'Run the current engine again over the stored letter',
  })
  reanalyzeDenial(@Args('id', { type: () => ID }) id: string): Promise<DenialEntity> {
    return this.checks.reanalyze(id);
  }
}
