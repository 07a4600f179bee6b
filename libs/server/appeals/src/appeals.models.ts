import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDate,
  IsEnum,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  APPEAL_STAGES,
  DENIAL_CATEGORIES,
  REGIMES,
  SERVICE_TYPES,
  type AppealOutcome,
  type AppealStage,
  type DenialCategory,
  type Regime,
  type ServiceType,
} from '@claimlane/shared-contracts';
import {
  AppealOutcomeEnum,
  AppealStageEnum,
  DenialCategoryEnum,
  GraphQLJSON,
  IsIsoDate,
  RegimeEnum,
  ServiceTypeEnum,
  MaxChars,
} from '@claimlane/server-common';

@ObjectType('Payer')
export class PayerModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType('Patient', { description: 'PHI: every read is audited' })
export class PatientModel {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) firstName!: string | null;
  @Field(() => String, { nullable: true }) lastName!: string | null;
  @Field(() => String, { nullable: true }) dateOfBirth!: string | null;
  @Field(() => String, { nullable: true }) memberId!: string | null;
}

@ObjectType('Claim')
export class ClaimModel {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) claimNumber!: string | null;
  @Field(() => String, { nullable: true }) payerClaimControlNumber!: string | null;
  @Field(() => String, { nullable: true }) serviceDateFrom!: string | null;
  @Field(() => String, { nullable: true }) serviceDateTo!: string | null;
  @Field(() => [String]) cptHcpcs!: string[];
  @Field(() => [String]) icd10!: string[];
  @Field(() => Float, { nullable: true }) billedAmount!: number | null;
  @Field(() => Float, { nullable: true }) paidAmount!: number | null;
  @Field(() => Float, { nullable: true }) patientResponsibility!: number | null;
  @Field(() => String, { nullable: true }) statusCode!: string | null;
  @Field() source!: string;
  patientId!: string | null;
  payerId!: string | null;
}

@ObjectType('Deadline')
export class DeadlineModel {
  @Field(() => ID) id!: string;
  @Field() kind!: string;
  @Field(() => String, { nullable: true }) label!: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'ISO date, or date-time for hour-based clocks; null while the deadline needs its date',
  })
  due!: string | null;
  @Field(() => Date, { nullable: true, description: 'Null while the deadline needs its date' })
  dueAt!: Date | null;
  @Field(() => String, { nullable: true }) anchorEvent!: string | null;
  @Field(() => String, { nullable: true }) anchorDate!: string | null;
  @Field(() => String, { nullable: true }) dayType!: string | null;
  @Field(() => String, { nullable: true }) rule!: string | null;
  @Field(() => String, { nullable: true }) citation!: string | null;
  @Field(() => [String]) assumptions!: string[];
  @Field({
    description:
      'open, met, missed, extended, cancelled or needs_date (applies, but the notice or receipt date it counts from is unknown: shown, never timed)',
  })
  status!: string;
  @Field({ description: 'True while the deadline waits for the date it counts from (not timed)' })
  needsDate!: boolean;
  @Field(() => Int, { nullable: true, description: 'Length of the window, in dayType units' })
  amount!: number | null;
  @Field(() => String, {
    nullable: true,
    description: 'For needs_date: the question whose answer (a date) times the deadline',
  })
  question!: string | null;
}

@ObjectType('Finding')
export class FindingModel {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field() kind!: string;
  @Field() severity!: string;
  @Field(() => String, { nullable: true }) element!: string | null;
  @Field(() => String, { nullable: true }) citation!: string | null;
  @Field() explanation!: string;
  @Field(() => [Int], { nullable: true }) span!: number[] | null;
}

@ObjectType('Denial', { description: 'PHI: every read is audited' })
export class DenialModel {
  @Field(() => ID) id!: string;
  @Field(() => DenialCategoryEnum) category!: DenialCategory;
  @Field(() => RegimeEnum) regime!: Regime;
  @Field(() => ServiceTypeEnum, { nullable: true }) serviceType!: ServiceType | null;
  @Field(() => String, { nullable: true }) noticeDate!: string | null;
  @Field(() => String, { nullable: true }) receivedDate!: string | null;
  @Field(() => String, { nullable: true }) statedReason!: string | null;
  @Field(() => [String]) carc!: string[];
  @Field(() => [String]) rarc!: string[];
  @Field(() => Float, { nullable: true }) deniedAmount!: number | null;
  @Field(() => GraphQLJSON, { nullable: true, description: 'The Record Check analysis document' })
  analysis!: Record<string, unknown> | null;
  @Field(() => Date, { nullable: true }) analyzedAt!: Date | null;
  @Field() createdAt!: Date;
  claimId!: string | null;
  payerId!: string | null;
}

@ObjectType('AppealCase', { description: 'PHI: every read is audited' })
export class AppealCaseModel {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) title!: string | null;
  @Field(() => AppealStageEnum) stage!: AppealStage;
  @Field(() => Int) level!: number;
  @Field() levelKind!: string;
  @Field(() => Float, { nullable: true }) amountAtStake!: number | null;
  @Field(() => AppealOutcomeEnum, { nullable: true }) outcome!: AppealOutcome | null;
  @Field(() => Date, { nullable: true }) nextDeadlineAt!: Date | null;
  @Field(() => Date, { nullable: true }) closedAt!: Date | null;
  @Field(() => Date, {
    nullable: true,
    description: 'Set while the payer has missed its decision deadline',
  })
  payerLateSince!: Date | null;
  @Field(() => Date, { nullable: true }) submittedAt!: Date | null;
  @Field(() => Int, {
    description: 'Optimistic-concurrency version; pass it back to updateAppealCase',
  })
  version!: number;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
  denialId!: string;
  claimId!: string | null;
  payerId!: string | null;
  assigneeUserId!: string | null;
}

@InputType()
export class PatientInput {
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxChars(100) firstName?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxChars(100) lastName?: string;
  @Field({ nullable: true }) @IsOptional() @IsIsoDate() dateOfBirth?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxChars(80) memberId?: string;
}

@InputType()
export class CreateAppealCaseInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Open the case from an existing denial (an 835 line, a checked letter)',
  })
  @IsOptional()
  @IsString()
  denialId?: string;
  @Field({ nullable: true, description: 'Required unless denialId is given' })
  @IsOptional()
  @IsString()
  @MaxChars(300)
  payerName?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxChars(300) title?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxChars(80) claimNumber?: string;
  @Field(() => PatientInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PatientInput)
  patient?: PatientInput;
  @Field({ nullable: true })
  @IsOptional()
  @IsIsoDate()
  serviceDateFrom?: string;
  @Field({ nullable: true }) @IsOptional() @IsIsoDate() serviceDateTo?: string;
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(/^([0-9]{4}[0-9A-Z]|[A-V][0-9]{4})$/, {
    each: true,
    message: 'cptHcpcs entries must be CPT or HCPCS codes',
  })
  cptHcpcs?: string[];
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(/^[A-TV-Z][0-9][0-9A-Z](\.?[0-9A-Z]{1,4})?$/i, {
    each: true,
    message: 'icd10 entries must be ICD-10-CM codes',
  })
  icd10?: string[];
  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1e11)
  billedAmount?: number;
  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1e11)
  deniedAmount?: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxChars(4000) statedReason?: string;
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @Matches(/^([A-Z]{2}-)?[A-Z0-9]{1,4}$/, {
    each: true,
    message: 'carc entries must look like 50 or CO-50',
  })
  carc?: string[];
  @Field(() => DenialCategoryEnum, { nullable: true })
  @IsOptional()
  @IsIn([...DENIAL_CATEGORIES])
  category?: DenialCategory;
  @Field(() => RegimeEnum, { nullable: true }) @IsOptional() @IsIn([...REGIMES]) regime?: Regime;
  @Field(() => ServiceTypeEnum, { nullable: true })
  @IsOptional()
  @IsIn([...SERVICE_TYPES])
  serviceType?: ServiceType;
  @Field({ nullable: true }) @IsOptional() @IsIsoDate() noticeDate?: string;
  @Field({ nullable: true }) @IsOptional() @IsIsoDate() receivedDate?: string;
  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1e11)
  amountAtStake?: number;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() assigneeId?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(10) level?: number;
}

@InputType()
export class UpdateAppealCaseInput {
  @Field(() => ID) @IsString() id!: string;
  @Field(() => Int, {
    nullable: true,
    description: 'When given, the update fails with CONFLICT if the case changed since',
  })
  @IsOptional()
  @IsInt()
  expectedVersion?: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxChars(300) title?: string;
  @Field(() => ID, { nullable: true, description: 'Empty string unassigns' })
  @IsOptional()
  @IsString()
  assigneeId?: string;
  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1e11)
  amountAtStake?: number;
}

@InputType()
export class UpdateDenialInput {
  @Field(() => ID) @IsString() id!: string;
  @Field(() => DenialCategoryEnum, { nullable: true })
  @IsOptional()
  @IsIn([...DENIAL_CATEGORIES])
  category?: DenialCategory;
  @Field(() => RegimeEnum, { nullable: true }) @IsOptional() @IsIn([...REGIMES]) regime?: Regime;
  @Field(() => ServiceTypeEnum, { nullable: true })
  @IsOptional()
  @IsIn([...SERVICE_TYPES])
  serviceType?: ServiceType;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxChars(4000) statedReason?: string;
  @Field({ nullable: true }) @IsOptional() @IsIsoDate() noticeDate?: string;
  @Field({ nullable: true }) @IsOptional() @IsIsoDate() receivedDate?: string;
}

export enum AssignedTo {
  ME = 'ME',
  UNASSIGNED = 'UNASSIGNED',
  ME_OR_UNASSIGNED = 'ME_OR_UNASSIGNED',
}
registerEnumType(AssignedTo, { name: 'AssignedTo' });

@InputType()
export class AppealCaseFilter {
  @Field(() => [AppealStageEnum], { nullable: true })
  @IsOptional()
  @IsIn([...APPEAL_STAGES], { each: true })
  stage?: AppealStage[];
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() payerId?: string;
  @Field(() => [DenialCategoryEnum], { nullable: true })
  @IsOptional()
  @IsIn([...DENIAL_CATEGORIES], { each: true })
  category?: DenialCategory[];
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() assigneeId?: string;
  @Field({
    nullable: true,
    description: 'Only cases whose next open deadline falls before this instant',
  })
  @IsOptional()
  @IsDate()
  deadlineBefore?: Date;
  @Field(() => AssignedTo, {
    nullable: true,
    description:
      "Relative to the caller: ME, UNASSIGNED or ME_OR_UNASSIGNED (the worklist's default)",
  })
  @IsOptional()
  @IsEnum(AssignedTo)
  assignedTo?: AssignedTo;
  @Field({
    nullable: true,
    description:
      'Case title (contains), or the start of a claim number, patient last name or member id; case-insensitive',
  })
  @IsOptional()
  @IsString()
  @MaxChars(100)
  search?: string;
}

export enum AppealCaseSortField {
  NEXT_DEADLINE = 'NEXT_DEADLINE',
  CREATED_AT = 'CREATED_AT',
  AMOUNT_AT_STAKE = 'AMOUNT_AT_STAKE',
}
export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(AppealCaseSortField, { name: 'AppealCaseSortField' });
registerEnumType(SortDirection, { name: 'SortDirection' });

@InputType()
export class AppealCaseOrder {
  @Field(() => AppealCaseSortField) @IsEnum(AppealCaseSortField) field!: AppealCaseSortField;
  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  @IsOptional()
  @IsEnum(SortDirection)
  direction!: SortDirection;
}

@ObjectType('DuplicateCandidate', {
  description: 'A denial (with its case, if any) that looks like the same denial; never merged',
})
export class DuplicateCandidateModel {
  @Field(() => ID) denialId!: string;
  @Field(() => ID, { nullable: true }) caseId!: string | null;
  @Field(() => [String], {
    description:
      'same_letter, same_payer_claim_control_number, same_claim_number, same_member_and_service_date',
  })
  reasons!: string[];
}
