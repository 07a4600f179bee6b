export * from './entities';
export * from './tenant-context';
export * from './tenant-database';
export * from './system-runner';
export * from './data-source.factory';
export * from './migrator';
export * from './deadline-rows';
