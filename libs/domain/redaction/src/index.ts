export * from './identifier-kinds';
export * from './find-identifiers';
export * from './redact-text';
export { protectedSpans } from './protected-spans';
export { dateVariants } from './date-forms';
