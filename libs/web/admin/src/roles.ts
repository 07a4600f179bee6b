import type { Role } from '@claimlane/web-data-access';

export const ROLES: Array<{ value: Role; label: string }> = [
  { value: 'OWNER', label: 'Owner' },
  { value: 'ADMIN', label: 'Admin' },
  { value: 'BILLER', label: 'Biller' },
  { value: 'CLINICIAN', label: 'Clinician' },
  { value: 'VIEWER', label: 'Viewer' },
];

/** Nobody grants more than they hold; only an owner makes an owner (the API enforces the same). */
export function assignableRoles(actor: Role | null | undefined) {
  if (actor === 'OWNER') return ROLES;
  if (actor === 'ADMIN') return ROLES.filter((r) => r.value !== 'OWNER');
  return [];
}
