import type { ImportSummary } from '@claimlane/server-remittances';
import type { RemittanceImportSummaryModel } from './record-check.models';

/** What a finished import job returns (stored on the BullMQ job, read by `remittanceImport`). */
export type RemittanceImportResult = RemittanceImportSummaryModel;

/** The summary as GraphQL shows it: at most 100 problems, without the claim ids the parser keeps. */
export function toSummaryModel(s: ImportSummary): RemittanceImportResult {
  return {
    claimsRead: s.claimsRead,
    deniedClaims: s.deniedClaims,
    claimsCreated: s.claimsCreated,
    denialsCreated: s.denialsCreated,
    alreadyImported: s.alreadyImported,
    totalCharge: s.totalCharge,
    totalPaid: s.totalPaid,
    totalDenied: s.totalDenied,
    payers: s.payers,
    errors: s.errors.slice(0, 100).map((e) => ({
      code: e.code,
      message: e.message,
      segmentNumber: e.segmentNumber ?? null,
    })),
  };
}
