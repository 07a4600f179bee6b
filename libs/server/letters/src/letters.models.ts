import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
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
import { Type } from 'class-transformer';
import { IsNotBlank, MaxChars } from '@claimlane/server-common';
import {
  CONTACT_CHANNELS,
  LETTER_KINDS,
  type ContactChannel,
  type LetterKind,
} from '@claimlane/domain-letters';
import { ContactChannelEnum } from '@claimlane/server-evidence';

function asEnum<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const LetterKindEnum = asEnum<LetterKind>(LETTER_KINDS);
export const LetterFormatEnum = { pdf: 'pdf', docx: 'docx' } as const;
export const PacketStatusEnum = asEnum(['queued', 'running', 'done', 'failed'] as const);
registerEnumType(LetterKindEnum, { name: 'LetterKind' });
registerEnumType(LetterFormatEnum, { name: 'LetterFormat' });
registerEnumType(PacketStatusEnum, { name: 'PacketStatus' });

@ObjectType('LetterSection')
export class LetterSectionModel {
  @Field() key!: string;
  @Field() heading!: string;
  @Field(() => [String]) paragraphs!: string[];
  @Field({ description: 'A person edited it; regeneration keeps it' }) edited!: boolean;
}

@ObjectType('LetterCriteriaRow')
export class LetterCriteriaRowModel {
  @Field() ref!: string;
  @Field() criterion!: string;
  @Field({ description: 'Exhibit and page cites, e.g. "Exhibit B, p. 3"' }) cites!: string;
  @Field(() => String, { nullable: true }) quote!: string | null;
  @Field(() => String, { nullable: true }) explanation!: string | null;
  @Field(() => String, { nullable: true }) answer!: string | null;
}

@ObjectType('LetterExhibitRef')
export class LetterExhibitRefModel {
  @Field() label!: string;
  @Field() title!: string;
  @Field(() => Int) pageCount!: number;
}

@ObjectType('LetterCitation')
export class LetterCitationModel {
  @Field() key!: string;
  @Field() text!: string;
  @Field({ description: 'Rule data the citation comes from' }) source!: string;
}

@ObjectType('LetterContent')
export class LetterContentModel {
  @Field() title!: string;
  @Field() subject!: string;
  @Field(() => [LetterSectionModel]) sections!: LetterSectionModel[];
  @Field(() => [LetterCriteriaRowModel]) criteriaTable!: LetterCriteriaRowModel[];
  @Field(() => [LetterExhibitRefModel]) exhibitList!: LetterExhibitRefModel[];
  @Field() request!: string;
  @Field(() => [LetterCitationModel]) citations!: LetterCitationModel[];
}

@ObjectType('Letter', { description: 'PHI: reads audited' })
export class LetterModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) caseId!: string;
  @Field(() => LetterKindEnum) kind!: LetterKind;
  @Field(() => Int) currentVersion!: number;
  @Field(() => ID, { nullable: true }) signedOffBy!: string | null;
  @Field(() => Date, { nullable: true }) signedOffAt!: Date | null;
  @Field(() => Int, { nullable: true }) signedOffVersion!: number | null;
  @Field({ description: 'The current version carries a clinician sign-off' }) signedOff!: boolean;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
  @Field(() => LetterContentModel, { description: 'The current version' })
  content!: LetterContentModel;
}

@ObjectType('LetterVersion')
export class LetterVersionModel {
  @Field(() => Int) version!: number;
  @Field() change!: string;
  @Field(() => String, { nullable: true }) editedSection!: string | null;
  @Field(() => ID, { nullable: true }) createdBy!: string | null;
  @Field() createdAt!: Date;
}

@ObjectType('RenderedFile')
export class RenderedFileModel {
  @Field(() => ID, { description: 'The letter id' }) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => LetterFormatEnum) format!: 'pdf' | 'docx';
  @Field() final!: boolean;
  @Field() sha256!: string;
  @Field(() => Int) sizeBytes!: number;
  @Field({ description: 'Signed link (HMAC, short expiry); every download is audited' })
  downloadUrl!: string;
  @Field() expiresAt!: Date;
}

@ObjectType('PacketSection')
export class PacketSectionModel {
  @Field() title!: string;
  @Field(() => Int) packetPageFrom!: number;
  @Field(() => Int) packetPageTo!: number;
}

@ObjectType('PacketManifestExhibit')
export class PacketManifestExhibitModel {
  @Field() label!: string;
  @Field() title!: string;
  @Field(() => Int) pageCount!: number;
  @Field(() => Int) packetPageFrom!: number;
  @Field(() => Int) packetPageTo!: number;
  @Field() batesFrom!: string;
  @Field() batesTo!: string;
  @Field(() => String, { nullable: true }) sealSha256!: string | null;
  @Field() documentSha256!: string;
  @Field() sourceSha256!: string;
}

@ObjectType('PacketManifest')
export class PacketManifestModel {
  @Field() coverLetterSha256!: string;
  @Field(() => Int) totalPages!: number;
  @Field(() => [PacketSectionModel]) sections!: PacketSectionModel[];
  @Field(() => [PacketManifestExhibitModel]) exhibits!: PacketManifestExhibitModel[];
}

@ObjectType('Packet')
export class PacketModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) caseId!: string;
  @Field(() => ID, { nullable: true }) letterId!: string | null;
  @Field(() => PacketStatusEnum) status!: 'queued' | 'running' | 'done' | 'failed';
  @Field(() => Int, { description: '0-100' }) progress!: number;
  @Field(() => String, { nullable: true }) stage!: string | null;
  @Field(() => Int, { nullable: true }) totalPages!: number | null;
  @Field(() => String, { nullable: true, description: 'SHA-256 of the packet PDF' }) sha256!:
    string | null;
  @Field(() => PacketManifestModel, { nullable: true }) manifest!: PacketManifestModel | null;
  @Field(() => String, { nullable: true }) errorCode!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Signed link once done; every download audited',
  })
  downloadUrl!: string | null;
  @Field(() => Date, { nullable: true }) downloadExpiresAt!: Date | null;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
}

@ObjectType('Letterhead')
export class LetterheadModel {
  @Field() organization!: string;
  @Field(() => [String]) addressLines!: string[];
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => String, { nullable: true }) fax!: string | null;
  @Field(() => String, { nullable: true }) signerName!: string | null;
  @Field(() => String, { nullable: true }) signerTitle!: string | null;
}

@ObjectType('FileLink')
export class FileLinkModel {
  @Field() url!: string;
  @Field() expiresAt!: Date;
}

@InputType()
export class GenerateLetterInput {
  @Field(() => ID) @IsUUID() caseId!: string;
  @Field(() => LetterKindEnum) @IsIn(LETTER_KINDS) kind!: LetterKind;
}

@InputType()
export class LetterVersionInput {
  @Field(() => ID) @IsUUID() letterId!: string;
  @Field(() => Int, { description: 'The version the caller last saw (optimistic concurrency)' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}

@InputType()
export class EditLetterSectionInput extends LetterVersionInput {
  @Field() @IsString() @MinLength(1) @MaxChars(80) sectionKey!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxChars(500) heading?:
    string | null;
  @Field(() => [String])
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxChars(8000, { each: true })
  paragraphs!: string[];
}

@InputType()
export class RecordLetterSentInput {
  @Field(() => ID) @IsUUID() letterId!: string;
  @Field(() => ContactChannelEnum) @IsIn(CONTACT_CHANNELS) channel!: ContactChannel;
  @Field() @Type(() => Date) @IsDate() sentAt!: Date;
  @Field(() => String, {
    nullable: true,
    description: 'Fax confirmation, tracking or portal number',
  })
  @IsOptional()
  @IsString()
  @MaxChars(100)
  referenceNumber?: string | null;
}

@InputType()
export class LetterheadInput {
  @Field() @IsString() @IsNotBlank() @MaxChars(200) organization!: string;
  @Field(() => [String])
  @ArrayMaxSize(6)
  @IsString({ each: true })
  @MaxChars(200, { each: true })
  addressLines!: string[];
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxChars(60) phone?:
    string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxChars(60) fax?:
    string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxChars(200) signerName?:
    string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxChars(200) signerTitle?:
    string | null;
}

@InputType()
export class RenderLetterOptions {
  @Field(() => Boolean, {
    nullable: true,
    description: 'Final (no DRAFT marks); provider letters need a sign-off',
  })
  @IsOptional()
  @IsBoolean()
  final?: boolean | null;
}
