import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { MaxChars } from '@claimlane/server-common';
import { CALL_TOPICS, type CallTopic } from '@claimlane/domain-record-call';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const CallTopicEnum = asEnum<CallTopic>(CALL_TOPICS);
registerEnumType(CallTopicEnum, { name: 'CallTopic', description: 'What a Record Call asks for' });
export const RecordCallStatusEnum = asEnum([
  'queued',
  'in_progress',
  'completed',
  'failed',
] as const);
registerEnumType(RecordCallStatusEnum, { name: 'RecordCallStatus' });
export const RecordCallOutcomeEnum = asEnum([
  'completed',
  'callback_promised',
  'consent_refused',
  'disconnected',
] as const);
registerEnumType(RecordCallOutcomeEnum, { name: 'RecordCallOutcome' });
export const TopicStatusEnum = asEnum([
  'answered',
  'refused',
  'not_obtained',
  'not_asked',
] as const);
registerEnumType(TopicStatusEnum, { name: 'CallTopicStatus' });
export const CallSpeakerEnum = asEnum(['assistant', 'representative'] as const);
registerEnumType(CallSpeakerEnum, { name: 'CallSpeaker' });

@ObjectType('TranscriptTurn')
export class TranscriptTurnModel {
  @Field(() => CallSpeakerEnum) speaker!: string;
  @Field() text!: string;
  @Field({ description: 'The line dropped while this was being said' }) interrupted!: boolean;
}

@ObjectType('TranscriptSpan', { description: 'Characters [start, end) of one transcript turn' })
export class TranscriptSpanModel {
  @Field(() => Int) turn!: number;
  @Field(() => Int) start!: number;
  @Field(() => Int) end!: number;
}

@ObjectType('CallAnswer', {
  description: 'One answer of the structured summary, with where it was said',
})
export class CallAnswerModel {
  @Field(() => CallTopicEnum) topic!: string;
  @Field(() => TopicStatusEnum) status!: string;
  @Field(() => String, { nullable: true }) value!: string | null;
  @Field(() => TranscriptSpanModel, { nullable: true }) span!: TranscriptSpanModel | null;
}

@ObjectType('CallReferenceNumber')
export class CallReferenceNumberModel {
  @Field() value!: string;
  @Field(() => TranscriptSpanModel) span!: TranscriptSpanModel;
}

@ObjectType('CallRefusal')
export class CallRefusalModel {
  @Field(() => CallTopicEnum) topic!: string;
  @Field({ description: 'The representative called it proprietary' }) proprietary!: boolean;
  @Field(() => TranscriptSpanModel, { nullable: true }) span!: TranscriptSpanModel | null;
}

@ObjectType('RecordCallSummary')
export class RecordCallSummaryModel {
  @Field(() => RecordCallOutcomeEnum) outcome!: string;
  @Field(() => CallAnswerModel, { nullable: true }) specificReason!: CallAnswerModel | null;
  @Field(() => CallAnswerModel, { nullable: true }) planProvision!: CallAnswerModel | null;
  @Field(() => CallAnswerModel, { nullable: true }) criteriaApplied!: CallAnswerModel | null;
  @Field(() => CallAnswerModel, { nullable: true }) criteriaCopy!: CallAnswerModel | null;
  @Field(() => CallAnswerModel, { nullable: true }) reviewerName!: CallAnswerModel | null;
  @Field(() => CallAnswerModel, { nullable: true }) reviewerCredentials!: CallAnswerModel | null;
  @Field(() => CallAnswerModel, { nullable: true }) recordsReviewed!: CallAnswerModel | null;
  @Field(() => CallAnswerModel, { nullable: true }) appealDeadline!: CallAnswerModel | null;
  @Field(() => CallAnswerModel, { nullable: true }) appealSubmission!: CallAnswerModel | null;
  @Field(() => [CallReferenceNumberModel]) referenceNumbers!: CallReferenceNumberModel[];
  @Field(() => [CallRefusalModel]) refusals!: CallRefusalModel[];
  @Field(() => TranscriptSpanModel, { nullable: true }) callback!: TranscriptSpanModel | null;
  @Field(() => Int) holds!: number;
  @Field(() => Int) transfers!: number;
}

@ObjectType('RecordCall', {
  description: 'A call to a payer line on file; the transcript is redacted of identifiers',
})
export class RecordCallModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) caseId!: string;
  @Field(() => ID) payerPhoneId!: string;
  @Field(() => RecordCallStatusEnum) status!: string;
  @Field(() => RecordCallOutcomeEnum, { nullable: true }) outcome!: string | null;
  @Field(() => String, { nullable: true, description: 'Why the call failed (CALL_DISCONNECTED …)' })
  errorCode!: string | null;
  @Field() provider!: string;
  @Field(() => Date, { nullable: true, description: 'When the payer line is open for the call' })
  scheduledFor!: Date | null;
  @Field(() => [CallTopicEnum]) topics!: string[];
  @Field(() => [String], { description: 'All-party-consent states noted in the opening' })
  consentStates!: string[];
  @Field(() => [TranscriptTurnModel], { nullable: true }) transcript!: TranscriptTurnModel[] | null;
  @Field(() => RecordCallSummaryModel, { nullable: true }) summary!: RecordCallSummaryModel | null;
  @Field(() => [String]) referenceNumbers!: string[];
  @Field(() => ID, { nullable: true, description: 'The recording, a document in storage' })
  recordingDocumentId!: string | null;
  @Field(() => String, { description: 'BullMQ job id, for jobProgress' }) jobId!: string;
  @Field(() => Int) attempts!: number;
  @Field(() => Date, { nullable: true }) startedAt!: Date | null;
  @Field(() => Date, { nullable: true }) endedAt!: Date | null;
  @Field() createdAt!: Date;
}

@ObjectType('PayerPhone', {
  description: 'A payer line on file: the only numbers a Record Call dials',
})
export class PayerPhoneModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) payerId!: string;
  @Field() label!: string;
  @Field() phoneE164!: string;
  @Field({ description: 'IANA time zone of the line' }) timeZone!: string;
  @Field() opens!: string;
  @Field() closes!: string;
  @Field(() => [Int], { description: '1 = Monday … 7 = Sunday' }) days!: number[];
  @Field(() => String, { nullable: true, description: 'US state (recording consent)' })
  state!: string | null;
  @Field() active!: boolean;
}

@InputType()
export class AddPayerPhoneInput {
  @Field(() => ID) @IsUUID() payerId!: string;
  @Field() @IsString() @MaxChars(200) label!: string;
  @Field({ description: 'E.164, e.g. +13125550100' }) @IsString() @MaxChars(20) phoneE164!: string;
  @Field() @IsString() @MaxChars(64) timeZone!: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/)
  opens?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/)
  closes?: string | null;
  @Field(() => [Int], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(7)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(7, { each: true })
  days?: number[] | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[A-Za-z]{2}$/)
  state?: string | null;
}
