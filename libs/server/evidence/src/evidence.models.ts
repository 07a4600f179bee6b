import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsDate,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Min,
  MinLength,
} from 'class-validator';
import { IsIsoDate, IsNotBlank, MaxChars } from '@claimlane/server-common';
import {
  CASE_DOCUMENT_KINDS,
  CONTACT_CHANNELS,
  MAX_POLICY_TEXT_CHARS,
  type CaseDocumentKind,
  type ContactChannel,
  type CriterionGroup,
  type CriterionStatus,
} from '@claimlane/domain-letters';

function asEnum<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const CaseDocumentKindEnum = asEnum<CaseDocumentKind>(CASE_DOCUMENT_KINDS);
export const ContactChannelEnum = asEnum<ContactChannel>(CONTACT_CHANNELS);
export const CriterionGroupEnum = asEnum<CriterionGroup>(['all', 'any', 'at_least']);
export const CriterionStatusEnum = asEnum<CriterionStatus>([
  'evidenced',
  'explained',
  'met_by_group',
  'not_required',
  'unmet',
]);
registerEnumType(CaseDocumentKindEnum, { name: 'CaseDocumentKind' });
registerEnumType(ContactChannelEnum, { name: 'ContactChannel' });
registerEnumType(CriterionGroupEnum, { name: 'CriterionGroup' });
registerEnumType(CriterionStatusEnum, { name: 'CriterionStatus' });

@ObjectType('CaseDocument', { description: 'A document attached to a case; PHI, reads audited' })
export class CaseDocumentModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) caseId!: string;
  @Field(() => ID) documentId!: string;
  @Field(() => CaseDocumentKindEnum) kind!: CaseDocumentKind;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) documentDate!: string | null;
  @Field(() => Int, { nullable: true }) pages!: number | null;
  @Field() status!: string;
  @Field() mime!: string;
  @Field() sha256!: string;
  @Field() createdAt!: Date;
}

@ObjectType('Criterion')
export class CriterionModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) caseId!: string;
  @Field(() => Int) position!: number;
  @Field({ description: 'Outline number: 1, 1.a, 1.a.i' }) ref!: string;
  @Field(() => String, { nullable: true }) parentRef!: string | null;
  @Field(() => Int) depth!: number;
  @Field() text!: string;
  @Field(() => CriterionGroupEnum, { nullable: true, description: 'How the children combine' })
  group!: CriterionGroup | null;
  @Field(() => Int, { nullable: true }) groupMin!: number | null;
  @Field(() => ID, { nullable: true }) sourceCaseDocumentId!: string | null;
  @Field(() => Int, { nullable: true }) sourcePage!: number | null;
  @Field(() => String, { nullable: true }) policyId!: string | null;
  @Field(() => String, { nullable: true }) policyVersion!: string | null;
  @Field(() => String, { nullable: true }) explanation!: string | null;
  @Field(() => String, { nullable: true }) clinicianAnswer!: string | null;
}

@ObjectType('CaseCriteria')
export class CaseCriteriaModel {
  @Field(() => ID, { description: 'The case id' }) id!: string;
  @Field({
    description: 'False until the payer’s criteria are on file: the records request asks for them',
  })
  criteriaReceived!: boolean;
  @Field(() => CriterionGroupEnum) rootGroup!: CriterionGroup;
  @Field(() => Int, { nullable: true }) rootMin!: number | null;
  @Field(() => String, { nullable: true }) policyId!: string | null;
  @Field(() => String, { nullable: true }) policyVersion!: string | null;
  @Field(() => Date, { nullable: true }) readyToSubmitAt!: Date | null;
  @Field(() => [CriterionModel]) items!: CriterionModel[];
}

@ObjectType('Exhibit')
export class ExhibitModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) caseId!: string;
  @Field() label!: string;
  @Field(() => Int) position!: number;
  @Field(() => ID) caseDocumentId!: string;
  @Field(() => ID) documentId!: string;
  @Field() title!: string;
  @Field(() => Int) pageFrom!: number;
  @Field(() => Int) pageTo!: number;
  @Field(() => Int) pageCount!: number;
  @Field() sealed!: boolean;
  @Field(() => String, { nullable: true }) sealSha256!: string | null;
  @Field(() => Date, { nullable: true }) sealedAt!: Date | null;
}

@ObjectType('MatrixLink', { description: 'Criterion ↔ exhibit pages with the quoted record text' })
export class MatrixLinkModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) caseId!: string;
  @Field(() => ID) criterionId!: string;
  @Field(() => ID) exhibitId!: string;
  @Field() exhibitLabel!: string;
  @Field(() => Int) pageFrom!: number;
  @Field(() => Int) pageTo!: number;
  @Field() quote!: string;
  @Field(() => Int) quotePage!: number;
  @Field(() => String, { nullable: true }) note!: string | null;
}

@ObjectType('CriterionCompleteness')
export class CriterionCompletenessModel {
  @Field(() => ID) criterionId!: string;
  @Field() ref!: string;
  @Field(() => CriterionStatusEnum) status!: CriterionStatus;
}

@ObjectType('EvidenceTask')
export class EvidenceTaskModel {
  @Field(() => ID) criterionId!: string;
  @Field() ref!: string;
  @Field() task!: string;
}

@ObjectType('MatrixCompleteness')
export class MatrixCompletenessModel {
  @Field(() => ID, { description: 'The case id' }) id!: string;
  @Field(() => Int) total!: number;
  @Field(() => Int) evidenced!: number;
  @Field(() => Int) explained!: number;
  @Field(() => Int) unmet!: number;
  @Field() readyToSubmit!: boolean;
  @Field() criteriaMissing!: boolean;
  @Field(() => [CriterionCompletenessModel]) criteria!: CriterionCompletenessModel[];
  @Field(() => [EvidenceTaskModel]) tasks!: EvidenceTaskModel[];
}

@ObjectType('CarrierContact')
export class CarrierContactModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) caseId!: string;
  @Field(() => ContactChannelEnum) channel!: ContactChannel;
  @Field() occurredAt!: Date;
  @Field(() => String, { nullable: true }) representative!: string | null;
  @Field(() => String, { nullable: true }) referenceNumber!: string | null;
  @Field() summary!: string;
  @Field() source!: string;
}

@ObjectType('TimelineEntry')
export class TimelineEntryModel {
  @Field() date!: string;
  @Field() event!: string;
  @Field(() => String, { nullable: true }) exhibitLabel!: string | null;
  @Field() source!: string;
}

@ObjectType('CaseTimeline')
export class CaseTimelineModel {
  @Field(() => ID, { description: 'The case id' }) id!: string;
  @Field(() => [TimelineEntryModel]) entries!: TimelineEntryModel[];
}

@InputType()
export class AttachCaseDocumentInput {
  @Field(() => ID) @IsUUID() caseId!: string;
  @Field(() => ID, { description: 'From POST /documents' }) @IsUUID() documentId!: string;
  @Field(() => CaseDocumentKindEnum) @IsIn(CASE_DOCUMENT_KINDS) kind!: CaseDocumentKind;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxChars(300) title?:
    string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsIsoDate() documentDate?: string | null;
}

@InputType()
export class SplitCriteriaInput {
  @Field(() => ID) @IsUUID() caseId!: string;
  @Field({ description: 'Pasted policy text' })
  @IsString()
  @MinLength(1)
  @MaxChars(MAX_POLICY_TEXT_CHARS)
  text!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxChars(200) policyId?:
    string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxChars(100)
  policyVersion?: string | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() replace?: boolean | null;
}

@InputType()
export class SplitCriteriaFromDocumentInput {
  @Field(() => ID) @IsUUID() caseId!: string;
  @Field(() => ID) @IsUUID() caseDocumentId!: string;
  @Field(() => Int) @IsInt() @Min(1) pageFrom!: number;
  @Field(() => Int) @IsInt() @Min(1) pageTo!: number;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxChars(200) policyId?:
    string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxChars(100)
  policyVersion?: string | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() replace?: boolean | null;
}

@InputType()
export class AddCriterionInput {
  @Field(() => ID) @IsUUID() caseId!: string;
  @Field() @IsString() @MinLength(1) @MaxChars(4000) text!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() parentId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxChars(200) policyId?:
    string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxChars(100)
  policyVersion?: string | null;
}

@InputType()
export class ReorderCriteriaInput {
  @Field(() => ID) @IsUUID() caseId!: string;
  @Field(() => [ID], { description: 'Every criterion of one level, in the new order' })
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  orderedIds!: string[];
}

@InputType()
export class CriterionTextInput {
  @Field(() => ID) @IsUUID() criterionId!: string;
  @Field(() => String, { nullable: true, description: 'Null or empty clears it' })
  @IsOptional()
  @IsString()
  @MaxChars(8000)
  text?: string | null;
}

@InputType()
export class CreateExhibitInput {
  @Field(() => ID) @IsUUID() caseId!: string;
  @Field(() => ID) @IsUUID() caseDocumentId!: string;
  @Field(() => Int) @IsInt() pageFrom!: number;
  @Field(() => Int) @IsInt() pageTo!: number;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxChars(300) title?:
    string | null;
}

@InputType()
export class LinkEvidenceInput {
  @Field(() => ID) @IsUUID() criterionId!: string;
  @Field(() => ID) @IsUUID() exhibitId!: string;
  @Field(() => Int, { description: 'Page of the exhibit (1 = its first page)' })
  @IsInt()
  pageFrom!: number;
  @Field(() => Int) @IsInt() pageTo!: number;
  @Field({
    description: 'Exact record text (whitespace-normalised); refused if not on those pages',
  })
  @IsString()
  @MaxChars(4000)
  quote!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxChars(2000) note?:
    string | null;
}

@InputType()
export class AddCarrierContactInput {
  @Field(() => ID) @IsUUID() caseId!: string;
  @Field(() => ContactChannelEnum) @IsIn(CONTACT_CHANNELS) channel!: ContactChannel;
  @Field() @Type(() => Date) @IsDate() occurredAt!: Date;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxChars(200)
  representative?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxChars(100)
  referenceNumber?: string | null;
  @Field() @IsString() @IsNotBlank() @MaxChars(8000) summary!: string;
}
