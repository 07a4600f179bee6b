import { graphql } from './gql';

export const loginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      accessToken
      refreshToken
      user {
        id
        name
        email
      }
    }
  }
`);

export const requestSignUpMutation = graphql(`
  mutation RequestSignUp($input: SignUpInput!) {
    requestSignUp(input: $input) {
      email
    }
  }
`);

export const verifyEmailMutation = graphql(`
  mutation VerifyEmail($token: String!) {
    verifyEmail(token: $token) {
      accessToken
      refreshToken
      user {
        id
        name
        email
      }
    }
  }
`);

export const refreshMutation = graphql(`
  mutation Refresh($token: String!) {
    refreshToken(token: $token) {
      accessToken
      refreshToken
      user {
        id
        name
        email
      }
    }
  }
`);

export const logoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

export const myTenantsQuery = graphql(`
  query MyTenants {
    myTenants {
      id
      name
      kind
      myRole
      myPermissions
      grantableRoles
      seatLimit
      seatsUsed
    }
  }
`);

export const createTenantMutation = graphql(`
  mutation CreateTenant($input: CreateTenantInput!) {
    createTenant(input: $input) {
      id
      name
      kind
      myRole
      myPermissions
      grantableRoles
    }
  }
`);

export const acceptInvitationMutation = graphql(`
  mutation AcceptInvitation($token: String!) {
    acceptInvitation(token: $token) {
      id
      name
      myRole
      myPermissions
      grantableRoles
    }
  }
`);
