import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { assertUuid, requestId, type GqlContext, type RequestAuth } from '@claimlane/server-common';
import { CurrentAuth, RequirePermission, UserOnly } from '@claimlane/server-auth';
import { NoMutationAudit } from '@claimlane/server-audit';
import { TenantContext } from '@claimlane/server-db';
import {
  CreateTenantInput,
  InvitationModel,
  InviteMemberInput,
  MemberModel,
  TenantModel,
  UpdateMemberRoleInput,
  UpdateTenantSettingsInput,
} from './tenancy.models';
import { TenancyService } from './tenancy.service';

@Resolver()
export class TenancyResolver {
  constructor(private readonly tenancy: TenancyService) {}

  @UserOnly()
  @NoMutationAudit()
  @Mutation(() => TenantModel)
  createTenant(
    @Args('input') input: CreateTenantInput,
    @CurrentAuth() auth: RequestAuth,
    @Context() ctx: GqlContext,
  ): Promise<TenantModel> {
    return this.tenancy.createTenant(
      { auth, requestId: requestId(ctx.req), ip: ctx.req.ip ?? null },
      input.name.trim(),
      input.kind,
      input.seatLimit,
      input.state,
    );
  }

  @UserOnly()
  @Query(() => [TenantModel])
  myTenants(): Promise<TenantModel[]> {
    return this.tenancy.myTenants();
  }

  @RequirePermission('tenant.read')
  @Query(() => TenantModel, { description: 'The active workspace' })
  tenant(): Promise<TenantModel> {
    return this.tenancy.getTenant(TenantContext.tenantId());
  }

  @RequirePermission('tenant.settings')
  @Mutation(() => TenantModel, { description: "The clinic's state and time zone" })
  updateTenantSettings(@Args('input') input: UpdateTenantSettingsInput): Promise<TenantModel> {
    return this.tenancy.updateSettings(input);
  }

  @RequirePermission('members.invite')
  @Mutation(() => InvitationModel)
  inviteMember(
    @Args('input') input: InviteMemberInput,
    @CurrentAuth() auth: RequestAuth,
  ): Promise<InvitationModel> {
    return this.tenancy.invite(auth, input.email, input.role);
  }

  @UserOnly()
  @NoMutationAudit()
  @Mutation(() => TenantModel, { description: 'Join the workspace that sent the invitation' })
  acceptInvitation(
    @Args('token') token: string,
    @CurrentAuth() auth: RequestAuth,
    @Context() ctx: GqlContext,
  ): Promise<TenantModel> {
    return this.tenancy.accept(
      { auth, requestId: requestId(ctx.req), ip: ctx.req.ip ?? null },
      token.trim().slice(0, 200),
    );
  }

  @RequirePermission('members.read')
  @Query(() => [MemberModel])
  members(): Promise<MemberModel[]> {
    return this.tenancy.members();
  }

  @RequirePermission('members.updateRole')
  @Mutation(() => MemberModel)
  updateMemberRole(
    @Args('input') input: UpdateMemberRoleInput,
    @CurrentAuth() auth: RequestAuth,
  ): Promise<MemberModel> {
    return this.tenancy.updateRole(auth, assertUuid(input.userId, 'userId'), input.role);
  }

  @RequirePermission('members.remove')
  @Mutation(() => Boolean)
  removeMember(
    @Args('userId', { type: () => ID }) userId: string,
    @CurrentAuth() auth: RequestAuth,
  ): Promise<boolean> {
    return this.tenancy.remove(auth, assertUuid(userId, 'userId'));
  }

  @RequirePermission('invitations.read')
  @Query(() => [InvitationModel])
  invitations(): Promise<InvitationModel[]> {
    return this.tenancy.invitations();
  }

  @RequirePermission('invitations.revoke')
  @Mutation(() => InvitationModel)
  revokeInvitation(@Args('id', { type: () => ID }) id: string): Promise<InvitationModel> {
    return this.tenancy.revokeInvitation(assertUuid(id));
  }
}
