import { ResolveField, Resolver } from '@nestjs/graphql';
import { DenialModel } from '@claimlane/server-appeals';
import { denialAnalysis, thenOrNow, type DenialEntity } from '@claimlane/server-db';
import type { RecordCheckResult } from '@claimlane/domain-denial-analysis';
import { RecordCheckResultModel, toRecordCheckResultModel } from './record-check-result.models';

/** The stored analysis of a checked letter, typed; from the denial row, or batched when a page left it out. */
@Resolver(() => DenialModel)
export class DenialRecordCheckResolver {
  @ResolveField(() => RecordCheckResultModel, {
    nullable: true,
    description: 'The Record Check of the letter, typed (null for a denial without a letter)',
  })
  recordCheck(
    d: DenialEntity,
  ): RecordCheckResultModel | null | Promise<RecordCheckResultModel | null> {
    return thenOrNow(denialAnalysis(d), (a) =>
      a ? toRecordCheckResultModel(a as unknown as RecordCheckResult) : null,
    );
  }
}
