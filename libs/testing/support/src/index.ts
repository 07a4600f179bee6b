export * from './test-database';
export * from './redis-server';
export * from './test-api';
export * from './test-tenants';
