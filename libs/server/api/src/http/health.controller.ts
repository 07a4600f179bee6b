import { Controller, Get, HttpCode, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { Redis } from 'ioredis';
import { TenantDatabase } from '@claimlane/server-db';
import { REDIS } from '@claimlane/server-common';
import { Public } from '@claimlane/server-auth';

/** Liveness (`/health`: the process answers) and readiness (`/ready`: Postgres and Redis answer). */
@Public()
@Controller()
export class HealthController {
  constructor(
    private readonly db: TenantDatabase,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  @Get('health')
  @HttpCode(200)
  health(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  async ready(
    @Res({ passthrough: true }) res: Response,
  ): Promise<{ status: string; postgres: string; redis: string }> {
    const [postgres, redis] = await Promise.all([
      withTimeout(this.db.dataSource.query('select 1').then(() => 'ok')),
      withTimeout(this.redis.ping().then((p) => (p === 'PONG' ? 'ok' : `unexpected ${p}`))),
    ]);
    const ok = postgres === 'ok' && redis === 'ok';
    res.status(ok ? 200 : 503);
    return { status: ok ? 'ready' : 'not_ready', postgres, redis };
  }
}

function withTimeout(p: Promise<string>, ms = 2000): Promise<string> {
  return Promise.race([
    p.catch((e: unknown) => `error: ${e instanceof Error ? e.name : 'unknown'}`),
    new Promise<string>((r) => setTimeout(() => r('timeout'), ms).unref()),
  ]);
}
