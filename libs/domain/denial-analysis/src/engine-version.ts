import { RULES_VERSION } from './disclosures/disclosure-rules.data';

/** Bump when output for the same input changes (extraction, scoring, rules). */
export const ENGINE_VERSION = 'denial-analysis@0.1.0';
export { RULES_VERSION };
