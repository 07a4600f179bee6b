import { Module } from '@nestjs/common';
import { AuditModule } from '@claimlane/server-audit';
import { AppealCaseResolver } from './appeal-case.resolver';
import { AppealCaseService } from './appeal-case.service';
import { CaseCountsResolver } from './case-counts.resolver';
import { CaseAnalyticsResolver } from './case-analytics.resolver';
import { CaseNoteFieldsResolver, CaseNotesResolver } from './case-notes.resolver';
import { ClaimResolver, DenialResolver } from './denial.resolver';
import { DeadlineDisplayResolver } from './deadline-display.resolver';

@Module({
  imports: [AuditModule],
  providers: [
    AppealCaseService,
    AppealCaseResolver,
    DenialResolver,
    ClaimResolver,
    DeadlineDisplayResolver,
    CaseCountsResolver,
    CaseNotesResolver,
    CaseNoteFieldsResolver,
    CaseAnalyticsResolver,
  ],
  exports: [AppealCaseService],
})
export class AppealsModule {}
