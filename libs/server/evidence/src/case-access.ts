import { Errors, assertUuid } from '@claimlane/server-common';
import { one } from './sql';

export interface CaseFacts {
  id: string;
  denialId: string;
}

/** The case under RLS, or NOT_FOUND (another tenant's id looks exactly like a missing one). */
export async function requireCase(caseId: string): Promise<CaseFacts> {
  const row = await one<{ id: string; denial_id: string }>(
    `select id, denial_id from appeal_cases where id = $1`,
    [assertUuid(caseId, 'caseId')],
  );
  if (!row) throw Errors.notFound('Case');
  return { id: row.id, denialId: row.denial_id };
}
