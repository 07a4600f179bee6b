import type { Role } from '@claimlane/shared-contracts';

/**
 * The written permission matrix: every tenant-scoped GraphQL operation and the roles allowed to run it.
 * Resolvers name their operation with @RequirePermission; the guard checks it here; a test walks the
 * whole matrix through GraphQL. Operations not listed are refused (fail closed).
 */
export const PERMISSION_MATRIX = {
  // Membership and workspace administration
  'tenant.read': ['OWNER', 'ADMIN', 'BILLER', 'CLINICIAN', 'VIEWER'],
  'tenant.update': ['OWNER'],
  'tenant.settings': ['OWNER', 'ADMIN'],
  // Tenant lifecycle (issue 15): the whole workspace's data out, or the workspace gone
  'tenant.export': ['OWNER', 'ADMIN'],
  'tenant.delete': ['OWNER'],
  'members.read': ['OWNER', 'ADMIN', 'BILLER', 'CLINICIAN', 'VIEWER'],
  'members.invite': ['OWNER', 'ADMIN'],
  'members.updateRole': ['OWNER', 'ADMIN'],
  'members.remove': ['OWNER', 'ADMIN'],
  'invitations.read': ['OWNER', 'ADMIN'],
  'invitations.revoke': ['OWNER', 'ADMIN'],
  'apiKeys.read': ['OWNER', 'ADMIN'],
  'apiKeys.create': ['OWNER', 'ADMIN'],
  'apiKeys.revoke': ['OWNER', 'ADMIN'],
  'audit.read': ['OWNER', 'ADMIN'],
  // Cases and denials (PHI)
  'cases.read': ['OWNER', 'ADMIN', 'BILLER', 'CLINICIAN', 'VIEWER'],
  'cases.create': ['OWNER', 'ADMIN', 'BILLER'],
  'cases.update': ['OWNER', 'ADMIN', 'BILLER', 'CLINICIAN'],
  'cases.delete': ['OWNER', 'ADMIN'],
  'cases.transition': ['OWNER', 'ADMIN', 'BILLER'],
  // Case notes (issue 10): whoever may edit a case may note on it; reading is cases.read
  'notes.write': ['OWNER', 'ADMIN', 'BILLER', 'CLINICIAN'],
  'denials.analyze': ['OWNER', 'ADMIN', 'BILLER'],
  'remittances.import': ['OWNER', 'ADMIN', 'BILLER'],
  'documents.upload': ['OWNER', 'ADMIN', 'BILLER', 'CLINICIAN'],
  'notifications.read': ['OWNER', 'ADMIN', 'BILLER', 'CLINICIAN', 'VIEWER'],
  // Evidence and letters (issue 8): documents on a case, criteria, exhibits, matrix, contacts, letters
  'evidence.read': ['OWNER', 'ADMIN', 'BILLER', 'CLINICIAN', 'VIEWER'],
  'evidence.write': ['OWNER', 'ADMIN', 'BILLER', 'CLINICIAN'],
  'cases.markReady': ['OWNER', 'ADMIN', 'BILLER'],
  'letters.read': ['OWNER', 'ADMIN', 'BILLER', 'CLINICIAN', 'VIEWER'],
  'letters.write': ['OWNER', 'ADMIN', 'BILLER', 'CLINICIAN'],
  'letters.clinicianAnswer': ['CLINICIAN'],
  'letters.signOff': ['CLINICIAN'],
  'letters.render': ['OWNER', 'ADMIN', 'BILLER', 'CLINICIAN', 'VIEWER'],
  'letters.settings': ['OWNER', 'ADMIN'],
  'packets.build': ['OWNER', 'ADMIN', 'BILLER', 'CLINICIAN'],
  // Billing (issue 12): plan, seats, usage; Checkout, the Stripe portal and seat changes
  'billing.read': ['OWNER', 'ADMIN'],
  'billing.manage': ['OWNER', 'ADMIN'],
  // Background jobs (issue 11): progress of one's jobs; the dead-letter view and retries
  'jobs.read': ['OWNER', 'ADMIN', 'BILLER', 'CLINICIAN', 'VIEWER'],
  'jobs.manage': ['OWNER', 'ADMIN'],
  // Record Calls (issue 11): payer lines on file, calls, and the audited unredacted transcript
  'payerPhones.read': ['OWNER', 'ADMIN', 'BILLER', 'CLINICIAN', 'VIEWER'],
  'payerPhones.manage': ['OWNER', 'ADMIN'],
  'calls.read': ['OWNER', 'ADMIN', 'BILLER', 'CLINICIAN', 'VIEWER'],
  'calls.request': ['OWNER', 'ADMIN', 'BILLER'],
  'calls.readUnredacted': ['OWNER', 'ADMIN'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSION_MATRIX;

export function roleAllows(role: Role, permission: Permission): boolean {
  return (PERMISSION_MATRIX[permission] as readonly Role[]).includes(role);
}

/** Who may hand out which role: nobody grants more than they hold; only an OWNER makes an OWNER. */
export function canAssignRole(actor: Role, target: Role): boolean {
  if (target === 'OWNER') return actor === 'OWNER';
  return actor === 'OWNER' || actor === 'ADMIN';
}
