import { SetMetadata } from '@nestjs/common';

export const AUDIT_READ = 'claimlane:audit-read';
export const NO_MUTATION_AUDIT = 'claimlane:no-mutation-audit';

export interface AuditReadSpec {
  /** Entity type written to the audit row (Patient, Claim, Denial, AppealCase, Document). */
  entity: string;
  action: string;
}

/** Marks a resolver that returns PHI-bearing records: each record returned gets an audit row. */
export const AuditRead = (
  entity: string,
  action = `${entity.charAt(0).toLowerCase()}${entity.slice(1)}.read`,
) => SetMetadata(AUDIT_READ, { entity, action } satisfies AuditReadSpec);

/** For mutations that write their own, more specific audit rows (or have no tenant yet). */
export const NoMutationAudit = () => SetMetadata(NO_MUTATION_AUDIT, true);
