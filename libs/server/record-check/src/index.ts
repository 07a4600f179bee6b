export * from './record-check.module';
export * from './record-check.models';
export * from './letter-input';
export * from './record-check.service';
export * from './storage-entitlements.port';
export * from './remittance-imports-worker.module';
export * from './remittance-import-job.models';
