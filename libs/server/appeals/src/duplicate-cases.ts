import type { EntityManager } from 'typeorm';
import { appendTimelineEvent } from '@claimlane/server-db';

export interface DuplicateCandidate {
  denialId: string;
  caseId: string | null;
  reasons: string[];
}

/**
 * Denials (with or without a case) that look like the same denial as `denialId`'s: the same letter
 * text, the same payer claim control number, the same claim number at the same payer, or the same
 * member and first date of service. One statement of indexed lookups (migration 1764000000700);
 * matches are reported, never merged.
 */
export async function findDuplicateDenials(
  m: EntityManager,
  denialId: string,
): Promise<DuplicateCandidate[]> {
  const rows: Array<{
    denial_id: string;
    case_id: string | null;
    same_letter: boolean;
    same_pccn: boolean;
    same_claim: boolean;
    same_member_dates: boolean;
  }> = await m.query(
    `with me as (
       select d.tenant_id, d.id, md5(d.letter_text) as letter, cl.claim_number, cl.payer_claim_control_number as pccn,
              coalesce(cl.payer_id, d.payer_id) as payer_id, cl.service_date_from, p.member_id
         from denials d
         left join claims cl on cl.tenant_id = d.tenant_id and cl.id = d.claim_id
         left join patients p on p.tenant_id = cl.tenant_id and p.id = cl.patient_id
        where d.id = $1),
     -- Each way of matching is its own indexed lookup (no scan of the tenant's letters).
     ids as (
       select d2.id from me join denials d2
           on d2.tenant_id = me.tenant_id and md5(d2.letter_text) = me.letter and d2.letter_text is not null
       union
       select d2.id from me join claims cl2 on cl2.tenant_id = me.tenant_id and cl2.payer_claim_control_number = me.pccn
         join denials d2 on d2.tenant_id = cl2.tenant_id and d2.claim_id = cl2.id
       union
       select d2.id from me join claims cl2 on cl2.tenant_id = me.tenant_id and cl2.claim_number = me.claim_number
         join denials d2 on d2.tenant_id = cl2.tenant_id and d2.claim_id = cl2.id
       union
       select d2.id from me join patients p2 on p2.tenant_id = me.tenant_id and p2.member_id = me.member_id
         join claims cl2 on cl2.tenant_id = p2.tenant_id and cl2.patient_id = p2.id and cl2.service_date_from = me.service_date_from
         join denials d2 on d2.tenant_id = cl2.tenant_id and d2.claim_id = cl2.id),
     cand as (
       select d2.id as denial_id, c2.id as case_id,
              (me.letter is not null and d2.letter_text is not null and md5(d2.letter_text) = me.letter) as same_letter,
              (me.pccn is not null and cl2.payer_claim_control_number = me.pccn) as same_pccn,
              (me.claim_number is not null and cl2.claim_number = me.claim_number
                 and coalesce(cl2.payer_id, d2.payer_id) is not distinct from me.payer_id) as same_claim,
              (me.member_id is not null and p2.member_id = me.member_id
                 and cl2.service_date_from = me.service_date_from) as same_member_dates
         from me
         join ids on ids.id <> me.id
         join denials d2 on d2.tenant_id = me.tenant_id and d2.id = ids.id
         left join claims cl2 on cl2.tenant_id = d2.tenant_id and cl2.id = d2.claim_id
         left join patients p2 on p2.tenant_id = cl2.tenant_id and p2.id = cl2.patient_id
         left join appeal_cases c2 on c2.tenant_id = d2.tenant_id and c2.denial_id = d2.id)
     select * from cand where same_letter or same_pccn or same_claim or same_member_dates
      order by case_id nulls last, denial_id limit 20`,
    [denialId],
  );
  return rows.map((r) => ({
    denialId: r.denial_id,
    caseId: r.case_id,
    reasons: [
      r.same_letter ? 'same_letter' : null,
      r.same_pccn ? 'same_payer_claim_control_number' : null,
      r.same_claim ? 'same_claim_number' : null,
      r.same_member_dates ? 'same_member_and_service_date' : null,
    ].filter((x): x is string => x !== null),
  }));
}

/**
 * A new case that looks like another denial says so on its timeline (and the other case's), with
 * the link; nothing is merged.
 */
export async function warnDuplicates(
  m: EntityManager,
  tenantId: string,
  caseId: string,
  denialId: string,
): Promise<DuplicateCandidate[]> {
  const found = await findDuplicateDenials(m, denialId);
  if (!found.length) return found;
  const describe = (d: DuplicateCandidate) =>
    `${d.caseId ? `case ${d.caseId}` : `denial ${d.denialId} (no case yet)`}: ${d.reasons.join(', ').replace(/_/g, ' ')}`;
  await appendTimelineEvent(m, {
    tenantId,
    caseId,
    kind: 'possible_duplicate',
    stage: 'intake',
    summary: `Possible duplicate of ${found.map(describe).join('; ')}. Check before working both.`,
    data: { candidates: found },
  });
  for (const d of found)
    if (d.caseId)
      await appendTimelineEvent(m, {
        tenantId,
        caseId: d.caseId,
        kind: 'possible_duplicate',
        summary: `A new case ${caseId} looks like this one (${d.reasons.join(', ').replace(/_/g, ' ')})`,
        data: { candidates: [{ denialId, caseId, reasons: d.reasons }] },
      });
  return found;
}
