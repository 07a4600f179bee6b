import { Module, type DynamicModule, type ModuleMetadata, type Type } from '@nestjs/common';
import { AuditModule } from '@claimlane/server-audit';
import { AppealsModule } from '@claimlane/server-appeals';
import { DenialRecordCheckResolver } from './denial-record-check.resolver';
import { DocumentsController } from './documents.controller';
import { RecordCheckResolver } from './record-check.resolver';
import { RecordCheckService } from './record-check.service';
import { RemittanceResolver } from './remittance.resolver';
import { STORAGE_ENTITLEMENTS, type StorageEntitlements } from './storage-entitlements.port';

/**
 * Plain `RecordCheckModule` has no storage cap; `RecordCheckModule.register({ imports, storage })`
 * adds it to uploads (the API passes the billing entitlement service), so this feature does not
 * import billing (as CallsModule does).
 */
@Module({
  imports: [AuditModule, AppealsModule],
  controllers: [DocumentsController],
  providers: [
    RecordCheckService,
    RecordCheckResolver,
    RemittanceResolver,
    DenialRecordCheckResolver,
  ],
  exports: [RecordCheckService],
})
export class RecordCheckModule {
  /** Adds to the static metadata above (Nest merges a dynamic module into its class's @Module). */
  static register(
    opts: { imports?: ModuleMetadata['imports']; storage?: Type<StorageEntitlements> } = {},
  ): DynamicModule {
    return {
      module: RecordCheckModule,
      imports: opts.imports ?? [],
      providers: opts.storage ? [{ provide: STORAGE_ENTITLEMENTS, useExisting: opts.storage }] : [],
    };
  }
}
