import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { APP_CONFIG, type AppConfig } from '@claimlane/server-config';
import { StaleReadDatabase, TenantDatabase } from '@claimlane/server-db';

export const REDIS = Symbol('REDIS');
export const LOGGER = Symbol('LOGGER');

export interface CoreDeps {
  config: AppConfig;
  db: TenantDatabase;
  redis: Redis;
  logger: Logger;
  /** Reads routed to the read replica when one is configured (default: the primary). */
  staleReads?: StaleReadDatabase;
}

/**
 * Process-wide resources are created by the app's bootstrap (so tests and the CLI can build them the
 * same way) and handed to Nest here.
 */
@Global()
@Module({})
export class CoreModule {
  static forRoot(deps: CoreDeps): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: APP_CONFIG, useValue: deps.config },
        { provide: TenantDatabase, useValue: deps.db },
        { provide: REDIS, useValue: deps.redis },
        { provide: LOGGER, useValue: deps.logger },
        {
          provide: StaleReadDatabase,
          useValue: deps.staleReads ?? new StaleReadDatabase(deps.db, null),
        },
      ],
      exports: [APP_CONFIG, TenantDatabase, REDIS, LOGGER, StaleReadDatabase],
    };
  }
}
