import type { RegimeCitations } from '../regime-pack.types';

import { CITATIONS as ERISA } from '../erisa-group-health/citations.data';

export const CITATIONS: RegimeCitations = {
  ...ERISA,
  notice: '29 CFR 2560.503-1(g)(1) (ERISA plans) / 45 CFR 147.136(b) (non-ERISA coverage)',
  claimFile:
    '29 CFR 2560.503-1(h)(2)(iii), (m)(8) (ERISA plans; 45 CFR 147.136(b)(3)(i) for insured non-ERISA coverage)',
  parity: '29 CFR 2590.712(c)(4) / 45 CFR 146.136(c)(4)',
};
