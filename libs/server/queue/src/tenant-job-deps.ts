import { Inject, Injectable } from '@nestjs/common';
import type { Worker } from 'bullmq';
import type { Logger } from 'pino';
import { APP_CONFIG, type AppConfig } from '@claimlane/server-config';
import { TenantDatabase } from '@claimlane/server-db';
import { LOGGER } from '@claimlane/server-common';

/**
 * What every tenant job processor needs, injected as one object so a processor's constructor stays
 * `constructor(deps: TenantJobDeps, ...own) { super(deps); }`. It also keeps the set of running
 * workers, which the shutdown service drains.
 */
@Injectable()
export class TenantJobDeps {
  readonly workers = new Set<Worker>();

  constructor(
    readonly db: TenantDatabase,
    @Inject(LOGGER) readonly logger: Logger,
    @Inject(APP_CONFIG) readonly config: AppConfig,
  ) {}
}
