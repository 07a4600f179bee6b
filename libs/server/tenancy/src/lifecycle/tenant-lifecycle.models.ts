import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsString } from 'class-validator';
import { MaxChars } from '@claimlane/server-common';

@InputType()
export class DeleteTenantInput {
  @Field({ description: "The workspace's exact name, typed by the owner to confirm" })
  @IsString()
  @MaxChars(200)
  confirmName!: string;
}

@ObjectType('TenantDeletion')
export class TenantDeletionModel {
  @Field(() => ID) tenantId!: string;
  @Field() deletedAt!: Date;
  @Field({ description: 'After this the data is erased for good (until then it can be restored)' })
  purgeAfter!: Date;
}

@ObjectType('TenantExportLink')
export class TenantExportLinkModel {
  @Field({
    description:
      'Signed link (HMAC, short expiry) streaming the tar archive; the download is audited',
  })
  url!: string;
  @Field() expiresAt!: Date;
  @Field({ description: 'Ed25519 public key (SPKI PEM) that verifies the archive manifest' })
  signingPublicKey!: string;
  @Field() signingKeyId!: string;
}
