import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsDate, IsIn, IsOptional, IsString } from 'class-validator';
import { IsIsoDate, MaxChars } from '@claimlane/server-common';
import {
  DECISION_OUTCOMES,
  LEVEL_KINDS,
  SUBMISSION_CHANNELS,
  type DecisionOutcome,
  type LevelKind,
  type SubmissionChannel,
} from '@claimlane/shared-contracts';
import { AppealCaseModel, DeadlineModel } from '@claimlane/server-appeals';

const CHANNELS = SUBMISSION_CHANNELS;
const OUTCOMES = DECISION_OUTCOMES;
const ESCALATION_LEVELS = LEVEL_KINDS.filter((k) => k !== 'internal_first');

export const SubmissionChannelEnum = Object.fromEntries(CHANNELS.map((c) => [c, c])) as {
  [K in SubmissionChannel]: K;
};
export const DecisionOutcomeEnum = Object.fromEntries(OUTCOMES.map((c) => [c, c])) as {
  [K in DecisionOutcome]: K;
};
export const EscalationLevelEnum = Object.fromEntries(ESCALATION_LEVELS.map((c) => [c, c])) as {
  [K in Exclude<LevelKind, 'internal_first'>]: K;
};
registerEnumType(SubmissionChannelEnum, { name: 'SubmissionChannel' });
registerEnumType(DecisionOutcomeEnum, { name: 'DecisionOutcome' });
registerEnumType(EscalationLevelEnum, { name: 'EscalationLevel' });

@InputType()
export class CaseEventInput {
  @Field(() => ID) @IsString() caseId!: string;
  @Field({ nullable: true, description: 'When it happened; defaults to now' })
  @IsOptional()
  @IsDate()
  at?: Date;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxChars(1000) note?: string;
}

@InputType()
export class SubmitAppealInput {
  @Field(() => ID) @IsString() caseId!: string;
  @Field(() => SubmissionChannelEnum) @IsIn([...CHANNELS]) channel!: SubmissionChannel;
  @Field({ nullable: true, description: 'Fax confirmation, tracking or portal reference' })
  @IsOptional()
  @IsString()
  @MaxChars(500)
  proof?: string;
  @Field({ nullable: true, description: 'When it was sent; defaults to now' })
  @IsOptional()
  @IsDate()
  at?: Date;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxChars(1000) note?: string;
}

@InputType()
export class RecordDecisionInput {
  @Field(() => ID) @IsString() caseId!: string;
  @Field(() => DecisionOutcomeEnum) @IsIn([...OUTCOMES]) outcome!: DecisionOutcome;
  @Field({ description: 'Date on the decision notice (YYYY-MM-DD)' })
  @IsIsoDate()
  decidedOn!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxChars(1000) note?: string;
}

@InputType()
export class ExtendDeadlineInput {
  @Field(() => ID) @IsString() caseId!: string;
  @Field(() => ID) @IsString() deadlineId!: string;
  @Field() @IsDate() newDueAt!: Date;
  @Field() @IsString() @MaxChars(500) reason!: string;
}

@InputType()
export class EscalateLevelInput {
  @Field(() => ID) @IsString() caseId!: string;
  @Field(() => EscalationLevelEnum) @IsIn([...ESCALATION_LEVELS]) levelKind!: Exclude<
    LevelKind,
    'internal_first'
  >;
  @Field({
    nullable: true,
    description:
      "The amount in controversy meets this year's threshold (Medicare ALJ, 42 CFR 405.1006)",
  })
  @IsOptional()
  @IsBoolean()
  amountInControversyMet?: boolean;
}

@InputType()
export class CloseCaseInput {
  @Field(() => ID) @IsString() caseId!: string;
  @Field() @IsString() @MaxChars(500) reason!: string;
}

@ObjectType('TimelineEvent')
export class TimelineEventModel {
  @Field(() => ID) id!: string;
  @Field() kind!: string;
  @Field(() => String, { nullable: true }) stage!: string | null;
  @Field() summary!: string;
  @Field(() => String, { nullable: true, description: 'What the user wrote with the event' })
  note!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Proof of submission (fax confirmation, tracking or portal reference)',
  })
  proof!: string | null;
  @Field({ description: 'When it happened, as the user gave it' }) occurredAt!: Date;
  @Field({ description: 'When the server recorded it' }) recordedAt!: Date;
}

@ObjectType('UpcomingDeadline')
export class UpcomingDeadlineModel {
  @Field(() => DeadlineModel) deadline!: DeadlineModel;
  @Field(() => AppealCaseModel) appealCase!: AppealCaseModel;
}

@ObjectType('Notification')
export class NotificationModel {
  @Field(() => ID) id!: string;
  @Field() kind!: string;
  @Field() title!: string;
  @Field() body!: string;
  @Field(() => ID, { nullable: true }) caseId!: string | null;
  @Field(() => Date, { nullable: true }) readAt!: Date | null;
  @Field() createdAt!: Date;
}
