import type { Role } from '@claimlane/web-data-access';

/** How a role reads on screen (OWNER → Owner). */
export function roleLabel(role: Role): string {
  return role.charAt(0) + role.slice(1).toLowerCase();
}

/**
 * Select options for the roles the caller may grant. Which roles those are is the API's answer
 * (`Tenant.grantableRoles`, from the server's canAssignRole), so the web keeps no copy of the rule.
 */
export function roleOptions(roles: readonly Role[]): Array<{ value: Role; label: string }> {
  return roles.map((value) => ({ value, label: roleLabel(value) }));
}
