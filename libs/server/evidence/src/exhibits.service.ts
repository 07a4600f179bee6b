import { Injectable } from '@nestjs/common';
import { Errors, assertUuid } from '@claimlane/server-common';
import { TenantContext } from '@claimlane/server-db';
import { assertPageRange, exhibitLabel } from '@claimlane/domain-letters';
import { requireCase } from './case-access';
import { CaseDocumentsService } from './case-documents.service';
import { refusing } from './evidence-errors';
import { exhibitSeal } from './exhibit-seal';
import { one, sql } from './sql';

export interface ExhibitRow {
  id: string;
  caseId: string;
  label: string;
  position: number;
  caseDocumentId: string;
  documentId: string;
  title: string;
  pageFrom: number;
  pageTo: number;
  pageCount: number;
  sealSha256: string | null;
  sealedAt: Date | null;
}

const SELECT = `select id, case_id as "caseId", label, position, case_document_id as "caseDocumentId",
  document_id as "documentId", title, page_from as "pageFrom", page_to as "pageTo",
  (page_to - page_from + 1) as "pageCount", seal_sha256 as "sealSha256", sealed_at as "sealedAt" from exhibits`;

export const MAX_EXHIBITS = 200;

@Injectable()
export class ExhibitsService {
  constructor(private readonly documents: CaseDocumentsService) {}

  async list(caseId: string): Promise<ExhibitRow[]> {
    await requireCase(caseId);
    return sql<ExhibitRow>(`${SELECT} where case_id = $1 order by position`, [caseId]);
  }

  async get(id: string): Promise<ExhibitRow> {
    const row = await one<ExhibitRow>(`${SELECT} where id = $1`, [assertUuid(id, 'exhibitId')]);
    if (!row) throw Errors.notFound('Exhibit');
    return row;
  }

  /** The next exhibit (A, B, C…) from a page range of a case document; its page text is snapshotted. */
  create(input: {
    caseId: string;
    caseDocumentId: string;
    pageFrom: number;
    pageTo: number;
    title?: string | null;
  }): Promise<ExhibitRow> {
    return refusing(async () => {
      await requireCase(input.caseId);
      const { row, pages } = await this.documents.pageTexts(input.caseDocumentId);
      if (row.caseId !== input.caseId) throw Errors.notFound('Case document');
      assertPageRange(pages.length, input.pageFrom, input.pageTo);
      // Serialise label allocation per case (two concurrent creates must not both take "C").
      await sql(`select id from appeal_cases where id = $1 for update`, [input.caseId]);
      const n = (await one<{ n: number }>(
        `select count(*)::int as n from exhibits where case_id = $1`,
        [input.caseId],
      ))!.n;
      if (n >= MAX_EXHIBITS)
        throw Errors.badInput(`A case may hold at most ${MAX_EXHIBITS} exhibits`, {
          reason: 'EXHIBITS_TOO_MANY',
        });
      const inserted = await sql<{ id: string }>(
        `insert into exhibits (tenant_id, case_id, label, position, case_document_id, document_id, title, page_from, page_to, page_texts)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb) returning id`,
        [
          TenantContext.tenantId(),
          input.caseId,
          exhibitLabel(n),
          n,
          row.id,
          row.documentId,
          input.title?.trim() || row.title,
          input.pageFrom,
          input.pageTo,
          JSON.stringify(pages.slice(input.pageFrom - 1, input.pageTo)),
        ],
      );
      return this.get(inserted[0]!.id);
    });
  }

  /** Seals the exhibit (idempotent): from now on its pages and seal can never change. */
  seal(id: string): Promise<ExhibitRow> {
    return refusing(async () => {
      const ex = await this.get(id);
      if (ex.sealedAt) return ex;
      const src = (await one<{ sha256: string; page_texts: string[] }>(
        `select d.sha256, e.page_texts from exhibits e join documents d on d.tenant_id = e.tenant_id and d.id = e.document_id where e.id = $1`,
        [id],
      ))!;
      const seal = exhibitSeal(src.sha256, ex.pageFrom, ex.pageTo, src.page_texts);
      await sql(
        `update exhibits set seal_sha256 = $2, sealed_at = now(), sealed_by = $3 where id = $1 and sealed_at is null`,
        [id, seal, TenantContext.current().userId],
      );
      return this.get(id);
    });
  }

  /** Recomputes a sealed exhibit's seal from the stored document and snapshot; false if anything moved. */
  async verifySeal(id: string): Promise<boolean> {
    const src = await one<{
      sha256: string;
      page_texts: string[];
      seal_sha256: string | null;
      page_from: number;
      page_to: number;
    }>(
      `select d.sha256, e.page_texts, e.seal_sha256, e.page_from, e.page_to from exhibits e
       join documents d on d.tenant_id = e.tenant_id and d.id = e.document_id where e.id = $1`,
      [id],
    );
    if (!src?.seal_sha256) return false;
    return exhibitSeal(src.sha256, src.page_from, src.page_to, src.page_texts) === src.seal_sha256;
  }

  async pageTexts(id: string): Promise<string[]> {
    const r = await one<{ page_texts: string[] }>(`select page_texts from exhibits where id = $1`, [
      id,
    ]);
    if (!r) throw Errors.notFound('Exhibit');
    return r.page_texts;
  }
}
