import type { AddressInfo } from 'node:net';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Logger } from 'pino';
import { inject } from 'vitest';
import { loadConfig, type AppConfig } from '@claimlane/server-config';
import { createApiApp, createRuntime, type Runtime } from '@claimlane/server-api';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  data: T | null;
  errors:
    | Array<{
        message: string;
        extensions?: { code?: string; [k: string]: unknown };
        path?: unknown[];
      }>
    | undefined;
  headers: Headers;
}

export interface TestApi {
  url: string;
  db: TestDatabase;
  runtime: Runtime;
  app: NestExpressApplication;
  config: AppConfig;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GqlResponse<T>>;
  close(): Promise<void>;
}

/**
 * The real API on a real port, against a fresh cloned database (as `claimlane_app`) and the machine's
 * Redis. Tests talk to it over HTTP only.
 */
export async function startTestApi(
  env: Record<string, string> = {},
  opts: {
    logger?: Logger;
    /** A streaming read replica of the test cluster: DATABASE_REPLICA_URL points at it. */
    replica?: { urlFor(url: string): string; caughtUp(timeoutMs?: number): Promise<void> };
  } = {},
): Promise<TestApi> {
  const db = await createTestDatabase();
  // The database was just created on the primary: the API must not open the replica before the
  // replica has replayed that creation ("database … does not exist" otherwise).
  await opts.replica?.caughtUp();
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: db.ownerUrl,
    DATABASE_APP_URL: db.appUrl,
    REDIS_URL: inject('redisUrl'),
    LOG_LEVEL: 'silent',
    // argon2id stays argon2id, with test-sized cost so hundreds of sign-ups stay quick.
    ARGON2_MEMORY_KIB: '1024',
    ARGON2_TIME_COST: '1',
    // Every test file shares 127.0.0.1; per-IP limits get their own tests.
    LOGIN_IP_LIMIT_PER_MINUTE: '100000',
    RECORD_CHECK_IP_LIMIT_PER_MINUTE: '100000',
    SIGNUP_IP_LIMIT_PER_HOUR: '100000',
    // Most tests need users by the hundred: the direct signUp (refused in production) makes them.
    // The link flow (requestSignUp → verifyEmail) has its own tests.
    SIGNUP_EMAIL_VERIFICATION: 'false',
    DATA_DIR: `.data/test/${db.name}`,
    DATABASE_POOL_SIZE: '8',
    REDIS_KEY_PREFIX: `test:${db.name}:`,
    TEMPORAL_ADDRESS: inject('temporalAddress'),
    TEMPORAL_TASK_QUEUE: `appeals-${db.name}`,
    ...(opts.replica ? { DATABASE_REPLICA_URL: opts.replica.urlFor(db.appUrl) } : {}),
    ...env,
  });
  // A passed logger captures the API's logs (the PHI log scan); otherwise LOG_LEVEL silent.
  const runtime = await createRuntime(config, opts.logger);
  const app = await createApiApp(runtime);
  await app.listen(0, '127.0.0.1');
  const port = (app.getHttpServer().address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    db,
    runtime,
    app,
    config,
    async gql<T>(
      query: string,
      variables: Record<string, unknown> = {},
      headers: Record<string, string> = {},
    ) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: T; errors?: GqlResponse<T>['errors'] };
      return {
        status: res.status,
        data: body.data ?? null,
        errors: body.errors,
        headers: res.headers,
      };
    },
    async close() {
      await app.close();
      await runtime.close();
      await db.drop();
    },
  };
}
