import { ResolveField, Resolver } from '@nestjs/graphql';
import { DenialModel } from '@claimlane/server-appeals';
import type { DenialEntity } from '@claimlane/server-db';
import type { RecordCheckResult } from '@claimlane/domain-denial-analysis';
import { RecordCheckResultModel, toRecordCheckResultModel } from './record-check-result.models';

/** The stored analysis of a checked letter, typed; read from the denial row already loaded. */
@Resolver(() => DenialModel)
export class DenialRecordCheckResolver {
  @ResolveField(() => RecordCheckResultModel, {
    nullable: true,
    description: 'The Record Check of the letter, typed (null for a denial without a letter)',
  })
  recordCheck(d: DenialEntity): RecordCheckResultModel | null {
    return d.analysis ? toRecordCheckResultModel(d.analysis as unknown as RecordCheckResult) : null;
  }
}
