import { Module } from '@nestjs/common';
import { RemittanceImportProcessor } from './remittance-import.processor';

/** The `imports` queue's processor, for the worker app (needs CoreModule and QueueModule). */
@Module({ providers: [RemittanceImportProcessor] })
export class RemittanceImportsWorkerModule {}
