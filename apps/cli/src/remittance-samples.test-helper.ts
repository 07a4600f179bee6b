// The repo's own 835 corpus (libs/domain/x12/corpus) with its expected claims, for the CLI specs.
import { remittanceCorpus, type ExpectedRemittance } from '@claimlane/testing-fixtures';
import type { ProjectedAdjustment, ProjectedClaim } from './remittance-projection';

export type RemittanceLabel = ExpectedRemittance;

export interface SampleRemittance {
  label: RemittanceLabel;
  path: string;
}

export function sampleRemittances(): SampleRemittance[] {
  return remittanceCorpus().map(({ expected, path }) => ({ label: expected, path }));
}

/**
 * The contract projection the expected files describe. They put service-line RARCs on the adjustment
 * they follow; the contract lists a claim's RARCs once each in `remarks` (claim-level first).
 */
export function expectedProjection(label: RemittanceLabel): { claims: ProjectedClaim[] } {
  return {
    claims: label.claims.map((c) => ({
      claimId: c.claim_id,
      status: c.status,
      charge: c.charge,
      paid: c.paid,
      patientResponsibility: c.patient_resp,
      adjustments: c.adjustments.map((a) => {
        const out: ProjectedAdjustment = {
          group: a.group as ProjectedAdjustment['group'],
          carc: a.carc,
          amount: a.amount,
          level: a.level,
        };
        if (a.procedure !== undefined) out.procedure = a.procedure;
        return out;
      }),
      remarks: [...new Set([...(c.rarc ?? []), ...c.adjustments.flatMap((a) => a.rarc ?? [])])],
    })),
  };
}

export const CLAIM_KEYS = [
  'claimId',
  'status',
  'charge',
  'paid',
  'patientResponsibility',
  'adjustments',
  'remarks',
];
