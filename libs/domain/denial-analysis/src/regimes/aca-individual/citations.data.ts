import type { RegimeCitations } from '../regime-pack.types';

export const CITATIONS: RegimeCitations = {
  notice: '45 CFR 147.136(b)(3); 29 CFR 2560.503-1(g)(1)',
  claimFile: '45 CFR 147.136(b)(3)(i); 29 CFR 2560.503-1(h)(2)(iii), (m)(8)',
  reviewer: '45 CFR 147.136(b)(3)(i); 29 CFR 2560.503-1(h)(3)(iii)-(iv)',
  parity: '45 CFR 146.136(c)(4) (group); 45 CFR 147.160 (individual)',
  criteria: '45 CFR 147.136(b)(3)(i); 29 CFR 2560.503-1(g)(1)(v)(A)',
  clinical: '45 CFR 147.136(b)(3)(i); 29 CFR 2560.503-1(g)(1)(v)(B)',
  codes: '45 CFR 147.136(b)(3)(ii)(E)(1)-(2)',
  externalReview: '45 CFR 147.136(b)(3)(ii)(E)(3), (c)-(d)',
};
