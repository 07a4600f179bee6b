import { Inject, Injectable, Optional } from '@nestjs/common';
import { TenantContext, appendTimelineEvent, insertAuditEvent } from '@claimlane/server-db';
import { AppError, type RequestAuth } from '@claimlane/server-common';
import { RecordCheckService, type CreateCaseFromDenialInput } from '@claimlane/server-record-check';
import { PermanentJobError } from '@claimlane/server-queue';
import type { JobPayload } from '@claimlane/shared-contracts';
import type { OcrResult } from './ocr-result';
import { OCR_ENTITLEMENTS, type OcrEntitlements } from './ocr-entitlements.port';

export interface OcrJobResult {
  documentId: string;
  /** True when the document had been OCRed already (a retried or duplicate job). */
  skipped: boolean;
  pages: number;
  lowConfidencePages: number[];
  caseId: string | null;
  /**
   * Why no case was opened or updated (empty text, unusable text, or `case_document`: evidence
   * uploaded to a case, such as chart notes, which is no denial letter to check).
   */
  recordCheck:
    'case_created' | 'case_updated' | 'no_text' | 'text_unusable' | 'case_document' | 'skipped';
}

/**
 * Writes an OCR result and runs Record Check on it, all inside the job's tenant transaction: the
 * document row is locked first, so a duplicate or retried job either finds it done and writes
 * nothing, or is the only writer. Pages, document status, case, findings, timeline and audit row
 * commit together or not at all.
 */
@Injectable()
export class OcrIntakeService {
  constructor(
    private readonly recordCheck: RecordCheckService,
    @Optional()
    @Inject(OCR_ENTITLEMENTS)
    private readonly entitlements: OcrEntitlements | null = null,
  ) {}

  async apply(job: JobPayload<'ocr'>, result: OcrResult): Promise<OcrJobResult> {
    const m = TenantContext.manager();
    const tenantId = TenantContext.tenantId();
    const [doc] = (await m.query(
      `select id, status, sha256 from documents where id = $1 for update`,
      [job.documentId],
    )) as Array<{ id: string; status: string; sha256: string }>;
    if (!doc) throw new PermanentJobError('OCR_DOCUMENT_MISSING', 'The document no longer exists');
    if (doc.sha256 !== job.sha256)
      throw new PermanentJobError('OCR_SOURCE_MISMATCH', 'The job names another file version');
    const base = { documentId: doc.id, pages: result.pages.length };
    if (doc.status === 'ready')
      return {
        ...base,
        skipped: true,
        lowConfidencePages: [],
        caseId: null,
        recordCheck: 'skipped',
      };

    await this.countPages(tenantId, result.pages.length);

    const low = result.pages.filter((p) => p.lowConfidence).map((p) => p.pageNo);
    await m.query(
      `insert into document_ocr_pages (tenant_id, document_id, page_no, text, mean_confidence, word_count, words, low_confidence, preprocess, engine)
       select $1, $2, p.page_no, p.text, p.mean_confidence, p.word_count, p.words, p.low_confidence, p.preprocess, $3
       from jsonb_to_recordset($4::jsonb) as p(page_no int, text text, mean_confidence real, word_count int, words jsonb, low_confidence boolean, preprocess text)`,
      [
        tenantId,
        doc.id,
        result.engine,
        JSON.stringify(
          result.pages.map((p) => ({
            page_no: p.pageNo,
            text: p.text,
            mean_confidence: p.meanConfidence,
            word_count: p.wordCount,
            words: p.words,
            low_confidence: p.lowConfidence,
            preprocess: p.preprocess,
          })),
        ),
      ],
    );
    const text = result.pages.map((p) => p.text).join('\n\n');
    await m.query(
      `update documents set page_text = $2, pages = $3, status = 'ready', ocr_completed_at = now(),
         ocr_error_code = null, review_required = $4 where id = $1`,
      [
        doc.id,
        JSON.stringify(result.pages.map((p) => p.text)),
        result.pages.length,
        low.length > 0,
      ],
    );

    let caseId: string | null = null;
    let outcome: OcrJobResult['recordCheck'] = 'no_text';
    if (text.trim() && (await this.isCaseEvidence(doc.id))) {
      outcome = 'case_document';
    } else if (text.trim()) {
      try {
        [caseId, outcome] = await this.runRecordCheck(job, doc.id, text);
      } catch (e) {
        // Text the letter parser refuses (binary-looking, too long) stays stored for a person.
        if (!(e instanceof AppError) || e.code !== 'BAD_USER_INPUT') throw e;
        outcome = 'text_unusable';
      }
    }
    if (outcome !== 'case_created' && outcome !== 'case_updated' && outcome !== 'case_document')
      await m.query(`update documents set review_required = true where id = $1`, [doc.id]);
    if (caseId && low.length) {
      const [c] = (await m.query(`select stage from appeal_cases where id = $1`, [
        caseId,
      ])) as Array<{
        stage: string;
      }>;
      if (c)
        await appendTimelineEvent(m, {
          tenantId,
          caseId,
          kind: 'ocr_review_needed',
          stage: c.stage,
          summary: `OCR read page${low.length > 1 ? 's' : ''} ${low.join(', ')} with low confidence: confirm the extracted fields against the scan`,
          data: { documentId: doc.id, pages: low },
        });
    }
    // The job wrote PHI (the letter text): audited like an upload, with counts only.
    await insertAuditEvent(m, {
      tenantId,
      action: 'ocr.completed',
      entityType: 'Document',
      entityId: doc.id,
      meta: { pages: result.pages.length, lowConfidencePages: low, caseId, outcome },
    });
    return { ...base, skipped: false, lowConfidencePages: low, caseId, recordCheck: outcome };
  }

  /**
   * Counts the pages against the plan before anything is written, in this transaction (the count
   * rolls back with the job). Past the cap the job fails for good: retrying cannot raise a cap, and
   * the dead-letter hook marks the document failed with ENTITLEMENT_EXCEEDED for a person to see.
   */
  private async countPages(tenantId: string, pages: number): Promise<void> {
    if (!this.entitlements || pages < 1) return;
    try {
      await this.entitlements.assertWithinEntitlement(tenantId, 'ocr_pages', pages);
    } catch (e) {
      if (e instanceof AppError && e.code === 'ENTITLEMENT_EXCEEDED')
        throw new PermanentJobError('ENTITLEMENT_EXCEEDED', e.message);
      throw e;
    }
  }

  /**
   * A scan attached to a case as evidence (chart notes, a policy…) and read by no denial: its text is
   * for citing, not a new denial, so Record Check must not open a case from it. The case page attaches
   * right after the upload answers, long before OCR of even one page ends.
   */
  private async isCaseEvidence(documentId: string): Promise<boolean> {
    const rows = (await TenantContext.manager().query(
      `select 1 from case_documents cd
        where cd.document_id = $1 and cd.kind <> 'denial_letter'
          and not exists (select 1 from denials d where d.source_document_id = $1)
        limit 1`,
      [documentId],
    )) as unknown[];
    return rows.length > 0;
  }

  /**
   * A scan uploaded on a case page as that case's denial letter belongs to that case: it never opens
   * another. A hand-made case (no letter yet) takes the text and is re-read (only gaps are filled:
   * facts the team entered win). A case that has its letter keeps it; the scan stays a document.
   */
  private async fillCaseUploadedTo(
    documentId: string,
    text: string,
  ): Promise<[string, 'case_updated' | 'case_document'] | null> {
    const m = TenantContext.manager();
    const [target] = (await m.query(
      `select c.id as "caseId", d.id as "denialId", d.letter_text is not null as "hasLetter"
         from case_documents cd
         join appeal_cases c on c.tenant_id = cd.tenant_id and c.id = cd.case_id
         join denials d on d.tenant_id = c.tenant_id and d.id = c.denial_id
        where cd.document_id = $1 and cd.kind = 'denial_letter'
        order by cd.created_at limit 1`,
      [documentId],
    )) as Array<{ caseId: string; denialId: string; hasLetter: boolean }>;
    if (!target) return null;
    if (target.hasLetter) return [target.caseId, 'case_document'];
    await m.query(`update denials set letter_text = $2, source_document_id = $3 where id = $1`, [
      target.denialId,
      text,
      documentId,
    ]);
    await this.recordCheck.reanalyze(target.denialId);
    return [target.caseId, 'case_updated'];
  }

  /**
   * Updates the case that already points at this letter (or the one named); then the case the scan
   * was uploaded to as its denial letter; else opens one.
   */
  private async runRecordCheck(
    job: JobPayload<'ocr'>,
    documentId: string,
    text: string,
  ): Promise<[string, 'case_created' | 'case_updated' | 'case_document']> {
    const m = TenantContext.manager();
    const [existing] = (await m.query(
      `select d.id as "denialId", c.id as "caseId" from denials d
       join appeal_cases c on c.tenant_id = d.tenant_id and c.denial_id = d.id
       where ${job.caseId ? 'c.id = $1' : 'd.source_document_id = $1'}
       order by c.created_at limit 1`,
      [job.caseId ?? documentId],
    )) as Array<{ denialId: string; caseId: string }>;
    if (existing) {
      await m.query(
        `update denials set letter_text = $2, source_document_id = coalesce(source_document_id, $3) where id = $1`,
        [existing.denialId, text, documentId],
      );
      await this.recordCheck.reanalyze(existing.denialId);
      return [existing.caseId, 'case_updated'];
    }
    const uploadedTo = await this.fillCaseUploadedTo(documentId, text);
    if (uploadedTo) return uploadedTo;
    const auth: RequestAuth = {
      userId: job.requestedBy,
      apiKeyId: null,
      sessionId: null,
      tenantId: job.tenantId,
      role: null,
    };
    const input: CreateCaseFromDenialInput = { documentId };
    const created = await this.recordCheck.createCase(auth, input);
    return [created.id, 'case_created'];
  }
}
