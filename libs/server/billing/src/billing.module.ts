import { Inject, Module, type OnModuleDestroy } from '@nestjs/common';
import { APP_INTERCEPTOR, HttpAdapterHost } from '@nestjs/core';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { APP_CONFIG, type AppConfig } from '@claimlane/server-config';
import { LOGGER } from '@claimlane/server-common';
import { AuditModule } from '@claimlane/server-audit';
import { BillingResolver } from './billing.resolver';
import { BillingService } from './billing.service';
import { BILLING_RUNTIME } from './billing.tokens';
import { EntitlementService, PLAN_CATALOG } from './entitlements/entitlement.service';
import { WorkspaceReadOnlyInterceptor } from './read-only/workspace-read-only.interceptor';
import { createBillingRuntime, type BillingRuntime } from './stripe/billing-runtime';
import { StripeWebhookController } from './webhook/stripe-webhook.controller';
import { StripeWebhookService } from './webhook/stripe-webhook.service';

/**
 * Stripe billing per seat. The runtime (Stripe client, verified plans) is built before the app
 * serves: a bad price id stops start-up. Without STRIPE_SECRET_KEY outside production it runs the
 * in-process local Stripe stand-in and has it deliver webhooks to this API's own port.
 */
@Module({
  imports: [AuditModule],
  controllers: [StripeWebhookController],
  providers: [
    {
      provide: BILLING_RUNTIME,
      inject: [APP_CONFIG, HttpAdapterHost, LOGGER],
      useFactory: async (config: AppConfig, http: HttpAdapterHost, log: Logger) => {
        const rt = await createBillingRuntime(config, () => {
          const address = http.httpAdapter?.getHttpServer()?.address() as AddressInfo | null;
          return address?.port ? `http://127.0.0.1:${address.port}/webhooks/stripe` : null;
        });
        if (rt.unverifiedPrices.length)
          log.warn(
            { event: 'billing.prices_unverified', priceIds: rt.unverifiedPrices },
            'Stripe unreachable at start: plan prices not verified',
          );
        if (rt.standIn)
          log.warn(
            { event: 'billing.stripe_stand_in', url: rt.standIn.url },
            'STRIPE_SECRET_KEY not set: billing runs against the local Stripe stand-in',
          );
        return rt;
      },
    },
    {
      provide: PLAN_CATALOG,
      inject: [BILLING_RUNTIME],
      useFactory: (rt: BillingRuntime) => rt.plans,
    },
    EntitlementService,
    BillingService,
    BillingResolver,
    StripeWebhookService,
    { provide: APP_INTERCEPTOR, useClass: WorkspaceReadOnlyInterceptor },
  ],
  exports: [EntitlementService, PLAN_CATALOG, BILLING_RUNTIME],
})
export class BillingModule implements OnModuleDestroy {
  constructor(@Inject(BILLING_RUNTIME) private readonly rt: BillingRuntime) {}

  async onModuleDestroy(): Promise<void> {
    await this.rt.close();
  }
}
