import type { RegimeCitations } from '../regime-pack.types';

export const CITATIONS: RegimeCitations = {
  notice: '42 CFR 405.921(a)(2)',
  claimFile: '45 CFR 164.524 (right of access to the claim record)',
  reviewer: '42 CFR 405.948',
  parity: null,
  criteria: '42 CFR 405.921(a)(2)(i)-(ii)',
  clinical: '42 CFR 405.921(a)(2)(i)',
  codes: '42 CFR 405.921(a)(2)(i)',
  externalReview: '42 CFR 405.960',
};
