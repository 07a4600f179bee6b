import {
  Body,
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
  upsertCaseDocument,
  type DocumentKind,
} from '@claimlane/server-db';
import {
  CASE_DOCUMENT_KINDS,
  CASE_DOCUMENT_KIND_LABELS,
  type CaseDocumentKind,
} from '@claimlane/domain-letters';
import { AppError, Errors, assertUuid, type RequestLike } from '@claimlane/server-common';
import { RequirePermission, roleAllows } from '@claimlane/server-auth';
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
/** The case document title's cap, as `attachCaseDocument` has it. */
const MAX_TITLE_CHARS = 300;

/** Multipart text fields that may come with the file (all optional). */
interface UploadFields {
  caseId?: unknown;
  kind?: unknown;
  title?: unknown;
}

/** Where an upload from a case page goes: attached in the upload's own transaction. */
interface CaseTarget {
  caseId: string;
  kind: CaseDocumentKind;
  title: string;
}

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
  /** The case the upload was attached to (field `caseId`), else null. */
  caseId: string | null;
  /**
   * The case whose denial letter this document is (opened or updated by Record Check, after OCR for
   * a scan), else null: how the intake page follows a scan to the case it opened.
   */
  letterCaseId: string | null;
}

function kindOf(x: ExtractedDocument): DocumentKind {
  return x.format === 'x12_835' ? 'remittance_835' : 'denial_letter';
}

/**
 * Uploads (REST, because GraphQL is a poor carrier for files): `POST /documents` with a multipart
 * field `file`. The bytes go to object storage under the tenant's prefix; the extracted text (PHI)
 * stays in the tenant's row; scanned pages are marked for OCR.
 *
 * Optional fields `caseId`, `kind` and `title` attach the document to a case in the same
 * transaction. A separate attach call after the upload raced the OCR job: a scan read before the
 * attach committed looked like a new denial letter and opened a second case from chart notes.
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
    @Body() fields: UploadFields | undefined,
  ): Promise<DocumentView> {
    if (!file) throw Errors.badInput('Send the document as multipart field "file"');
    // Checked before anything is stored: a refused case id leaves no object and no row behind.
    const target = await caseTarget(fields ?? {});
    // Attaching is what `attachCaseDocument` does: the same permission on top of the upload's.
    if (target && !(req.auth?.role && roleAllows(req.auth.role, 'evidence.write')))
      throw Errors.forbidden();
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
      await this.attach(existing, target, req);
      if (existing.status === 'needs_ocr') this.enqueueOcr(existing, req);
      return view(existing, extracted, true, target);
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
      await this.attach(winner, target, req);
      return view(winner, extracted, true, target);
    }
    const saved = await repo.findOneByOrFail({ id: insertedId });
    await this.audit.record(auditContext(req), {
      action: 'uploadDocument',
      entityType: 'Document',
      entityId: saved.id,
      meta: { kind: saved.kind, pages: saved.pages, needsOcr: extracted.needsOcr },
    });
    // Before the OCR job is enqueued (it starts only after this transaction commits), so the worker
    // always sees the scan as case evidence.
    await this.attach(saved, target, req);
    if (saved.status === 'needs_ocr') this.enqueueOcr(saved, req);
    return view(saved, extracted, false, target);
  }

  private async attach(doc: DocumentEntity, target: CaseTarget | null, req: RequestLike) {
    if (!target) return;
    const id = await upsertCaseDocument(TenantContext.manager(), {
      tenantId: doc.tenantId,
      caseId: target.caseId,
      documentId: doc.id,
      kind: target.kind,
      title: target.title,
      documentDate: null,
      createdBy: req.auth?.userId ?? null,
    });
    // The case was read under RLS a moment ago; it can only be gone if deleted since.
    if (!id) throw Errors.notFound('Case');
    await this.audit.record(auditContext(req), {
      action: 'attachCaseDocument',
      entityType: 'CaseDocument',
      entityId: id,
      meta: { caseId: target.caseId, documentId: doc.id, kind: target.kind },
    });
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
    const [opened] = (await TenantContext.manager().query(
      `select c.id from denials d join appeal_cases c on c.tenant_id = d.tenant_id and c.denial_id = d.id
        where d.source_document_id = $1 order by c.created_at limit 1`,
      [doc.id],
    )) as Array<{ id: string }>;
    await this.audit.record(auditContext(req), {
      action: 'document.read',
      entityType: 'Document',
      entityId: doc.id,
    });
    return { ...view(doc, null, false), letterCaseId: opened?.id ?? null };
  }
}

/** Who asked, for the audit row of each upload, attach and read. */
function auditContext(req: RequestLike) {
  return {
    auth: req.auth!,
    requestId: req.id === undefined ? null : String(req.id),
    ip: req.ip ?? null,
  };
}

/** The optional case fields, validated: BAD_USER_INPUT (400) when malformed, NOT_FOUND (404) when
 * the case is not one of this workspace's (another tenant's id looks exactly like a missing one). */
async function caseTarget(fields: UploadFields): Promise<CaseTarget | null> {
  const { caseId, kind, title } = fields;
  if (caseId === undefined || caseId === '') {
    if (kind !== undefined || title !== undefined)
      throw Errors.badInput('kind and title describe a case document: send caseId with them', {
        field: 'caseId',
      });
    return null;
  }
  if (typeof caseId !== 'string')
    throw Errors.badInput('caseId must be a UUID', { field: 'caseId' });
  const id = assertUuid(caseId, 'caseId');
  const k = kind === undefined || kind === '' ? 'other' : kind;
  if (typeof k !== 'string' || !(CASE_DOCUMENT_KINDS as readonly string[]).includes(k))
    throw Errors.badInput(`kind must be one of ${CASE_DOCUMENT_KINDS.join(', ')}`, {
      field: 'kind',
    });
  if (title !== undefined && typeof title !== 'string')
    throw Errors.badInput('title must be text', { field: 'title' });
  const t = (title ?? '').trim();
  if (t.length > MAX_TITLE_CHARS)
    throw Errors.badInput(`title is longer than ${MAX_TITLE_CHARS} characters`, { field: 'title' });
  const found = (await TenantContext.manager().query(`select id from appeal_cases where id = $1`, [
    id,
  ])) as unknown[];
  if (found.length === 0)
    throw new AppError('NOT_FOUND', 'No case with this caseId in this workspace', {
      field: 'caseId',
    });
  const kindOk = k as CaseDocumentKind;
  return { caseId: id, kind: kindOk, title: t || CASE_DOCUMENT_KIND_LABELS[kindOk] };
}

function view(
  d: DocumentEntity,
  x: ExtractedDocument | null,
  duplicate: boolean,
  target: CaseTarget | null = null,
): DocumentView {
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
    caseId: target?.caseId ?? null,
    letterCaseId: null,
  };
}
