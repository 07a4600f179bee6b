import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import { randomUUID } from 'node:crypto';
import { pinoHttp } from 'pino-http';
import type { CoreDeps } from '@claimlane/server-common';
import type { AppealWorkflowClient } from '@claimlane/workflows-client';
import { AppModule } from './app.module';
import { jsonBodyWithLimit } from './http/body-parser.middleware';
import { AppErrorHttpFilter } from './http/app-error.filter';
import { PinoNestLogger } from './http/pino-nest-logger';
import { webAppStatic } from './http/web-app.static';
import { operationScopeMiddleware } from './pipeline/operation-scope.middleware';
import { TenantDatabase } from '@claimlane/server-db';
import { AuditService } from '@claimlane/server-audit';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Builds the configured Nest application (not yet listening); used by main.ts and by tests. */
export async function createApiApp(
  deps: CoreDeps & { workflows?: AppealWorkflowClient | null },
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(deps), {
    bodyParser: false,
    logger: new PinoNestLogger(deps.logger),
  });
  // X-Forwarded-For only from the proxies named in TRUST_PROXY: otherwise a client picks its own IP.
  app.set('trust proxy', deps.config.TRUST_PROXY.length > 0 ? deps.config.TRUST_PROXY : false);
  app.disable('x-powered-by');
  app.use(
    pinoHttp({
      logger: deps.logger,
      genReqId: (req, res) => {
        const incoming = req.headers['x-request-id'];
        const id =
          typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      // Only method, path and status: no headers, bodies or query strings (they can carry PHI or secrets).
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          path: req.url.split('?')[0],
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      autoLogging: { ignore: (req) => req.url === '/health' },
      // The tenant the request acted in (set by the auth guard); the request id is `req.id`.
      customProps: (req) => {
        const tenantId = (req as { auth?: { tenantId: string | null } }).auth?.tenantId;
        return tenantId ? { tenantId } : {};
      },
    }),
  );
  app.use(helmet());
  app.enableCors({
    origin: deps.config.CORS_ORIGINS,
    credentials: true,
    allowedHeaders: [
      'content-type',
      'authorization',
      'x-tenant-id',
      'x-api-key',
      'x-request-id',
      'apollo-require-preflight',
    ],
  });
  app.use(jsonBodyWithLimit(deps.config.BODY_LIMIT));
  app.use(webAppStatic());
  // After body parsing, before Apollo (mounted in init): one operation scope per GraphQL request.
  app.use('/graphql', operationScopeMiddleware(app.get(TenantDatabase), app.get(AuditService)));
  app.useGlobalFilters(new AppErrorHttpFilter(deps.logger));
  app.enableShutdownHooks();
  await app.init();
  return app;
}
