/**
 * The permission-matrix rows the screens ask about. Which role holds which row is the API's answer
 * (`Tenant.myPermissions`, from libs/server/auth/src/permission-matrix.ts), so the web keeps no role
 * table of its own; it only shows or hides controls, and the API checks every call anyway.
 */
export type WorkspacePermission =
  | 'cases.create'
  | 'cases.update'
  | 'members.invite'
  | 'apiKeys.read'
  | 'audit.read'
  | 'tenant.settings'
  | 'billing.manage'
  | 'evidence.write'
  | 'letters.write'
  | 'letters.signOff'
  | 'letters.render'
  | 'packets.build'
  | 'documents.upload'
  | 'jobs.manage'
  | 'calls.request'
  | 'payerPhones.manage';

export function can(
  workspace: { myPermissions: readonly string[] } | null | undefined,
  permission: WorkspacePermission,
): boolean {
  return !!workspace && workspace.myPermissions.includes(permission);
}
