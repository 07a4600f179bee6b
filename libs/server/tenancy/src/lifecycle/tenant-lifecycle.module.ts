import { Module } from '@nestjs/common';
import { AuditModule } from '@claimlane/server-audit';
import { APP_CONFIG, type AppConfig } from '@claimlane/server-config';
import { LettersModule } from '@claimlane/server-letters';
import { ExportSigner } from './export-signature';
import { TenantExportController } from './tenant-export.controller';
import { TenantLifecycleResolver } from './tenant-lifecycle.resolver';

/** Export (signed archive) and deletion of a whole workspace; the purge is `claimlane purge-tenants`. */
@Module({
  imports: [AuditModule, LettersModule],
  controllers: [TenantExportController],
  providers: [
    {
      provide: ExportSigner,
      useFactory: (config: AppConfig) => ExportSigner.fromConfig(config),
      inject: [APP_CONFIG],
    },
    TenantLifecycleResolver,
  ],
})
export class TenantLifecycleModule {}
