import type { RegimeCitations } from '../regime-pack.types';

export const CITATIONS: RegimeCitations = {
  notice: '29 CFR 2560.503-1(g)(1)',
  claimFile: '29 CFR 2560.503-1(h)(2)(iii), (m)(8)',
  reviewer: '29 CFR 2560.503-1(h)(3)(iii)-(iv), (h)(4)',
  parity: '29 CFR 2590.712(c)(4); ERISA §712(a)(8)',
  criteria: '29 CFR 2560.503-1(g)(1)(v)(A), (h)(2)(iii), (m)(8)',
  clinical: '29 CFR 2560.503-1(g)(1)(v)(B)',
  codes: '29 CFR 2590.715-2719(b)(2)(ii)(E)(1)-(2)',
  externalReview: '29 CFR 2590.715-2719(b)(2)(ii)(E)(3), (d)',
};
