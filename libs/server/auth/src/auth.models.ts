import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEmail, IsIn, IsOptional, IsString, Length } from 'class-validator';
import { ROLES, type Role } from '@claimlane/shared-contracts';
import { IsNotBlank, MaxChars } from '@claimlane/server-common';

export const RoleEnum = Object.fromEntries(ROLES.map((r) => [r, r])) as { [K in Role]: K };
registerEnumType(RoleEnum, {
  name: 'Role',
  description: 'Membership role (see the permission matrix)',
});

@ObjectType('User')
export class UserModel {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() name!: string;
  @Field() createdAt!: Date;
}

@ObjectType()
export class AuthPayload {
  @Field() accessToken!: string;
  @Field() refreshToken!: string;
  @Field(() => UserModel) user!: UserModel;
}

@InputType()
export class SignUpInput {
  @Field()
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxChars(320)
  email!: string;
  @Field()
  @IsString()
  @Length(10, 256, { message: 'password must be between 10 and 256 characters' })
  password!: string;
  @Field() @IsString() @IsNotBlank() @MaxChars(200) name!: string;
}

@ObjectType({
  description: 'The same answer whether or not the address has an account: look for our e-mail',
})
export class SignUpRequested {
  @Field() email!: string;
}

@InputType()
export class LoginInput {
  @Field() @IsString() @MaxChars(320) email!: string;
  @Field() @IsString() @MaxChars(256) password!: string;
}

@ObjectType('ApiKey')
export class ApiKeyModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => RoleEnum) role!: Role;
  @Field({ description: 'Non-secret identifier shown in lists' }) prefix!: string;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) lastUsedAt!: Date | null;
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;
}

@ObjectType()
export class CreateApiKeyPayload {
  @Field(() => ApiKeyModel) apiKey!: ApiKeyModel;
  @Field({ description: 'Shown once; send it as the X-Api-Key header' }) secret!: string;
}

@InputType()
export class CreateApiKeyInput {
  @Field() @IsString() @IsNotBlank() @MaxChars(100) name!: string;
  @Field(() => RoleEnum)
  @IsIn(['ADMIN', 'BILLER', 'CLINICIAN', 'VIEWER'], { message: 'API keys cannot be OWNER' })
  role!: Exclude<Role, 'OWNER'>;
}

@InputType()
export class LogoutInput {
  @Field({
    nullable: true,
    description: 'End every session of this user, not only the current one',
  })
  @IsOptional()
  everywhere?: boolean;
}
