import type { EntityManager } from 'typeorm';

export interface CaseDocumentLink {
  tenantId: string;
  caseId: string;
  documentId: string;
  kind: string;
  title: string;
  documentDate: string | null;
  createdBy: string | null;
}

/**
 * The one writer of `case_documents`: attaches a stored document to a case, or updates what it is
 * when it is attached already. The case and the document are read under RLS, so another tenant's
 * id (or a missing one) answers null, never a foreign-key error.
 */
export async function upsertCaseDocument(
  m: EntityManager,
  link: CaseDocumentLink,
): Promise<string | null> {
  const rows = (await m.query(
    `insert into case_documents (tenant_id, case_id, document_id, kind, title, document_date, created_by)
     select c.tenant_id, c.id, d.id, $4, $5, $6, $7
       from appeal_cases c join documents d on d.tenant_id = c.tenant_id and d.id = $3
      where c.tenant_id = $1 and c.id = $2
     on conflict (tenant_id, case_id, document_id) do update set kind = excluded.kind, title = excluded.title,
       document_date = coalesce(excluded.document_date, case_documents.document_date)
     returning id`,
    [
      link.tenantId,
      link.caseId,
      link.documentId,
      link.kind,
      link.title,
      link.documentDate,
      link.createdBy,
    ],
  )) as Array<{ id: string }>;
  return rows[0]?.id ?? null;
}
