import type { RegimeCitations } from '../regime-pack.types';

export const CITATIONS: RegimeCitations = {
  notice: '42 CFR 438.404(a)-(b); 438.10',
  claimFile: '42 CFR 438.406(b)(5); 438.404(b)(2)',
  reviewer: '42 CFR 438.210(b)(3); 438.406(b)(2)(ii)',
  parity: '42 CFR 438.910(d); 438.915',
  criteria: '42 CFR 438.404(b)(2); 438.915(a)',
  clinical: '42 CFR 438.404(b)(2)',
  codes: '42 CFR 438.404(b)(2)',
  externalReview: '42 CFR 438.402(c); 438.408(f)',
};
