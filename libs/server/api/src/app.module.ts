import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { CoreModule, type CoreDeps, type GqlContext } from '@claimlane/server-common';
import { TenantContext } from '@claimlane/server-db';
import { AuthModule } from '@claimlane/server-auth';
import { MailService, NotificationsModule } from '@claimlane/server-notifications';
import { AuditModule } from '@claimlane/server-audit';
import { TenancyModule, TenantLifecycleModule } from '@claimlane/server-tenancy';
import { AppealsModule } from '@claimlane/server-appeals';
import { AppealWorkflowsModule, ProcessModule } from '@claimlane/server-process';
import { RecordCheckModule } from '@claimlane/server-record-check';
import { BillingModule, EntitlementService } from '@claimlane/server-billing';
import { JobsApiModule, QueueModule } from '@claimlane/server-queue';
import { CallsModule } from '@claimlane/server-calls';
import { LettersModule } from '@claimlane/server-letters';
import type { AppealWorkflowClient } from '@claimlane/workflows-client';
import { complexityLimitPlugin } from './graphql/complexity.plugin';
import { rootFieldLimit } from './graphql/root-field-limit.rule';
import { cycleSafeDepthLimit } from './graphql/cycle-safe-depth-limit.rule';
import { noSubscriptions } from './graphql/no-subscriptions.rule';
import { createErrorFormatter } from './graphql/format-error';
import { HealthController } from './http/health.controller';
import { NullableAwareValidationPipe } from './graphql/nullable-aware-validation.pipe';
import { OperationScopeInterceptor } from './pipeline/operation-scope.interceptor';
import { operationScopePlugin } from './pipeline/operation-scope.plugin';
import { textInputPlugin } from './graphql/text-input.plugin';
import { retryAfterPlugin } from './graphql/retry-after.plugin';
import { auditPhiReads } from './pipeline/phi-read-audit';
import { observabilityPlugin } from './observability/observability.plugin';

@Module({})
export class AppModule {
  static forRoot(deps: CoreDeps & { workflows?: AppealWorkflowClient | null }): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(deps),
        AppealWorkflowsModule.forRoot(deps.workflows ?? null),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          autoSchemaFile: true,
          sortSchema: true,
          path: '/graphql',
          playground: false,
          introspection: true,
          includeStacktraceInErrorResponses: false,
          // No enhancers on nested fields: the guard decides per root field (nested fields inherit
          // it) and the operation scope wraps root fields, so @ResolveField methods without param
          // decorators run as plain GraphQL resolvers, (parent, args, context, info). Nest's
          // per-field wrapper (guards, pipes, context) cost ~6 % of a worklist request's CPU.
          fieldResolverEnhancers: [],
          context: ({ req }: { req: GqlContext['req'] }): GqlContext => ({
            req,
            operation: TenantContext.operation(),
          }),
          transformSchema: auditPhiReads,
          validationRules: [
            cycleSafeDepthLimit(deps.config.GRAPHQL_MAX_DEPTH),
            noSubscriptions,
            rootFieldLimit(deps.config.GRAPHQL_MAX_ROOT_FIELDS),
          ],
          plugins: [
            complexityLimitPlugin(deps.config.GRAPHQL_MAX_COMPLEXITY),
            operationScopePlugin(deps.logger),
            textInputPlugin(),
            retryAfterPlugin(),
            observabilityPlugin(),
            // No HTTP caching of GraphQL responses here (PHI); the plugin's per-field hook cost ~1 %.
            ApolloServerPluginCacheControlDisabled(),
          ],
          formatError: createErrorFormatter(deps.logger),
        }),
        AuditModule,
        AuthModule.register({ imports: [NotificationsModule], mailer: MailService }),
        TenancyModule,
        TenantLifecycleModule,
        AppealsModule,
        ProcessModule,
        RecordCheckModule.register({ imports: [BillingModule], storage: EntitlementService }),
        BillingModule,
        QueueModule.forRoot(),
        JobsApiModule,
        CallsModule.register({ imports: [BillingModule], entitlements: EntitlementService }),
        LettersModule,
      ],
      controllers: [HealthController],
      providers: [
        {
          provide: APP_PIPE,
          useValue: new NullableAwareValidationPipe({
            whitelist: true,
            forbidUnknownValues: false,
            transform: true,
            stopAtFirstError: false,
          }),
        },
        { provide: APP_INTERCEPTOR, useClass: OperationScopeInterceptor },
      ],
    };
  }
}
