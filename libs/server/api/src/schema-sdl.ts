import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { Redis } from 'ioredis';
import pino from 'pino';
import { loadConfig } from '@claimlane/server-config';
import { TenantDatabase, createAppDataSource } from '@claimlane/server-db';
import { AppModule } from './app.module';

/** The schema as SDL, built from the code-first resolvers without connecting to anything. */
export async function buildSchemaSdl(): Promise<string> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
  const ds = createAppDataSource({ url: 'postgres://unused@127.0.0.1:1/unused' });
  const redis = new Redis({ lazyConnect: true, enableOfflineQueue: false });
  const app = await NestFactory.create(
    AppModule.forRoot({
      config,
      db: new TenantDatabase(ds),
      redis,
      logger: pino({ level: 'silent' }),
    }),
    { logger: false },
  );
  await app.init();
  try {
    const { schema } = app.get(GraphQLSchemaHost);
    return `# Generated from the code-first resolvers by \`npm run schema:write\`. Do not edit.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
  } finally {
    await app.close();
    redis.disconnect();
  }
}
