import { Module } from '@nestjs/common';
import { AuditModule } from '@claimlane/server-audit';
import { AppealsModule } from '@claimlane/server-appeals';
import { DocumentsController } from './documents.controller';
import { RecordCheckResolver } from './record-check.resolver';
import { RecordCheckService } from './record-check.service';
import { RemittanceResolver } from './remittance.resolver';

@Module({
  imports: [AuditModule, AppealsModule],
  controllers: [DocumentsController],
  providers: [RecordCheckService, RecordCheckResolver, RemittanceResolver],
  exports: [RecordCheckService],
})
export class RecordCheckModule {}
