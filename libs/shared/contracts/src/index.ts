export * from './domain-ids';
