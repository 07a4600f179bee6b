import type { Regime } from '@claimlane/shared-contracts';

/** Citations the findings and the written questions rest on, per regime. */
export interface RegimeCitations {
  /** The notice must be complete and understandable. */
  notice: string;
  /** The member's right to the claim file / relevant documents, free of charge. */
  claimFile: string;
  /** Who may decide a medical-judgment denial, and the right to know. */
  reviewer: string;
  /** Mental-health / substance-use parity, or null where MHPAEA does not reach. */
  parity: string | null;
  /** The right to the criteria themselves. */
  criteria: string;
  /** The right to the clinical rationale. */
  clinical: string;
  /** Codes and their meanings. */
  codes: string;
  /** External review / hearing. */
  externalReview: string;
}

const ERISA: RegimeCitations = {
  notice: '29 CFR 2560.503-1(g)(1)',
  claimFile: '29 CFR 2560.503-1(h)(2)(iii), (m)(8)',
  reviewer: '29 CFR 2560.503-1(h)(3)(iii)-(iv), (h)(4)',
  parity: '29 CFR 2590.712(c)(4); ERISA §712(a)(8)',
  criteria: '29 CFR 2560.503-1(g)(1)(v)(A), (h)(2)(iii), (m)(8)',
  clinical: '29 CFR 2560.503-1(g)(1)(v)(B)',
  codes: '29 CFR 2590.715-2719(b)(2)(ii)(E)(1)-(2)',
  externalReview: '29 CFR 2590.715-2719(b)(2)(ii)(E)(3), (d)',
};

const INDIVIDUAL: RegimeCitations = {
  notice: '45 CFR 147.136(b)(3); 29 CFR 2560.503-1(g)(1)',
  claimFile: '45 CFR 147.136(b)(3)(i); 29 CFR 2560.503-1(h)(2)(iii), (m)(8)',
  reviewer: '45 CFR 147.136(b)(3)(i); 29 CFR 2560.503-1(h)(3)(iii)-(iv)',
  parity: '45 CFR 146.136(c)(4) (group); 45 CFR 147.160 (individual)',
  criteria: '45 CFR 147.136(b)(3)(i); 29 CFR 2560.503-1(g)(1)(v)(A)',
  clinical: '45 CFR 147.136(b)(3)(i); 29 CFR 2560.503-1(g)(1)(v)(B)',
  codes: '45 CFR 147.136(b)(3)(ii)(E)(1)-(2)',
  externalReview: '45 CFR 147.136(b)(3)(ii)(E)(3), (c)-(d)',
};

export const REGIME_CITATIONS: Record<Regime, RegimeCitations> = {
  erisa_group_health: ERISA,
  aca_individual: INDIVIDUAL,
  unknown: {
    ...ERISA,
    notice: '29 CFR 2560.503-1(g)(1) (ERISA plans) / 45 CFR 147.136(b) (non-ERISA coverage)',
    claimFile:
      '29 CFR 2560.503-1(h)(2)(iii), (m)(8) (ERISA plans; 45 CFR 147.136(b)(3)(i) for insured non-ERISA coverage)',
    parity: '29 CFR 2590.712(c)(4) / 45 CFR 146.136(c)(4)',
  },
  medicare_advantage: {
    notice: '42 CFR 422.568(e)',
    claimFile:
      '45 CFR 164.524 (right of access to the claim record); CMS Parts C & D appeals guidance (case file on request)',
    reviewer: '42 CFR 422.566(d)',
    parity: null,
    criteria: '42 CFR 422.101(b)(6); 422.568(e)(2)',
    clinical: '42 CFR 422.568(e)(2); 422.566(d)',
    codes: '42 CFR 422.568(e)(2)',
    externalReview: '42 CFR 422.592',
  },
  medicare_ffs: {
    notice: '42 CFR 405.921(a)(2)',
    claimFile: '45 CFR 164.524 (right of access to the claim record)',
    reviewer: '42 CFR 405.948',
    parity: null,
    criteria: '42 CFR 405.921(a)(2)(i)-(ii)',
    clinical: '42 CFR 405.921(a)(2)(i)',
    codes: '42 CFR 405.921(a)(2)(i)',
    externalReview: '42 CFR 405.960',
  },
  medicaid_managed_care: {
    notice: '42 CFR 438.404(a)-(b); 438.10',
    claimFile: '42 CFR 438.406(b)(5); 438.404(b)(2)',
    reviewer: '42 CFR 438.210(b)(3); 438.406(b)(2)(ii)',
    parity: '42 CFR 438.910(d); 438.915',
    criteria: '42 CFR 438.404(b)(2); 438.915(a)',
    clinical: '42 CFR 438.404(b)(2)',
    codes: '42 CFR 438.404(b)(2)',
    externalReview: '42 CFR 438.402(c); 438.408(f)',
  },
};
