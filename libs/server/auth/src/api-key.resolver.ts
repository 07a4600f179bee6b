import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ApiKeyEntity, TenantContext } from '@claimlane/server-db';
import { assertUuid, type RequestAuth } from '@claimlane/server-common';
import { CurrentAuth, RequirePermission } from './auth.decorators';
import { ApiKeyModel, CreateApiKeyInput, CreateApiKeyPayload } from './auth.models';
import { ApiKeyService } from './api-key.service';

@Resolver(() => ApiKeyModel)
export class ApiKeyResolver {
  constructor(private readonly keys: ApiKeyService) {}

  @RequirePermission('apiKeys.read')
  @Query(() => [ApiKeyModel])
  apiKeys(): Promise<ApiKeyModel[]> {
    return TenantContext.manager()
      .getRepository(ApiKeyEntity)
      .find({ order: { createdAt: 'DESC' } });
  }

  @RequirePermission('apiKeys.create')
  @Mutation(() => CreateApiKeyPayload)
  async createApiKey(
    @Args('input') input: CreateApiKeyInput,
    @CurrentAuth() auth: RequestAuth,
  ): Promise<CreateApiKeyPayload> {
    const { key, secret } = await this.keys.create(input.name.trim(), input.role, auth.userId);
    return { apiKey: key, secret };
  }

  @RequirePermission('apiKeys.revoke')
  @Mutation(() => ApiKeyModel)
  revokeApiKey(@Args('id', { type: () => ID }) id: string): Promise<ApiKeyModel> {
    return this.keys.revoke(TenantContext.manager(), assertUuid(id));
  }
}
