import { Module } from '@nestjs/common';
import { AuditModule } from '@claimlane/server-audit';
import { CaseDocumentsService } from './case-documents.service';
import { ContactsService } from './contacts.service';
import { CriteriaService } from './criteria.service';
import { EvidenceResolver } from './evidence.resolver';
import { ExhibitsService } from './exhibits.service';
import { MatrixService } from './matrix.service';
import { TimelineService } from './timeline.service';

const SERVICES = [
  CaseDocumentsService,
  CriteriaService,
  ExhibitsService,
  MatrixService,
  ContactsService,
  TimelineService,
];

@Module({
  imports: [AuditModule],
  providers: [...SERVICES, EvidenceResolver],
  exports: SERVICES,
})
export class EvidenceModule {}
