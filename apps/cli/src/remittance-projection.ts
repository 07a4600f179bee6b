import type { AdjustmentGroup, ClaimPayment } from '@claimlane/domain-x12';

/**
 * `claimlane check --json` output for an 835 (issue 3 output contract; outside tools read it). The key
 * set and order are fixed, so claims are rebuilt field by field rather than spread from the parser's
 * richer ClaimPayment, whose extra fields (patient names, member ids) must not leak into the contract.
 */
export interface ProjectedAdjustment {
  group: AdjustmentGroup;
  carc: string;
  amount: number;
  level: 'claim' | 'service';
  /** Only on service-level adjustments. */
  procedure?: string;
}

export interface ProjectedClaim {
  claimId: string;
  status: string;
  charge: number;
  paid: number;
  patientResponsibility: number | null;
  adjustments: ProjectedAdjustment[];
  remarks: string[];
}

export interface RemittanceProjection {
  claims: ProjectedClaim[];
}

export function projectClaim(c: ClaimPayment): ProjectedClaim {
  return {
    claimId: c.claimId,
    status: c.status,
    charge: c.charge,
    paid: c.paid,
    patientResponsibility: c.patientResponsibility,
    adjustments: c.adjustments.map((a) => {
      const out: ProjectedAdjustment = {
        group: a.group,
        carc: a.carc,
        amount: a.amount,
        level: a.level,
      };
      if (a.procedure !== undefined) out.procedure = a.procedure;
      return out;
    }),
    remarks: [...c.remarks],
  };
}

export function projectRemittance(claims: readonly ClaimPayment[]): RemittanceProjection {
  return { claims: claims.map(projectClaim) };
}
