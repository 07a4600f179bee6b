import { Module } from '@nestjs/common';
import { AuditModule } from '@claimlane/server-audit';
import { AppealProcessResolver, WorklistResolver } from './appeal-process.resolver';
import { AppealProcessService } from './appeal-process.service';

@Module({
  imports: [AuditModule],
  providers: [AppealProcessService, AppealProcessResolver, WorklistResolver],
})
export class ProcessModule {}
