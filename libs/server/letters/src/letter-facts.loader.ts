import { Injectable } from '@nestjs/common';
import type { Regime } from '@claimlane/shared-contracts';
import type { LetterCriterion, LetterFacts } from '@claimlane/domain-letters';
import { CASE_DOCUMENT_KIND_LABELS } from '@claimlane/domain-letters';
import { requireCase, sql, one } from '@claimlane/server-evidence';

interface CaseRow {
  level: number;
  regime: Regime;
  category: string;
  stated_reason: string | null;
  notice_date: string | null;
  analysis: {
    nextQuestions?: Array<{ text?: string }>;
    carcDetails?: Array<{ code: string; description: string; denial: boolean }>;
  } | null;
  payer_name: string | null;
  claim_number: string | null;
  service_date: string | null;
  cpt: string[] | null;
  first_name: string | null;
  last_name: string | null;
  member_id: string | null;
  parity: boolean;
}

// Record Check questions carry their own citations; the letter takes only questions without one, so
// every citation in a letter still comes from the regime's rule data through the letter builder.
const CITATION_LIKE = /\b\d+\s*CFR\b|U\.S\.C\.|§\s*\d/;

/** Everything a letter of a case may say, read in a handful of queries under RLS. */
@Injectable()
export class LetterFactsLoader {
  async load(caseId: string): Promise<LetterFacts> {
    await requireCase(caseId);
    const c = (await one<CaseRow>(
      `select ac.level, d.regime, d.category, d.stated_reason, to_char(d.notice_date, 'YYYY-MM-DD') as notice_date, d.analysis,
         p.name as payer_name, cl.claim_number, to_char(cl.service_date_from, 'YYYY-MM-DD') as service_date, cl.cpt_hcpcs as cpt,
         pt.first_name, pt.last_name, pt.member_id,
         exists (select 1 from findings f where f.tenant_id = d.tenant_id and f.denial_id = d.id and f.kind = 'parity_question') as parity
       from appeal_cases ac
       join denials d on d.tenant_id = ac.tenant_id and d.id = ac.denial_id
       left join payers p on p.tenant_id = ac.tenant_id and p.id = coalesce(ac.payer_id, d.payer_id)
       left join claims cl on cl.tenant_id = ac.tenant_id and cl.id = coalesce(ac.claim_id, d.claim_id)
       left join patients pt on pt.tenant_id = cl.tenant_id and pt.id = cl.patient_id
       where ac.id = $1`,
      [caseId],
    ))!;
    const criteria = await sql<{
      id: string;
      ref: string;
      parent_ref: string | null;
      text: string;
      grp: LetterCriterion['group'];
      group_min: number | null;
      explanation: string | null;
      clinician_answer: string | null;
      policy_id: string | null;
      policy_version: string | null;
    }>(
      `select id, ref, parent_ref, text, grp, group_min, explanation, clinician_answer, policy_id, policy_version
       from criteria where case_id = $1 order by position`,
      [caseId],
    );
    const links = await sql<{
      criterion_id: string;
      label: string;
      page_from: number;
      page_to: number;
      quote: string;
    }>(
      `select l.criterion_id, e.label, l.page_from, l.page_to, l.quote from matrix_links l
       join exhibits e on e.tenant_id = l.tenant_id and e.id = l.exhibit_id
       where l.case_id = $1 order by e.position, l.created_at`,
      [caseId],
    );
    const exhibits = await sql<{
      label: string;
      title: string;
      pages: number;
      kind: keyof typeof CASE_DOCUMENT_KIND_LABELS;
    }>(
      `select e.label, e.title, (e.page_to - e.page_from + 1) as pages, cd.kind from exhibits e
       join case_documents cd on cd.tenant_id = e.tenant_id and cd.id = e.case_document_id
       where e.case_id = $1 order by e.position`,
      [caseId],
    );
    const deadlines = await sql<{
      kind: string;
      due_text: string;
      anchor_event: string | null;
      anchor_date: string | null;
    }>(
      `select kind, due_text, anchor_event, anchor_date from deadlines where case_id = $1 and status not in ('cancelled', 'needs_date') order by due_at`,
      [caseId],
    );
    const set = await one<{ policy_id: string | null; policy_version: string | null }>(
      `select policy_id, policy_version from criteria_sets where case_id = $1`,
      [caseId],
    );
    const reasons: string[] = [];
    if (c.stated_reason?.trim())
      reasons.push(c.stated_reason.trim().replace(/\s+/g, ' ').slice(0, 400));
    for (const d of c.analysis?.carcDetails ?? [])
      if (d.denial && reasons.length < 5)
        reasons.push(`CARC ${d.code}: ${d.description.split(/(?<=\.)\s/)[0]}`);
    const policyId = set?.policy_id ?? criteria[0]?.policy_id ?? null;
    const policyVersion = set?.policy_version ?? criteria[0]?.policy_version ?? null;
    const payerDecision = deadlines.find((d) => d.kind === 'payer_appeal_decision');
    return {
      regime: c.regime,
      behavioralHealth: c.parity,
      payerName: c.payer_name,
      memberName: [c.first_name, c.last_name].filter(Boolean).join(' ') || null,
      memberId: c.member_id,
      claimNumber: c.claim_number,
      serviceDescription: c.cpt?.length ? `CPT/HCPCS ${c.cpt.join(', ')}` : null,
      serviceDate: c.service_date,
      denialDate: c.notice_date,
      denialReasons: reasons,
      criteriaReceived: criteria.length > 0,
      policyRef: policyId
        ? `${policyId}${policyVersion ? ` (version ${policyVersion})` : ''}`
        : null,
      criteria: criteria.map((r) => ({
        id: r.id,
        ref: r.ref,
        parentRef: r.parent_ref,
        text: r.text,
        group: r.grp,
        groupMin: r.group_min,
        explanation: r.explanation,
        clinicianAnswer: r.clinician_answer,
        evidence: links
          .filter((l) => l.criterion_id === r.id)
          .map((l) => ({
            exhibitLabel: l.label,
            pageFrom: l.page_from,
            pageTo: l.page_to,
            quote: l.quote,
          })),
      })),
      exhibits: exhibits.map((e) => ({ label: e.label, title: e.title, pageCount: e.pages })),
      nextQuestions: (c.analysis?.nextQuestions ?? [])
        .map((q) => q.text ?? '')
        .filter((t) => t.trim() !== '' && !CITATION_LIKE.test(t))
        .slice(0, 8),
      memberAppealDue: deadlines.find((d) => d.kind === 'member_appeal_filing')?.due_text ?? null,
      appealSubmittedOn:
        payerDecision?.anchor_event === 'appeal_submitted' ? payerDecision.anchor_date : null,
      payerDecisionDue: payerDecision?.due_text ?? null,
      level: c.level,
    };
  }
}
