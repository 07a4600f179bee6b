import type { DenialCategory, Regime } from '@claimlane/shared-contracts';
import { categoryForCarc, isDenialCarc, lookupCarc } from '@claimlane/domain-codes';
import type { ClaimAdjustment, ClaimPayment } from '@claimlane/domain-x12';

/** CLP06 claim filing indicator → regime, where the code decides it (data, not logic). */
const FILING_INDICATOR_REGIME: Record<string, Regime> = {
  MA: 'medicare_ffs',
  MB: 'medicare_ffs',
  '16': 'medicare_advantage',
  MC: 'medicaid_managed_care',
};

export interface DenialFromRemittance {
  category: DenialCategory;
  regime: Regime;
  carc: string[];
  rarc: string[];
  deniedAmount: number;
  statedReason: string;
}

const cents = (n: number) => Math.round(n * 100) / 100;

/**
 * CARC 23 (with OA: "the impact of prior payer(s) adjudication") carries what another payer already
 * paid on a secondary claim: it refuses nothing, so it never makes a claim a denial.
 */
const PRIOR_PAYER_CARCS: ReadonlySet<string> = new Set(['23']);

/**
 * Whether a remitted claim is a denial worth working, and how: status 4 (denied), or any adjustment
 * whose CARC refuses payment (CO-50, CO-197…) as opposed to routine ones (CO-45, PR-1…).
 */
export function denialOf(claim: ClaimPayment): DenialFromRemittance | null {
  const denying = claim.adjustments.filter(
    (a) => isDenialCarc(a.carc) && !PRIOR_PAYER_CARCS.has(a.carc),
  );
  const fullyDenied = claim.status === '4';
  if (!fullyDenied && denying.length === 0) return null;
  const main: ClaimAdjustment | undefined = [...denying].sort((a, b) => b.amount - a.amount)[0];
  const category = (main && categoryForCarc(main.carc)) ?? 'other';
  const deniedAmount = fullyDenied
    ? cents(claim.charge - claim.paid)
    : cents(denying.reduce((s, a) => s + a.amount, 0));
  const codes = [...new Set(claim.adjustments.map((a) => `${a.group}-${a.carc}`))];
  const reason = main
    ? `${main.group}-${main.carc}: ${lookupCarc(main.carc).description}`
    : 'Claim denied (CLP02 status 4) without a denial reason code';
  return {
    category,
    regime: FILING_INDICATOR_REGIME[claim.claimFilingIndicator ?? ''] ?? 'unknown',
    carc: codes,
    rarc: claim.remarks,
    deniedAmount,
    statedReason: reason.slice(0, 4000),
  };
}

/** Identity of a remitted claim across re-imports of the same file (or a corrected resend). */
export function claimSourceRef(claim: ClaimPayment): string {
  return [
    '835',
    claim.payer.id ?? claim.payer.name,
    claim.payerClaimControlNumber ?? '',
    claim.claimId,
  ].join('|');
}
