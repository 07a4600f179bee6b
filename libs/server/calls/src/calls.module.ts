import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@claimlane/server-config';
import { BillingModule, EntitlementService } from '@claimlane/server-billing';
import { CALL_PROVIDER, type CallProvider } from './call-provider.port';
import { CallsProcessor } from './calls.processor';
import { PayerPhonesService } from './payer-phones.service';
import { CALL_ENTITLEMENTS, RecordCallService } from './record-call.service';
import { RecordCallsResolver } from './record-calls.resolver';
import { LocalCarrierSimulatorProvider } from './simulator/local-carrier-simulator.provider';
import { createTwilioCallProvider } from './twilio/twilio-call.provider';
import { TwilioWebhookController } from './twilio/twilio-webhook.controller';

/** GraphQL side of Record Calls (the API process). Needs CoreModule and QueueModule (global). */
@Module({
  // The plan's monthly Record Call cap is the billing entitlement `record_calls`.
  imports: [BillingModule],
  controllers: [TwilioWebhookController],
  providers: [
    { provide: CALL_ENTITLEMENTS, useExisting: EntitlementService },
    RecordCallService,
    PayerPhonesService,
    RecordCallsResolver,
  ],
  exports: [RecordCallService, PayerPhonesService],
})
export class CallsModule {}

export function callProviderFor(config: AppConfig): CallProvider {
  return config.RECORD_CALL_PROVIDER === 'twilio'
    ? createTwilioCallProvider(config)
    : new LocalCarrierSimulatorProvider();
}

/** The `calls` queue processor (the worker process). Needs CoreModule and QueueModule (global). */
@Module({
  providers: [
    { provide: CALL_PROVIDER, inject: [APP_CONFIG], useFactory: callProviderFor },
    CallsProcessor,
  ],
})
export class CallsWorkerModule {}
