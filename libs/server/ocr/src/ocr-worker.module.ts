import { Module } from '@nestjs/common';
import { RecordCheckModule } from '@claimlane/server-record-check';
import { OcrIntakeService } from './ocr-intake.service';
import { OcrProcessor } from './ocr.processor';

/** The `ocr` queue's processor, for the worker app (needs CoreModule and QueueModule.forRoot()). */
@Module({
  imports: [RecordCheckModule],
  providers: [OcrIntakeService, OcrProcessor],
})
export class OcrWorkerModule {}
