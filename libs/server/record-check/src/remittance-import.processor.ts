import { Processor } from '@nestjs/bullmq';
import { TenantContext } from '@claimlane/server-db';
import { tenantObjectStore, type ObjectStore } from '@claimlane/server-documents';
import { X12ParseError } from '@claimlane/domain-x12';
import { RemittanceRejectedError, importRemittance } from '@claimlane/server-remittances';
import {
  PermanentJobError,
  TenantJobDeps,
  TenantJobProcessor,
  processorOptions,
  type TenantJob,
} from '@claimlane/server-queue';
import { toSummaryModel, type RemittanceImportResult } from './remittance-import-result';

/** Bytes handed to the streaming parser at a time; progress is reported per chunk. */
const CHUNK = 256 * 1024;

/**
 * The `imports` queue: imports one stored 835 in the background (large files; the mutation
 * `startRemittanceImport` queues it). The file is fetched outside the transaction; the import runs
 * in the job's tenant transaction, so it is all or nothing as in the synchronous mutation, and a
 * retried job re-imports nothing (claims are keyed by their source). Progress: bytes parsed.
 */
@Processor('imports', processorOptions())
export class RemittanceImportProcessor extends TenantJobProcessor<
  'imports',
  Buffer,
  RemittanceImportResult
> {
  protected readonly queue = 'imports' as const;
  private readonly store: ObjectStore;

  constructor(deps: TenantJobDeps) {
    super(deps);
    this.store = tenantObjectStore(deps.config, deps.db);
  }

  protected override concurrency(): number {
    // Each import holds a transaction and a database connection for its whole length.
    return 2;
  }

  protected override async prepare(job: TenantJob<'imports'>): Promise<Buffer> {
    const rows: Array<{ kind: string; storageKey: string | null }> =
      await this.deps.db.runInTenantTx(job.tenantId, (m) =>
        m.query(`select kind, storage_key as "storageKey" from documents where id = $1`, [
          job.data.documentId,
        ]),
      );
    const doc = rows[0];
    if (!doc?.storageKey)
      throw new PermanentJobError('IMPORT_DOCUMENT_MISSING', 'The document no longer exists');
    if (doc.kind !== 'remittance_835')
      throw new PermanentJobError('IMPORT_NOT_REMITTANCE', 'The document is not an 835 remittance');
    return this.store.get(doc.storageKey);
  }

  protected override async handle(
    job: TenantJob<'imports'>,
    bytes: Buffer,
  ): Promise<RemittanceImportResult> {
    const total = bytes.length;
    await job.progress({ stage: 'importing', done: 0, total });
    async function* chunks(): AsyncGenerator<Uint8Array> {
      for (let at = 0; at < total; at += CHUNK) {
        job.throwIfReturned();
        yield bytes.subarray(at, at + CHUNK);
        await job.progress({ stage: 'importing', done: Math.min(at + CHUNK, total), total });
      }
    }
    try {
      const summary = await importRemittance(TenantContext.manager(), job.tenantId, chunks());
      await job.progress({ stage: 'completed', done: total, total });
      return toSummaryModel(summary);
    } catch (e) {
      if (e instanceof RemittanceRejectedError)
        throw new PermanentJobError(
          e.errors[0]?.code ?? 'X12_REJECTED',
          'The 835 is incomplete or malformed; nothing was imported',
        );
      if (e instanceof X12ParseError)
        throw new PermanentJobError(e.code, 'Not a readable 835; nothing was imported');
      throw e;
    }
  }
}
