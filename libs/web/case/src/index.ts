export * from './case-page';
export * from './case-documents';
