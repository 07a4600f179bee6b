import {
  Controller,
  Get,
  Inject,
  Optional,
  Param,
  Post,
  Req,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { APP_CONFIG, type AppConfig } from '@claimlane/server-config';
import {
  DocumentEntity,
  TenantContext,
  TenantDatabase,
  type DocumentKind,
} from '@claimlane/server-db';
import { Errors, assertUuid, type RequestLike } from '@claimlane/server-common';
import { RequirePermission } from '@claimlane/server-auth';
import { AuditService } from '@claimlane/server-audit';
import { JobProducer } from '@claimlane/server-queue';
import {
  DocumentError,
  extractDocumentIsolated,
  objectKeyFor,
  tenantObjectStore,
  type ExtractedDocument,
  type ObjectStore,
} from '@claimlane/server-documents';
import { STORAGE_ENTITLEMENTS, type StorageEntitlements } from './storage-entitlements.port';

const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;

interface UploadedBlob {
  buffer: Buffer;
  originalname?: string;
  mimetype?: string;
  size: number;
}

export interface DocumentView {
  id: string;
  kind: DocumentKind;
  mime: string;
  sha256: string;
  pages: number | null;
  status: string;
  needsOcr: boolean;
  warnings: string[];
  duplicate: boolean;
}

function kindOf(x: ExtractedDocument): DocumentKind {
  return x.format === 'x12_835' ? 'remittance_835' : 'denial_letter';
}

/**
 * Uploads (REST, because GraphQL is a poor carrier for files): `POST /documents` with a multipart
 * field `file`. The bytes go to object storage under the tenant's prefix; the extracted text (PHI)
 * stays in the tenant's row; scanned pages are marked for OCR.
 */
@Controller('documents')
export class DocumentsController {
  private readonly store: ObjectStore;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    db: TenantDatabase,
    private readonly audit: AuditService,
    // Absent where no queues are configured (the CLI); scans then wait at needs_ocr.
    @Optional() @Inject(JobProducer) private readonly jobs: JobProducer | null = null,
    // The plan's storage cap (absent in the worker and the CLI, which take no uploads).
    @Optional()
    @Inject(STORAGE_ENTITLEMENTS)
    private readonly storage: StorageEntitlements | null = null,
  ) {
    this.store = tenantObjectStore(config, db);
  }

  @Post()
  @RequirePermission('documents.upload')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 } }))
  async upload(
    @UploadedFile() file: UploadedBlob | undefined,
    @Req() req: RequestLike,
  ): Promise<DocumentView> {
    if (!file) throw Errors.badInput('Send the document as multipart field "file"');
    let extracted: ExtractedDocument;
    try {
      extracted = await extractDocumentIsolated({
        bytes: file.buffer,
        filename: file.originalname,
        declaredMime: file.mimetype,
        maxBytes: MAX_UPLOAD_BYTES,
      });
    } catch (e) {
      if (e instanceof DocumentError) {
        if (e.code === 'DOCUMENT_TOO_LARGE') throw Errors.payloadTooLarge('25 MB');
        throw Errors.badInput(e.message, { reason: e.code });
      }
      throw e;
    }
    const m = TenantContext.manager();
    const tenantId = TenantContext.tenantId();
    const repo = m.getRepository(DocumentEntity);
    const existing = await repo.findOneBy({ sha256: extracted.sha256 });
    if (existing) {
      if (existing.status === 'needs_ocr') this.enqueueOcr(existing, req);
      return view(existing, extracted, true);
    }
    // Before the bytes reach the store: a refused upload leaves no object and no row behind.
    await this.storage?.assertStorageAvailable(tenantId, file.size);
    const key = objectKeyFor(tenantId, extracted.sha256);
    await this.store.put(key, file.buffer, extracted.mime);
    // Two identical uploads at once both miss the lookup above: the unique (tenant_id, sha256) index
    // decides. ON CONFLICT waits for the other insert to commit, then the winner's row is the answer.
    const inserted = await repo
      .createQueryBuilder()
      .insert()
      .values({
        tenantId,
        kind: kindOf(extracted),
        filename: null,
        mime: extracted.mime,
        sha256: extracted.sha256,
        sizeBytes: file.size,
        pages: extracted.pages,
        pageText: extracted.format === 'x12_835' ? null : extracted.pageText,
        status: extracted.needsOcr ? 'needs_ocr' : 'ready',
        storageKey: key,
        createdBy: req.auth?.userId ?? null,
      })
      .orIgnore()
      .returning('id')
      .execute();
    const insertedId = (inserted.raw as Array<{ id: string }>)[0]?.id;
    if (insertedId === undefined) {
      const winner = await repo.findOneByOrFail({ sha256: extracted.sha256 });
      return view(winner, extracted, true);
    }
    const saved = await repo.findOneByOrFail({ id: insertedId });
    await this.audit.record(
      {
        auth: req.auth!,
        requestId: req.id === undefined ? null : String(req.id),
        ip: req.ip ?? null,
      },
      {
        action: 'uploadDocument',
        entityType: 'Document',
        entityId: saved.id,
        meta: { kind: saved.kind, pages: saved.pages, needsOcr: extracted.needsOcr },
      },
    );
    if (saved.status === 'needs_ocr') this.enqueueOcr(saved, req);
    return view(saved, extracted, false);
  }

  /** OCR starts once the upload commits (idempotent: the job id is the tenant and the SHA-256). */
  private enqueueOcr(doc: DocumentEntity, req: RequestLike): void {
    this.jobs?.enqueueAfterCommit('ocr', {
      tenantId: doc.tenantId,
      idempotencyKey: doc.sha256,
      documentId: doc.id,
      sha256: doc.sha256,
      requestedBy: req.auth?.userId ?? null,
    });
  }

  @Get(':id')
  @RequirePermission('cases.read')
  async get(@Param('id') id: string, @Req() req: RequestLike): Promise<DocumentView> {
    const doc = await TenantContext.manager()
      .getRepository(DocumentEntity)
      .findOneBy({ id: assertUuid(id) });
    if (!doc) throw Errors.notFound('Document');
    await this.audit.record(
      {
        auth: req.auth!,
        requestId: req.id === undefined ? null : String(req.id),
        ip: req.ip ?? null,
      },
      { action: 'document.read', entityType: 'Document', entityId: doc.id },
    );
    return view(doc, null, false);
  }
}

function view(d: DocumentEntity, x: ExtractedDocument | null, duplicate: boolean): DocumentView {
  return {
    id: d.id,
    kind: d.kind,
    mime: d.mime,
    sha256: d.sha256,
    pages: d.pages,
    status: d.status,
    needsOcr: d.status === 'needs_ocr',
    warnings: x?.warnings ?? [],
    duplicate,
  };
}
