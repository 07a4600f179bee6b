import type { EntityManager } from 'typeorm';

/** The database's cap on a note (migration 990): the API refuses longer text before it gets here. */
export const CASE_NOTE_MAX_CHARS = 4000;
/** A case page shows at most this many notes, newest first (older ones stay stored). */
export const CASE_NOTES_PER_CASE = 200;

export interface CaseNoteRow {
  id: string;
  caseId: string;
  authorId: string | null;
  body: string;
  createdAt: Date;
}

const COLUMNS = `id, case_id as "caseId", author_id as "authorId", body, created_at as "createdAt"`;

/**
 * The one writer of `case_notes`. Inserts only when the case is visible to the caller's tenant (the
 * select runs under RLS), so another tenant's case id answers null, never a foreign-key error.
 */
export async function insertCaseNote(
  m: EntityManager,
  note: { tenantId: string; caseId: string; authorId: string | null; body: string },
): Promise<CaseNoteRow | null> {
  const rows = (await m.query(
    `insert into case_notes (tenant_id, case_id, author_id, body)
     select c.tenant_id, c.id, $3, $4 from appeal_cases c where c.tenant_id = $1 and c.id = $2
     returning ${COLUMNS}`,
    [note.tenantId, note.caseId, note.authorId, note.body],
  )) as CaseNoteRow[];
  return rows[0] ?? null;
}

/** The notes of several cases in one statement, newest first, at most CASE_NOTES_PER_CASE each. */
export async function caseNotesByCases(
  m: EntityManager,
  caseIds: readonly string[],
): Promise<Map<string, CaseNoteRow[]>> {
  const rows = (await m.query(
    `select ${COLUMNS} from (
       select n.*, row_number() over (partition by n.case_id order by n.created_at desc, n.id desc) as rn
         from case_notes n where n.case_id = any($1::uuid[])
     ) n where rn <= ${CASE_NOTES_PER_CASE}
     order by case_id, created_at desc, id desc`,
    [[...caseIds]],
  )) as CaseNoteRow[];
  const byCase = new Map<string, CaseNoteRow[]>();
  for (const r of rows) {
    const list = byCase.get(r.caseId) ?? [];
    list.push(r);
    byCase.set(r.caseId, list);
  }
  return byCase;
}
