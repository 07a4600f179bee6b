export * from './test-database';
export * from './redis-server';
export * from './test-api';
export * from './test-tenants';
export * from './temporal-server';
export * from './test-smtp';
export * from './test-worker';
export * from './eventually';
