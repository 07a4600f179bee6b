import { Injectable } from '@nestjs/common';
import {
  buildTimeline,
  CASE_DOCUMENT_KIND_LABELS,
  type CaseDocumentKind,
  type TimelineEntry,
  type TimelineInput,
} from '@claimlane/domain-letters';
import { requireCase } from './case-access';
import { sql } from './sql';

/** date → event → exhibit, from the denial, the case's documents and exhibits, deadlines and contacts. */
@Injectable()
export class TimelineService {
  async forCase(caseId: string): Promise<TimelineEntry[]> {
    const c = await requireCase(caseId);
    const denial = await sql<{
      notice: string | null;
      received: string | null;
      label: string | null;
    }>(
      `select to_char(d.notice_date, 'YYYY-MM-DD') as notice, to_char(d.received_date, 'YYYY-MM-DD') as received,
           (select e.label from exhibits e join case_documents cd on cd.tenant_id = e.tenant_id and cd.id = e.case_document_id
              where e.case_id = $2 and cd.kind = 'denial_letter' order by e.position limit 1) as label
         from denials d where d.id = $1`,
      [c.denialId, caseId],
    );
    const docs = await sql<{
      date: string;
      kind: CaseDocumentKind;
      title: string;
      label: string | null;
    }>(
      `select to_char(coalesce(cd.document_date, cd.created_at::date), 'YYYY-MM-DD') as date, cd.kind, cd.title,
           (select string_agg(e.label, ', ' order by e.position) from exhibits e where e.tenant_id = cd.tenant_id and e.case_document_id = cd.id) as label
         from case_documents cd where cd.case_id = $1 and cd.kind <> 'denial_letter'`,
      [caseId],
    );
    const deadlines = await sql<{ date: string; label: string | null; kind: string }>(
      `select to_char(due_at at time zone 'America/New_York', 'YYYY-MM-DD') as date, label, kind from deadlines
         where case_id = $1 and status in ('open', 'missed', 'extended')`,
      [caseId],
    );
    const contacts = await sql<{ date: string; channel: string; reference_number: string | null }>(
      `select to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD') as date, channel, reference_number from carrier_contacts where case_id = $1`,
      [caseId],
    );
    const inputs: TimelineInput[] = [];
    const d = denial[0];
    if (d?.notice)
      inputs.push({
        date: d.notice,
        event: 'Denial issued',
        exhibitLabel: d.label,
        source: 'denial',
      });
    if (d?.received)
      inputs.push({
        date: d.received,
        event: 'Denial received',
        exhibitLabel: d.label,
        source: 'denial',
      });
    for (const doc of docs)
      inputs.push({
        date: doc.date,
        event: `${CASE_DOCUMENT_KIND_LABELS[doc.kind]}: ${doc.title}`,
        exhibitLabel: doc.label,
        source: 'document',
      });
    for (const x of contacts)
      inputs.push({
        date: x.date,
        event: `Contact with the payer (${x.channel})${x.reference_number ? `, reference ${x.reference_number}` : ''}`,
        exhibitLabel: null,
        source: 'contact',
      });
    for (const x of deadlines)
      inputs.push({
        date: x.date,
        event: `Deadline: ${x.label ?? x.kind.replace(/_/g, ' ')}`,
        exhibitLabel: null,
        source: 'deadline',
      });
    return buildTimeline(inputs);
  }
}
