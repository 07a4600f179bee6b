export { analyzeDenial } from './analyze-denial';
export { ENGINE_VERSION, RULES_VERSION } from './engine-version';
export {
  DISCLOSURE_RULES,
  NOT_APPLICABLE_BY_CATEGORY,
  type ElementRule,
  type Requirement,
} from './disclosures/disclosure-rules.data';
export { CATEGORY_CUES } from './classify/category-cues.data';
export { REGIME_CUES } from './classify/regime-cues.data';
export { REGIME_PACKS } from './regimes/regime-packs';
export type {
  RegimeCitations as RegimePackCitations,
  RegimePack,
} from './regimes/regime-pack.types';
export type * from './record-check.types';
export { REGIME_CITATIONS, type RegimeCitations } from './findings/regime-citations.data';
