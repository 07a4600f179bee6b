import { Global, Module, type DynamicModule } from '@nestjs/common';
import { APPEAL_WORKFLOWS, type AppealWorkflowClient } from '@claimlane/workflows-client';

/** Provides the Temporal client for appeal workflows to every module. */
@Global()
@Module({})
export class AppealWorkflowsModule {
  static forRoot(client: AppealWorkflowClient | null): DynamicModule {
    return {
      module: AppealWorkflowsModule,
      providers: [{ provide: APPEAL_WORKFLOWS, useValue: client }],
      exports: [APPEAL_WORKFLOWS],
    };
  }
}
