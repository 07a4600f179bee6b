import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@claimlane/server-config';
import { RequirePermission } from '@claimlane/server-auth';
import { Errors, assertUuid } from '@claimlane/server-common';
import { DocumentEntity, TenantContext, TenantDatabase } from '@claimlane/server-db';
import { X12ParseError } from '@claimlane/domain-x12';
import { RemittanceRejectedError, importRemittance } from '@claimlane/server-remittances';
import { tenantObjectStore, type ObjectStore } from '@claimlane/server-documents';
import { JobProducer, JobStatusService } from '@claimlane/server-queue';
import { IDEMPOTENCY_KEY, jobIdFor } from '@claimlane/shared-contracts';
import { RemittanceFileInput, RemittanceImportSummaryModel } from './record-check.models';
import { RemittanceImportJobModel } from './remittance-import-job.models';
import type { RemittanceImportResult } from './remittance-import-result';

@Resolver()
export class RemittanceResolver {
  private readonly store: ObjectStore;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    db: TenantDatabase,
    private readonly producer: JobProducer,
    private readonly jobs: JobStatusService,
  ) {
    this.store = tenantObjectStore(config, db);
  }

  private async remittanceDocument(id: string): Promise<DocumentEntity & { storageKey: string }> {
    const doc = await TenantContext.manager()
      .getRepository(DocumentEntity)
      .findOneBy({ id: assertUuid(id, 'documentId') });
    if (!doc) throw Errors.notFound('Document');
    if (doc.kind !== 'remittance_835' || !doc.storageKey)
      throw Errors.badInput('This document is not an 835 remittance', { field: 'documentId' });
    return doc as DocumentEntity & { storageKey: string };
  }

  @RequirePermission('remittances.import')
  @Mutation(() => RemittanceImportJobModel, {
    description:
      'Imports an uploaded 835 in the background (any size; required above the synchronous limit). Same file, same job',
  })
  async startRemittanceImport(
    @Args('documentId', { type: () => ID }) documentId: string,
  ): Promise<RemittanceImportJobModel> {
    const doc = await this.remittanceDocument(documentId);
    const key = `remittance-835.${doc.sha256}`;
    this.producer.enqueueAfterCommit('imports', {
      tenantId: TenantContext.tenantId(),
      idempotencyKey: key,
      documentId: doc.id,
      kind: 'remittance_835',
    });
    // Queued at commit: until then (and if this very file ran before) the live state answers.
    const live = await this.jobs.status('imports', key);
    return {
      key,
      documentId: doc.id,
      state: live?.state ?? 'waiting',
      progress: live?.progress ?? null,
      errorCode: live?.errorCode ?? null,
      summary: null,
    };
  }

  @RequirePermission('remittances.import')
  @Query(() => RemittanceImportJobModel, {
    description: 'State, progress and (once completed) the summary of a background 835 import',
  })
  async remittanceImport(@Args('key') key: string): Promise<RemittanceImportJobModel> {
    const status = IDEMPOTENCY_KEY.test(key) ? await this.jobs.status('imports', key) : null;
    if (!status) throw Errors.notFound('Remittance import');
    const job = await this.producer
      .queue('imports')
      .getJob(jobIdFor({ tenantId: TenantContext.tenantId(), idempotencyKey: key }));
    const data = job?.data as { documentId?: string; tenantId?: string } | undefined;
    const own = data?.tenantId === TenantContext.tenantId();
    return {
      key,
      documentId: own ? (data?.documentId ?? '') : '',
      state: status.state,
      progress: status.progress,
      errorCode: status.errorCode,
      summary:
        own && status.state === 'completed'
          ? ((job!.returnvalue as RemittanceImportResult | null) ?? null)
          : null,
    };
  }

  @RequirePermission('remittances.import')
  @Mutation(() => RemittanceImportSummaryModel, {
    description:
      'Turns the denied and partly denied claims of an 835 into claims and denials (idempotent); all or nothing',
  })
  async importRemittance(
    @Args('file') file: RemittanceFileInput,
  ): Promise<RemittanceImportSummaryModel> {
    // GraphQL lets a client send an explicit null for an optional field: null counts as absent.
    if ((file.documentId == null) === (file.content == null))
      throw Errors.badInput('Give exactly one of documentId or content');
    const m = TenantContext.manager();
    const tenantId = TenantContext.tenantId();
    let source: Iterable<string | Uint8Array>;
    if (file.documentId != null) {
      const doc = await this.remittanceDocument(file.documentId);
      // A large file would hold this request (and a database connection) for its whole import.
      if (doc.sizeBytes > this.config.REMITTANCE_SYNC_MAX_BYTES)
        throw Errors.badInput('This 835 is too large to import here: use startRemittanceImport', {
          field: 'documentId',
          reason: 'REMITTANCE_TOO_LARGE_FOR_SYNC',
          limitBytes: this.config.REMITTANCE_SYNC_MAX_BYTES,
        });
      source = [await this.store.get(doc.storageKey)];
    } else {
      if (!file.content!.trim())
        throw Errors.badInput('The 835 content is empty', { field: 'content' });
      source = [file.content!];
    }
    try {
      const s = await importRemittance(m, tenantId, source);
      return {
        ...s,
        errors: s.errors.slice(0, 100).map((e) => ({
          code: e.code,
          message: e.message,
          segmentNumber: e.segmentNumber ?? null,
        })),
      };
    } catch (e) {
      if (e instanceof RemittanceRejectedError) {
        throw Errors.badInput(e.message, {
          reason: e.errors[0]?.code,
          segmentNumber: e.errors[0]?.segmentNumber,
        });
      }
      if (e instanceof X12ParseError) {
        throw Errors.badInput(`Not a readable 835: ${e.message}`, {
          reason: e.code,
          segmentNumber: e.segmentNumber,
        });
      }
      throw e;
    }
  }
}
