import { Field, ID, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from '@claimlane/server-common';

@ObjectType('AuditEvent')
export class AuditEventModel {
  @Field(() => ID) id!: string;
  @Field() action!: string;
  @Field(() => String, { nullable: true }) entityType!: string | null;
  @Field(() => String, { nullable: true }) entityId!: string | null;
  @Field(() => [String], {
    nullable: true,
    description: 'Reads: every record of entityType that one operation returned',
  })
  entityIds!: string[] | null;
  @Field(() => String, { nullable: true }) actorUserId!: string | null;
  @Field(() => String, { nullable: true }) actorApiKeyId!: string | null;
  @Field(() => String, { nullable: true }) requestId!: string | null;
  @Field(() => String, { nullable: true }) ip!: string | null;
  @Field(() => GraphQLJSON) meta!: Record<string, unknown>;
  @Field() createdAt!: Date;
}
