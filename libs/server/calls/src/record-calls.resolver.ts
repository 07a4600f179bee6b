import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { jobIdFor } from '@claimlane/shared-contracts';
import { TenantContext } from '@claimlane/server-db';
import type { RequestAuth } from '@claimlane/server-common';
import { CurrentAuth, RequirePermission } from '@claimlane/server-auth';
import {
  AddPayerPhoneInput,
  PayerPhoneModel,
  RecordCallModel,
  TranscriptTurnModel,
} from './record-calls.models';
import { PayerPhonesService } from './payer-phones.service';
import { RecordCallService } from './record-call.service';
import type { RecordCallRow } from './record-calls.repository';

function toModel(row: RecordCallRow): RecordCallModel {
  return {
    ...row,
    transcript:
      row.transcriptRedacted?.map((t) => ({ ...t, interrupted: !!t.interrupted })) ?? null,
    summary: row.summary as RecordCallModel['summary'],
    jobId: jobIdFor({ tenantId: TenantContext.tenantId(), idempotencyKey: row.id }),
  };
}

/** Root fields only: each calls a service that works in the operation's transaction. */
@Resolver(() => RecordCallModel)
export class RecordCallsResolver {
  constructor(
    private readonly calls: RecordCallService,
    private readonly phones: PayerPhonesService,
  ) {}

  @RequirePermission('calls.request')
  @Mutation(() => RecordCallModel, {
    description:
      'Queues an AI Record Call to a payer line on file; it opens by disclosing the AI assistant and the recording',
  })
  async requestRecordCall(
    @Args('caseId', { type: () => ID }) caseId: string,
    @Args('payerPhoneId', { type: () => ID }) payerPhoneId: string,
    @CurrentAuth() auth: RequestAuth,
  ): Promise<RecordCallModel> {
    return toModel(await this.calls.request(auth, caseId, payerPhoneId));
  }

  @RequirePermission('calls.read')
  @Query(() => RecordCallModel)
  async recordCall(@Args('id', { type: () => ID }) id: string): Promise<RecordCallModel> {
    return toModel(await this.calls.get(id));
  }

  @RequirePermission('calls.read')
  @Query(() => [RecordCallModel], { description: 'The calls of a case, newest first' })
  async recordCalls(
    @Args('caseId', { type: () => ID }) caseId: string,
  ): Promise<RecordCallModel[]> {
    return (await this.calls.forCase(caseId)).map(toModel);
  }

  @RequirePermission('calls.readUnredacted')
  @Query(() => [TranscriptTurnModel], {
    description: 'The unredacted transcript (decrypted on demand; every read is audited)',
  })
  async recordCallUnredactedTranscript(
    @Args('id', { type: () => ID }) id: string,
    @CurrentAuth() auth: RequestAuth,
  ): Promise<TranscriptTurnModel[]> {
    return (await this.calls.unredactedTranscript(auth, id)).map((t) => ({
      ...t,
      interrupted: !!t.interrupted,
    }));
  }

  @RequirePermission('payerPhones.read')
  @Query(() => [PayerPhoneModel])
  payerPhones(
    @Args('payerId', { type: () => ID, nullable: true }) payerId?: string,
  ): Promise<PayerPhoneModel[]> {
    return this.phones.list(payerId ?? null);
  }

  @RequirePermission('payerPhones.manage')
  @Mutation(() => PayerPhoneModel, { description: 'Puts a payer line on file for Record Calls' })
  addPayerPhone(
    @Args('input') input: AddPayerPhoneInput,
    @CurrentAuth() auth: RequestAuth,
  ): Promise<PayerPhoneModel> {
    return this.phones.add(auth, input);
  }

  @RequirePermission('payerPhones.manage')
  @Mutation(() => PayerPhoneModel)
  setPayerPhoneActive(
    @Args('id', { type: () => ID }) id: string,
    @Args('active') active: boolean,
  ): Promise<PayerPhoneModel> {
    return this.phones.setActive(id, active);
  }
}
