import type { AddressInfo } from 'node:net';
import { loadConfig } from '@claimlane/server-config';
import { createApiApp, createRuntime } from '@claimlane/server-api';
/**
 * The API in this process against a bench database, with the settings every API bench shares (fast
 * password hashing, sign-up without the e-mailed link, its own Redis prefix and data folder).
 */
export async function benchApi(
  db: { ownerUrl: string; appUrl: string },
  name: string,
  env: Record<string, string> = {},
): Promise<{ url: string; close(): Promise<void> }> {
  const config = loadConfig({
    NODE_ENV: 'test',
    JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0123456789',
    DATABASE_URL: db.ownerUrl,
    DATABASE_APP_URL: db.appUrl,
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    REDIS_KEY_PREFIX: `bench:${name}:${Date.now()}:`,
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'error',
    ARGON2_MEMORY_KIB: '1024',
    ARGON2_TIME_COST: '1',
    SIGNUP_EMAIL_VERIFICATION: 'false',
    DATA_DIR: `.data/bench-${name}`,
    ...env,
  });
  const runtime = await createRuntime(config);
  const app = await createApiApp(runtime);
  await app.listen(0, '127.0.0.1');
  const port = (app.getHttpServer().address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    close: async () => {
      await app.close();
      await runtime.close();
    },
  };
}
