import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@claimlane/server-config';
import { PlanCatalog } from '../plans/plan-catalog';
import { EntitlementService, PLAN_CATALOG } from './entitlement.service';

/**
 * Entitlement checks alone, for processes that count work but serve no billing API (the worker:
 * OCR pages). The plans come from the same BILLING_PLANS config; parsing them never calls Stripe, so
 * the worker needs no Stripe client, stand-in or webhook route (the API's BillingModule has those).
 */
@Module({
  providers: [
    {
      provide: PLAN_CATALOG,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => PlanCatalog.fromJson(config.BILLING_PLANS),
    },
    EntitlementService,
  ],
  exports: [EntitlementService],
})
export class BillingEntitlementsModule {}
