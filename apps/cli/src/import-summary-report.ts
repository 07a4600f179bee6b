import type { ImportSummary } from '@claimlane/server-remittances';
import { labelled, money } from './text-wrap';

/** Counts only: this row is written to audit_events, which must carry no PHI and no file name. */
export interface ImportAuditMeta {
  claimsRead: number;
  deniedClaims: number;
  claimsCreated: number;
  denialsCreated: number;
  alreadyImported: number;
  parseWarnings: number;
}

export function importAuditMeta(s: ImportSummary): ImportAuditMeta {
  return {
    claimsRead: s.claimsRead,
    deniedClaims: s.deniedClaims,
    claimsCreated: s.claimsCreated,
    denialsCreated: s.denialsCreated,
    alreadyImported: s.alreadyImported,
    parseWarnings: s.errors.length,
  };
}

export function formatImportSummary(tenantId: string, s: ImportSummary): string {
  const w = 20;
  return (
    [
      `Imported 835 into tenant ${tenantId}`,
      ...labelled('Claims read', String(s.claimsRead), w),
      ...labelled('Denied claims', String(s.deniedClaims), w),
      ...labelled('Claims created', String(s.claimsCreated), w),
      ...labelled('Denials created', String(s.denialsCreated), w),
      ...labelled('Already imported', String(s.alreadyImported), w),
      ...labelled('Total charge', money(s.totalCharge), w),
      ...labelled('Total paid', money(s.totalPaid), w),
      ...labelled('Denied (new claims)', money(s.totalDenied), w),
      ...labelled('Payers', s.payers.length ? s.payers.join(', ') : '-', w),
      ...labelled('Parse warnings', String(s.errors.length), w),
    ].join('\n') + '\n'
  );
}
