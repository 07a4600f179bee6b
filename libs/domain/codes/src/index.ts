export type {
  AdjustmentDescription,
  AdjustmentGroupCode,
  CarcInfo,
  CodeReference,
  RarcInfo,
} from './code.types';
export { ADJUSTMENT_GROUPS, type AdjustmentGroup } from './adjustment-groups.data';
export { CARC_CLASSIFICATIONS, type CarcClassification } from './carc-category.data';
export { RETIRED_CARCS, type RetiredCarc } from './carc-retired.data';
export { CARC_ROWS } from './carc.data';
export { RARC_ROWS } from './rarc.data';
export {
  isAdjustmentGroupCode,
  normaliseCarc,
  normaliseGroup,
  parseCodeReference,
} from './code-normalise';
export { UNKNOWN_CODE, categoryForCarc, isDenialCarc, lookupCarc } from './carc.lookup';
export { lookupRarc } from './rarc.lookup';
export { adjustmentGroup, describeAdjustment } from './adjustment.describe';
