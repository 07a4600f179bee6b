import { DataSource } from 'typeorm';
import { ALL_MIGRATIONS } from '@claimlane/migrations';
import { ALL_ENTITIES } from './entities';

export interface DataSourceOptions {
  url: string;
  poolSize?: number;
  applicationName?: string;
}

/** Runtime connection (as `claimlane_app`): entities only, never synchronize, never migrate. */
export function createAppDataSource(opts: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: opts.url,
    entities: ALL_ENTITIES,
    synchronize: false,
    migrationsRun: false,
    logging: false,
    extra: {
      max: opts.poolSize ?? 10,
      application_name: opts.applicationName ?? 'claimlane',
      // A stuck query must not hold a pooled connection (and its tenant transaction) forever.
      statement_timeout: 30_000,
      idle_in_transaction_session_timeout: 60_000,
      // Waiting for a pooled connection gives up instead of queueing forever behind a stuck caller.
      connectionTimeoutMillis: 15_000,
    },
  });
}

/** Owner connection: migrations only. */
export function createOwnerDataSource(url: string): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: [],
    migrations: ALL_MIGRATIONS,
    migrationsTableName: 'typeorm_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    extra: { max: 2, application_name: 'claimlane-migrator' },
  });
}
