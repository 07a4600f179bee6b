export * from './domain-ids';
export * from './appeal-workflow';
