export * from './case-page';
export * from './offered-actions';
export * from './case-documents';
