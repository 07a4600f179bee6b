import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, Matches, ValidateNested, MinLength } from 'class-validator';
import { REGIMES, SERVICE_TYPES, type Regime, type ServiceType } from '@claimlane/shared-contracts';
import { IsIsoDate, RegimeEnum, ServiceTypeEnum, MaxChars } from '@claimlane/server-common';

@InputType({
  description: 'Facts the user knows better than the letter; each overrides what the engine reads',
})
export class KnownFactsInput {
  @Field(() => RegimeEnum, { nullable: true }) @IsOptional() @IsIn([...REGIMES]) regime?: Regime;
  @Field({ nullable: true }) @IsOptional() @IsIsoDate() noticeDate?: string;
  @Field({ nullable: true }) @IsOptional() @IsIsoDate() receivedDate?: string;
  @Field({ nullable: true }) @IsOptional() @IsIsoDate() serviceDate?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxChars(300) payer?: string;
  @Field(() => ServiceTypeEnum, { nullable: true })
  @IsOptional()
  @IsIn([...SERVICE_TYPES])
  serviceType?: ServiceType;
  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^[A-Za-z]{2}$/, { message: 'state must be a two-letter code' })
  state?: string;
}

@InputType()
export class CreateCaseFromDenialInput {
  @Field({ nullable: true, description: 'The letter text (give this or documentId)' })
  @IsOptional()
  @IsString()
  text?: string;
  @Field(() => ID, { nullable: true, description: 'An uploaded document (POST /documents)' })
  @IsOptional()
  @IsString()
  documentId?: string;
  // Without ValidateNested + Type the facts arrive unchecked (an impossible noticeDate was accepted).
  @Field(() => KnownFactsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => KnownFactsInput)
  facts?: KnownFactsInput;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() assigneeId?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MinLength(1) @MaxChars(300) title?: string;
}

@InputType()
export class RemittanceFileInput {
  @Field(() => ID, {
    nullable: true,
    description: 'An uploaded .835/.edi document (POST /documents)',
  })
  @IsOptional()
  @IsString()
  documentId?: string;
  @Field({ nullable: true, description: 'The 835 content itself, for small files' })
  @IsOptional()
  @IsString()
  content?: string;
}

@ObjectType('RemittanceImportError')
export class RemittanceImportErrorModel {
  @Field() code!: string;
  @Field() message!: string;
  @Field(() => Int, { nullable: true }) segmentNumber!: number | null;
}

@ObjectType('RemittanceImportSummary')
export class RemittanceImportSummaryModel {
  @Field(() => Int) claimsRead!: number;
  @Field(() => Int, { description: 'Denied or partly denied claims in the file' })
  deniedClaims!: number;
  @Field(() => Int) claimsCreated!: number;
  @Field(() => Int) denialsCreated!: number;
  @Field(() => Int, { description: 'Denied claims already imported earlier (skipped)' })
  alreadyImported!: number;
  @Field(() => Float) totalCharge!: number;
  @Field(() => Float) totalPaid!: number;
  @Field(() => Float) totalDenied!: number;
  @Field(() => [String]) payers!: string[];
  @Field(() => [RemittanceImportErrorModel]) errors!: RemittanceImportErrorModel[];
}

@ObjectType('Document')
export class DocumentModel {
  @Field(() => ID) id!: string;
  @Field() kind!: string;
  @Field() mime!: string;
  @Field() sha256!: string;
  @Field(() => Int, { nullable: true }) pages!: number | null;
  @Field({ description: 'ready, needs_ocr, processing or failed' }) status!: string;
  @Field() createdAt!: Date;
}
