import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEmail, IsIn, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { ROLES, TENANT_KINDS, type Role, type TenantKind } from '@claimlane/shared-contracts';
import { IsNotBlank, MaxChars } from '@claimlane/server-common';
import { RoleEnum, UserModel } from '@claimlane/server-auth';

export const TenantKindEnum = Object.fromEntries(TENANT_KINDS.map((k) => [k, k])) as {
  [K in TenantKind]: K;
};
registerEnumType(TenantKindEnum, { name: 'TenantKind' });

@ObjectType('Tenant')
export class TenantModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => TenantKindEnum) kind!: TenantKind;
  @Field(() => Int) seatLimit!: number;
  @Field(() => Int, { description: 'Members holding a seat' }) seatsUsed!: number;
  @Field(() => Int, {
    description:
      'Pending invitations, which hold a seat too: seatsUsed + seatsPending <= seatLimit',
  })
  seatsPending!: number;
  @Field(() => String, { nullable: true, description: 'Two-letter state of the clinic' })
  state!: string | null;
  @Field({
    description: 'IANA time zone: date deadlines end at 23:59:59 here and are shown as dates in it',
  })
  timeZone!: string;
  @Field() plan!: string;
  @Field() status!: string;
  @Field(() => RoleEnum, { nullable: true, description: "The caller's role here" })
  myRole!: Role | null;
  @Field() createdAt!: Date;
}

@ObjectType('Member')
export class MemberModel {
  @Field(() => ID, { description: 'The user id' }) id!: string;
  @Field(() => UserModel) user!: UserModel;
  @Field(() => RoleEnum) role!: Role;
  @Field() joinedAt!: Date;
}

@ObjectType('Invitation')
export class InvitationModel {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field(() => RoleEnum) role!: Role;
  @Field() status!: string;
  @Field() expiresAt!: Date;
  @Field() createdAt!: Date;
  @Field(() => String, {
    nullable: true,
    description: 'The acceptance token; returned only by inviteMember (it is also e-mailed)',
  })
  token!: string | null;
}

@InputType()
export class CreateTenantInput {
  @Field() @IsString() @IsNotBlank() @MaxChars(200) name!: string;
  @Field(() => TenantKindEnum) @IsIn([...TENANT_KINDS]) kind!: TenantKind;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10000)
  seatLimit?: number;
  @Field({ nullable: true, description: "The clinic's state (two letters); sets the time zone" })
  @IsOptional()
  @IsString()
  @MaxChars(2)
  state?: string;
}

@InputType()
export class UpdateTenantSettingsInput {
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxChars(2) state?: string;
  @Field({ nullable: true, description: 'IANA name, e.g. America/Chicago' })
  @IsOptional()
  @IsString()
  @MaxChars(64)
  timeZone?: string;
}

@InputType()
export class InviteMemberInput {
  @Field()
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxChars(320)
  email!: string;
  @Field(() => RoleEnum) @IsIn([...ROLES]) role!: Role;
}

@InputType()
export class UpdateMemberRoleInput {
  @Field(() => ID) @IsString() userId!: string;
  @Field(() => RoleEnum) @IsIn([...ROLES]) role!: Role;
}
