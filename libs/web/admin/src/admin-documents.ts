import { graphql } from '@claimlane/web-data-access';

export const membersQuery = graphql(`
  query Members {
    tenant {
      id
      name
      seatLimit
      seatsUsed
      seatsPending
    }
    members {
      id
      role
      joinedAt
      user {
        id
        name
        email
      }
    }
  }
`);

export const invitationsQuery = graphql(`
  query Invitations {
    invitations {
      id
      email
      role
      status
      expiresAt
      createdAt
    }
  }
`);

export const inviteMemberMutation = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      id
      email
      role
      status
      expiresAt
      token
    }
  }
`);

export const revokeInvitationMutation = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id) {
      id
      status
    }
  }
`);

export const updateMemberRoleMutation = graphql(`
  mutation UpdateMemberRole($input: UpdateMemberRoleInput!) {
    updateMemberRole(input: $input) {
      id
      role
    }
  }
`);

export const removeMemberMutation = graphql(`
  mutation RemoveMember($userId: ID!) {
    removeMember(userId: $userId)
  }
`);

export const apiKeysQuery = graphql(`
  query ApiKeys {
    apiKeys {
      id
      name
      prefix
      role
      createdAt
      lastUsedAt
      revokedAt
    }
  }
`);

export const createApiKeyMutation = graphql(`
  mutation CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
      apiKey {
        id
        name
        prefix
        role
      }
    }
  }
`);

export const revokeApiKeyMutation = graphql(`
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      id
      revokedAt
    }
  }
`);

export const auditEventsQuery = graphql(`
  query AuditEvents($first: Int, $after: String) {
    auditEvents(first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          action
          entityType
          entityId
          actorUserId
          actorApiKeyId
          ip
          requestId
          createdAt
        }
      }
    }
  }
`);

export const tenantSettingsQuery = graphql(`
  query TenantSettings {
    tenant {
      id
      timeZone
      state
    }
  }
`);

export const updateTenantSettingsMutation = graphql(`
  mutation UpdateTenantSettings($input: UpdateTenantSettingsInput!) {
    updateTenantSettings(input: $input) {
      id
      timeZone
      state
    }
  }
`);
