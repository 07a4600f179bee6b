import { Module, type DynamicModule } from '@nestjs/common';
import { CoreModule, type CoreDeps } from '@claimlane/server-common';
import { AppealWorkflowsModule } from '@claimlane/server-process';
import { QueueModule } from '@claimlane/server-queue';
import { OcrWorkerModule } from '@claimlane/server-ocr';
import { CallsWorkerModule } from '@claimlane/server-calls';
import { NotificationsWorkerModule } from '@claimlane/server-notifications';
import { PacketsWorkerModule } from '@claimlane/server-letters';
import { RemittanceImportsWorkerModule } from '@claimlane/server-record-check';
import { BillingEntitlementsModule, EntitlementService } from '@claimlane/server-billing';
import type { AppealWorkflowClient } from '@claimlane/workflows-client';

/**
 * Every queue processor in one process (see README: one worker app). Each processor module brings
 * its own @Processor; adding a queue's processor is one import here.
 */
@Module({})
export class WorkerModule {
  static forRoot(deps: CoreDeps & { workflows?: AppealWorkflowClient | null }): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        CoreModule.forRoot(deps),
        // OCR opens cases; their appeal workflows start after commit, as from the API.
        AppealWorkflowsModule.forRoot(deps.workflows ?? null),
        QueueModule.forRoot(),
        // OCR pages count against the plan (billing entitlement `ocr_pages`).
        OcrWorkerModule.register({
          imports: [BillingEntitlementsModule],
          entitlements: EntitlementService,
        }),
        // A failed call gives its unit of the plan's `record_calls` back.
        CallsWorkerModule.register({
          imports: [BillingEntitlementsModule],
          entitlements: EntitlementService,
        }),
        NotificationsWorkerModule,
        PacketsWorkerModule,
        RemittanceImportsWorkerModule,
      ],
    };
  }
}
