import { Injectable } from '@nestjs/common';
import { Errors, assertUuid } from '@claimlane/server-common';
import { TenantContext, upsertCaseDocument } from '@claimlane/server-db';
import type { CaseDocumentKind } from '@claimlane/domain-letters';
import { CASE_DOCUMENT_KIND_LABELS } from '@claimlane/domain-letters';
import { requireCase } from './case-access';
import { one, sql } from './sql';

export interface CaseDocumentRow {
  id: string;
  caseId: string;
  documentId: string;
  kind: CaseDocumentKind;
  title: string;
  documentDate: string | null;
  pages: number | null;
  status: string;
  mime: string;
  sha256: string;
  createdAt: Date;
}

const SELECT = `select cd.id, cd.case_id as "caseId", cd.document_id as "documentId", cd.kind, cd.title,
  to_char(cd.document_date, 'YYYY-MM-DD') as "documentDate", d.pages, d.status, d.mime, d.sha256, cd.created_at as "createdAt"
  from case_documents cd join documents d on d.tenant_id = cd.tenant_id and d.id = cd.document_id`;

@Injectable()
export class CaseDocumentsService {
  /** Attaches an uploaded document (POST /documents) to a case with what it is. */
  async attach(input: {
    caseId: string;
    documentId: string;
    kind: CaseDocumentKind;
    title?: string | null;
    documentDate?: string | null;
  }): Promise<CaseDocumentRow> {
    await requireCase(input.caseId);
    const doc = await one<{ id: string }>(`select id from documents where id = $1`, [
      assertUuid(input.documentId, 'documentId'),
    ]);
    if (!doc) throw Errors.notFound('Document');
    const title = input.title?.trim() || CASE_DOCUMENT_KIND_LABELS[input.kind];
    const id = await upsertCaseDocument(TenantContext.manager(), {
      tenantId: TenantContext.tenantId(),
      caseId: input.caseId,
      documentId: doc.id,
      kind: input.kind,
      title,
      documentDate: input.documentDate ?? null,
      createdBy: TenantContext.current().userId,
    });
    if (!id) throw Errors.notFound('Case');
    return (await this.byIds([id]))[0]!;
  }

  async list(caseId: string): Promise<CaseDocumentRow[]> {
    await requireCase(caseId);
    return sql<CaseDocumentRow>(`${SELECT} where cd.case_id = $1 order by cd.created_at, cd.id`, [
      caseId,
    ]);
  }

  async byIds(ids: string[]): Promise<CaseDocumentRow[]> {
    return sql<CaseDocumentRow>(`${SELECT} where cd.id = any($1::uuid[])`, [ids]);
  }

  /** The page texts of a case document (PHI, never logged); NOT_FOUND / BAD_USER_INPUT when unusable. */
  async pageTexts(caseDocumentId: string): Promise<{ row: CaseDocumentRow; pages: string[] }> {
    const row = (await this.byIds([assertUuid(caseDocumentId, 'caseDocumentId')]))[0];
    if (!row) throw Errors.notFound('Case document');
    const d = await one<{ page_text: string[] | null }>(
      `select page_text from documents where id = $1`,
      [row.documentId],
    );
    if (!d?.page_text || row.status !== 'ready') {
      throw Errors.badInput(
        'The document has no text layer yet (it needs OCR); it cannot be cited',
        {
          reason: 'DOCUMENT_NOT_READY',
        },
      );
    }
    return { row, pages: d.page_text };
  }
}
