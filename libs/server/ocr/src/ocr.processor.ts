import { createHash } from 'node:crypto';
import { Processor } from '@nestjs/bullmq';
import { objectKeyFor, tenantObjectStore, type ObjectStore } from '@claimlane/server-documents';
import {
  JobReturnedError,
  PermanentJobError,
  RetryableJobError,
  TenantJobDeps,
  TenantJobProcessor,
  processorOptions,
  type JobErrorInfo,
  type TenantJob,
} from '@claimlane/server-queue';
import { TenantContext } from '@claimlane/server-db';
import { OcrError } from './ocr-error';
import { ocrDocument, type OcrLimits } from './ocr-document';
import type { OcrResult } from './ocr-result';
import { OcrIntakeService, type OcrJobResult } from './ocr-intake.service';
import { ToolFailedError } from './run-tool';

type Prepared = { done: true } | { done: false; result: OcrResult };

/**
 * The `ocr` queue: a scanned upload (status `needs_ocr`) is read page by page outside any
 * transaction (each page in its own capped child processes), then the text, the Record Check case
 * and the review flags are written in one tenant transaction. Idempotent by the document's SHA-256:
 * the job id is `<tenant>.<sha256>`, and a document already `ready` is never OCRed twice.
 */
@Processor('ocr', processorOptions())
export class OcrProcessor extends TenantJobProcessor<'ocr', Prepared, OcrJobResult> {
  protected readonly queue = 'ocr' as const;
  private readonly store: ObjectStore;

  constructor(
    deps: TenantJobDeps,
    private readonly intake: OcrIntakeService,
  ) {
    super(deps);
    this.store = tenantObjectStore(deps.config, deps.db);
  }

  /** Two documents at a time; each runs OCR_CONCURRENCY pages at once. */
  protected override concurrency(): number {
    return 2;
  }

  private limits(): OcrLimits {
    const c = this.deps.config;
    return {
      maxPages: c.OCR_MAX_PAGES,
      maxPagePixels: c.OCR_MAX_PAGE_PIXELS,
      pageTimeoutMs: c.OCR_PAGE_TIMEOUT_MS,
      concurrency: c.OCR_CONCURRENCY,
      lowConfidence: c.OCR_LOW_CONFIDENCE,
    };
  }

  protected override async prepare(job: TenantJob<'ocr'>): Promise<Prepared> {
    const { tenantId, documentId, sha256 } = job.data;
    // A short read of its own: a retry after a crash that followed the commit finds the work done.
    const [row] = (await this.deps.db.runInTenantTx(tenantId, (m) =>
      m.query(`select status from documents where id = $1`, [documentId]),
    )) as Array<{ status: string }>;
    if (!row) throw new PermanentJobError('OCR_DOCUMENT_MISSING', 'The document no longer exists');
    if (row.status === 'ready') return { done: true };
    await job.progress({ stage: 'fetch', done: 0, total: 0 });
    const bytes = await this.store.get(objectKeyFor(tenantId, sha256)).catch(() => {
      throw new PermanentJobError('OCR_SOURCE_MISMATCH', 'The stored file is missing');
    });
    if (createHash('sha256').update(bytes).digest('hex') !== sha256)
      throw new PermanentJobError('OCR_SOURCE_MISMATCH', 'The stored file does not match its hash');
    try {
      const result = await ocrDocument(bytes, this.limits(), {
        signal: job.signal,
        onPage: (done, total) => job.progress({ stage: 'ocr', done, total }),
      });
      await job.progress({
        stage: 'record_check',
        done: result.pages.length,
        total: result.pages.length,
      });
      return { done: false, result };
    } catch (e) {
      if (e instanceof ToolFailedError && e.reason === 'aborted') throw new JobReturnedError();
      if (e instanceof OcrError)
        throw e.permanent
          ? new PermanentJobError(e.code, e.message)
          : new RetryableJobError(e.code, e.message);
      throw e;
    }
  }

  protected override async handle(
    job: TenantJob<'ocr'>,
    prepared: Prepared,
  ): Promise<OcrJobResult> {
    if (prepared.done)
      return {
        documentId: job.data.documentId,
        skipped: true,
        pages: 0,
        lowConfidencePages: [],
        caseId: null,
        recordCheck: 'skipped',
      };
    return this.intake.apply(job.data, prepared.result);
  }

  /** The document stays readable as a file and says why OCR gave up (nothing else was written). */
  protected override async onDeadLetter(job: TenantJob<'ocr'>, error: JobErrorInfo): Promise<void> {
    await TenantContext.manager().query(
      `update documents set status = 'failed', ocr_error_code = $2 where id = $1 and status <> 'ready'`,
      [job.data.documentId, error.code],
    );
  }
}
