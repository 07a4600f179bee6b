export * from './net-probe';
export * from './find-binary';
export * from './temporal-dev-server';
export * from './temporal-cli-build';
export * from './redis-server';
export * from './embedded-postgres';
export * from './read-replica';
