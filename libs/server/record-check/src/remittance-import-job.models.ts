import { Field, ID, ObjectType } from '@nestjs/graphql';
import { JobProgressModel, JobStateEnum, type JobStateName } from '@claimlane/server-queue';
import { RemittanceImportSummaryModel } from './record-check.models';

@ObjectType('RemittanceImportJob', {
  description: 'A background 835 import: poll `remittanceImport(key)` until state is completed',
})
export class RemittanceImportJobModel {
  @Field({ description: 'The job key (from the file SHA-256); also `jobProgress(queue: imports)`' })
  key!: string;
  @Field(() => ID) documentId!: string;
  @Field(() => JobStateEnum) state!: JobStateName;
  @Field(() => JobProgressModel, {
    nullable: true,
    description: 'Stage "importing": bytes of the file parsed so far, of total',
  })
  progress!: JobProgressModel | null;
  @Field(() => String, { nullable: true }) errorCode!: string | null;
  @Field(() => RemittanceImportSummaryModel, {
    nullable: true,
    description: 'Set once the import completed (kept for a day)',
  })
  summary!: RemittanceImportSummaryModel | null;
}
