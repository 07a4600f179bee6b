import { Injectable } from '@nestjs/common';
import { TenantContext } from '@claimlane/server-db';
import type { ContactChannel } from '@claimlane/domain-letters';
import { requireCase } from './case-access';
import { sql } from './sql';

export interface ContactRow {
  id: string;
  caseId: string;
  channel: ContactChannel;
  occurredAt: Date;
  representative: string | null;
  referenceNumber: string | null;
  summary: string;
  source: string;
}

const SELECT = `select id, case_id as "caseId", channel, occurred_at as "occurredAt", representative,
  reference_number as "referenceNumber", summary, source from carrier_contacts`;

/** The carrier contact log: calls, faxes, portal messages, letters sent (Record Calls write here too). */
@Injectable()
export class ContactsService {
  async add(input: {
    caseId: string;
    channel: ContactChannel;
    occurredAt: Date;
    representative?: string | null;
    referenceNumber?: string | null;
    summary: string;
    source?: 'manual' | 'record_call' | 'letter_sent';
  }): Promise<ContactRow> {
    await requireCase(input.caseId);
    const rows = await sql<ContactRow>(
      `insert into carrier_contacts (tenant_id, case_id, channel, occurred_at, representative, reference_number, summary, source, created_by)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       returning id, case_id as "caseId", channel, occurred_at as "occurredAt", representative,
         reference_number as "referenceNumber", summary, source`,
      [
        TenantContext.tenantId(),
        input.caseId,
        input.channel,
        input.occurredAt,
        input.representative?.trim() || null,
        input.referenceNumber?.trim() || null,
        input.summary.trim(),
        input.source ?? 'manual',
        TenantContext.current().userId,
      ],
    );
    return rows[0]!;
  }

  async list(caseId: string): Promise<ContactRow[]> {
    await requireCase(caseId);
    return sql<ContactRow>(`${SELECT} where case_id = $1 order by occurred_at, id`, [caseId]);
  }
}
