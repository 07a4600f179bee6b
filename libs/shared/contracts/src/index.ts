export * from './domain-ids';
export * from './appeal-workflow';
export * from './queue-jobs';
