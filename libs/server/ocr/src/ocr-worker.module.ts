import { Module, type DynamicModule, type ModuleMetadata, type Type } from '@nestjs/common';
import { RecordCheckModule } from '@claimlane/server-record-check';
import { OCR_ENTITLEMENTS, type OcrEntitlements } from './ocr-entitlements.port';
import { OcrIntakeService } from './ocr-intake.service';
import { OcrProcessor } from './ocr.processor';

/**
 * The `ocr` queue's processor, for the worker app (needs CoreModule and QueueModule.forRoot()).
 * Plain `OcrWorkerModule` has no plan cap; `OcrWorkerModule.register({ imports, entitlements })`
 * adds it (the worker passes the billing entitlement service, metric `ocr_pages`), so this feature
 * does not import billing (as CallsModule does).
 */
@Module({
  imports: [RecordCheckModule],
  providers: [OcrIntakeService, OcrProcessor],
})
export class OcrWorkerModule {
  static register(
    opts: { imports?: ModuleMetadata['imports']; entitlements?: Type<OcrEntitlements> } = {},
  ): DynamicModule {
    return {
      module: OcrWorkerModule,
      imports: opts.imports ?? [],
      providers: opts.entitlements
        ? [{ provide: OCR_ENTITLEMENTS, useExisting: opts.entitlements }]
        : [],
    };
  }
}
