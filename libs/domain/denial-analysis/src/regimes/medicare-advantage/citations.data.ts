import type { RegimeCitations } from '../regime-pack.types';

export const CITATIONS: RegimeCitations = {
  notice: '42 CFR 422.568(e)',
  claimFile:
    '45 CFR 164.524 (right of access to the claim record); CMS Parts C & D appeals guidance (case file on request)',
  reviewer: '42 CFR 422.566(d)',
  parity: null,
  criteria: '42 CFR 422.101(b)(6); 422.568(e)(2)',
  clinical: '42 CFR 422.568(e)(2); 422.566(d)',
  codes: '42 CFR 422.568(e)(2)',
  externalReview: '42 CFR 422.592',
};
