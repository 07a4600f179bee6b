import './instrument';
import 'reflect-metadata';
import { loadConfig } from '@claimlane/server-config';
import { createApiApp, createRuntime } from '@claimlane/server-api';

/** `npm run api`: the API alone, against DATABASE_APP_URL / REDIS_URL (PORT honoured). */
async function main(): Promise<void> {
  const config = loadConfig();
  const runtime = await createRuntime(config);
  const app = await createApiApp(runtime);
  await app.listen(config.PORT, config.HOST);
  const url = `http://localhost:${config.PORT}/graphql`;
  runtime.logger.info({ event: 'api.listening', url }, 'api listening');
  console.log(`Claimlane API ready: ${url}`);
  const stop = async () => {
    await app.close();
    await runtime.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((e: unknown) => {
  console.error(`api failed to start: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
