import { Module, type DynamicModule, type ModuleMetadata, type Type } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@claimlane/server-config';
import { CALL_PROVIDER, type CallProvider } from './call-provider.port';
import { CallsProcessor } from './calls.processor';
import { PayerPhonesService } from './payer-phones.service';
import { CALL_ENTITLEMENTS, RecordCallService, type CallEntitlements } from './record-call.service';
import { RecordCallsResolver } from './record-calls.resolver';
import { LocalCarrierSimulatorProvider } from './simulator/local-carrier-simulator.provider';
import { createTwilioCallProvider } from './twilio/twilio-call.provider';
import { TwilioWebhookController } from './twilio/twilio-webhook.controller';

const API_PROVIDERS = [RecordCallService, PayerPhonesService, RecordCallsResolver];

/**
 * GraphQL side of Record Calls (the API process). Needs CoreModule and QueueModule (global). Plain
 * `CallsModule` has no plan cap; `CallsModule.register({ imports, entitlements })` adds it (the app
 * passes the billing entitlement service, metric `record_calls`), so this feature does not import
 * billing (Nx would see a cycle through the specs).
 */
@Module({
  controllers: [TwilioWebhookController],
  providers: API_PROVIDERS,
  exports: [RecordCallService, PayerPhonesService],
})
export class CallsModule {
  /** Adds to the static metadata above (Nest merges a dynamic module into its class's @Module). */
  static register(
    opts: { imports?: ModuleMetadata['imports']; entitlements?: Type<CallEntitlements> } = {},
  ): DynamicModule {
    return {
      module: CallsModule,
      imports: opts.imports ?? [],
      providers: opts.entitlements
        ? [{ provide: CALL_ENTITLEMENTS, useExisting: opts.entitlements }]
        : [],
    };
  }
}

export function callProviderFor(config: AppConfig): CallProvider {
  return config.RECORD_CALL_PROVIDER === 'twilio'
    ? createTwilioCallProvider(config)
    : new LocalCarrierSimulatorProvider({
        turnDelayMs: config.RECORD_CALL_SIMULATOR_TURN_DELAY_MS,
      });
}

/**
 * The `calls` queue processor (the worker process). Needs CoreModule and QueueModule (global).
 * `CallsWorkerModule.register({ imports, entitlements })` lets it refund failed calls to the plan.
 */
@Module({
  providers: [
    { provide: CALL_PROVIDER, inject: [APP_CONFIG], useFactory: callProviderFor },
    CallsProcessor,
  ],
})
export class CallsWorkerModule {
  static register(
    opts: { imports?: ModuleMetadata['imports']; entitlements?: Type<CallEntitlements> } = {},
  ): DynamicModule {
    return {
      module: CallsWorkerModule,
      imports: opts.imports ?? [],
      providers: opts.entitlements
        ? [{ provide: CALL_ENTITLEMENTS, useExisting: opts.entitlements }]
        : [],
    };
  }
}
