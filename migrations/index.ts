import { PlatformFoundation1764000000000 } from './1764000000000-platform-foundation';
import { CoreDenialTables1764000000100 } from './1764000000100-core-denial-tables';
import { AppealProcess1764000000200 } from './1764000000200-appeal-process';
import { RequestPipeline1764000000300 } from './1764000000300-request-pipeline';
import { DefinerArgumentChecks1764000000350 } from './1764000000350-definer-argument-checks';
import { Billing1764000000400 } from './1764000000400-billing';
import { WorkerQueuesOcr1764000000500 } from './1764000000500-worker-queues-ocr';
import { RecordCalls1764000000550 } from './1764000000550-record-calls';
import { EvidenceAndLetters1764000000600 } from './1764000000600-evidence-and-letters';
import { CaseTrust1764000000700 } from './1764000000700-case-trust';
import { TenantLifecycle1764000000850 } from './1764000000850-tenant-lifecycle';
import { DefinerOwnerRole1764000000900 } from './1764000000900-definer-owner-role';
import { DeadlineNeedsDate1764000000960 } from './1764000000960-deadline-needs-date';
import { SignupVerification1764000000970 } from './1764000000970-signup-verification';
import { WorklistSearch1764000000980 } from './1764000000980-worklist-search';
import { WorklistSearchKeys1764000000981 } from './1764000000981-worklist-search-keys';
import { CaseNotes1764000000990 } from './1764000000990-case-notes';

/** Every migration, in order. Run only as the owner (`npm run db:migrate`); never synchronize. */
export const ALL_MIGRATIONS = [
  PlatformFoundation1764000000000,
  CoreDenialTables1764000000100,
  AppealProcess1764000000200,
  RequestPipeline1764000000300,
  DefinerArgumentChecks1764000000350,
  Billing1764000000400,
  WorkerQueuesOcr1764000000500,
  RecordCalls1764000000550,
  EvidenceAndLetters1764000000600,
  CaseTrust1764000000700,
  TenantLifecycle1764000000850,
  DefinerOwnerRole1764000000900,
  DeadlineNeedsDate1764000000960,
  SignupVerification1764000000970,
  WorklistSearch1764000000980,
  WorklistSearchKeys1764000000981,
  CaseNotes1764000000990,
];
