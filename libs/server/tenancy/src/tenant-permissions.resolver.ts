import { ResolveField, Resolver } from '@nestjs/graphql';
import { ROLES, type Role } from '@claimlane/shared-contracts';
import {
  PERMISSION_MATRIX,
  RoleEnum,
  canAssignRole,
  roleAllows,
  type Permission,
} from '@claimlane/server-auth';
import { TenantModel } from './tenancy.models';

const PERMISSIONS = Object.keys(PERMISSION_MATRIX) as Permission[];

/**
 * The caller's permission-matrix rows in a workspace, so clients show only the controls the API
 * would accept without keeping their own copy of the role table (the API still checks every call).
 */
@Resolver(() => TenantModel)
export class TenantPermissionsResolver {
  @ResolveField(() => [String], {
    description:
      "The operations the caller's role may run here (permission-matrix names, e.g. cases.create)",
  })
  myPermissions(t: TenantModel): string[] {
    const role = t.myRole;
    return role ? PERMISSIONS.filter((p) => roleAllows(role, p)) : [];
  }

  @ResolveField(() => [RoleEnum], {
    description:
      'The roles the caller may grant here (invitations, role changes, API keys), most powerful first; empty when none',
  })
  grantableRoles(t: TenantModel): Role[] {
    const actor = t.myRole;
    return !actor ? [] : ROLES.filter((r) => canAssignRole(actor, r));
  }
}
