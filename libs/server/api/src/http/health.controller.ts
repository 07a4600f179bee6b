import { Controller, Get, HttpCode, Inject, Optional, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { Redis } from 'ioredis';
import { TenantDatabase } from '@claimlane/server-db';
import { REDIS } from '@claimlane/server-common';
import { Public } from '@claimlane/server-auth';
import { JobProducer } from '@claimlane/server-queue';
import { APPEAL_WORKFLOWS, type AppealWorkflowClient } from '@claimlane/workflows-client';

interface Readiness {
  status: string;
  postgres: string;
  redis: string;
  queue: string;
  temporal: string;
}

/**
 * Liveness (`/health`: the process answers) and readiness (`/ready`: Postgres, Redis, the BullMQ
 * connection and, when configured, the Temporal frontend answer). Without TEMPORAL_ADDRESS the API runs
 * with appeal workflows off by design, so `temporal: not_configured` does not fail readiness.
 */
@Public()
@Controller()
export class HealthController {
  constructor(
    private readonly db: TenantDatabase,
    @Inject(REDIS) private readonly redis: Redis,
    private readonly jobs: JobProducer,
    @Optional()
    @Inject(APPEAL_WORKFLOWS)
    private readonly workflows: AppealWorkflowClient | null,
  ) {}

  @Get('health')
  @HttpCode(200)
  health(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  async ready(@Res({ passthrough: true }) res: Response): Promise<Readiness> {
    const workflows = this.workflows;
    const [postgres, redis, queue, temporal] = await Promise.all([
      withTimeout(this.db.dataSource.query('select 1').then(() => 'ok')),
      withTimeout(this.redis.ping().then(pong)),
      // The queues' own connection (BullMQ opens its own, apart from the rate-limit client).
      withTimeout(
        this.jobs
          .queue('ocr')
          .getJobCounts('waiting')
          .then(() => 'ok'),
      ),
      workflows
        ? withTimeout(workflows.ping().then(() => 'ok'))
        : Promise.resolve('not_configured'),
    ]);
    const ok =
      postgres === 'ok' &&
      redis === 'ok' &&
      queue === 'ok' &&
      (temporal === 'ok' || temporal === 'not_configured');
    res.status(ok ? 200 : 503);
    return { status: ok ? 'ready' : 'not_ready', postgres, redis, queue, temporal };
  }
}

function pong(p: string): string {
  return p === 'PONG' ? 'ok' : `unexpected ${p}`;
}

function withTimeout(p: Promise<string>, ms = 2000): Promise<string> {
  return Promise.race([
    p.catch((e: unknown) => `error: ${e instanceof Error ? e.name : 'unknown'}`),
    new Promise<string>((r) => setTimeout(() => r('timeout'), ms).unref()),
  ]);
}
