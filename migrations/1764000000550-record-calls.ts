import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantCrud, tenantTableRls } from './rls.sql-helpers';

/**
 * Record Calls (issue 11): payer phone lines on file per tenant (the only numbers a call may dial,
 * with their business hours and state for recording consent) and the calls with their outputs. The
 * unredacted transcript exists only as AES-256-GCM ciphertext; the redacted one is plain JSON.
 */
export class RecordCalls1764000000550 implements MigrationInterface {
  name = 'RecordCalls1764000000550';

  async up(q: QueryRunner): Promise<void> {
    const sql: string[] = [
      `create table payer_phones (
        tenant_id uuid not null references tenants(id) on delete cascade,
        id uuid not null default gen_random_uuid(),
        payer_id uuid not null,
        label text not null check (char_length(label) between 1 and 200),
        phone_e164 text not null check (phone_e164 ~ '^\\+[1-9][0-9]{7,14}$'),
        time_zone text not null check (char_length(time_zone) between 1 and 64),
        opens text not null default '08:00' check (opens ~ '^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$'),
        closes text not null default '17:00' check (closes ~ '^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$'),
        days smallint[] not null default '{1,2,3,4,5}',
        state text check (state ~ '^[A-Z]{2}$'),
        active boolean not null default true,
        created_by uuid,
        created_at timestamptz not null default now(),
        primary key (tenant_id, id),
        foreign key (tenant_id, payer_id) references payers(tenant_id, id) on delete cascade
      )`,
      `create unique index payer_phones_number_key on payer_phones (tenant_id, payer_id, phone_e164)`,
      `create table record_calls (
        tenant_id uuid not null references tenants(id) on delete cascade,
        id uuid not null default gen_random_uuid(),
        case_id uuid not null,
        payer_phone_id uuid not null,
        status text not null default 'queued' check (status in ('queued', 'in_progress', 'completed', 'failed')),
        outcome text check (outcome in ('completed', 'callback_promised', 'consent_refused', 'disconnected')),
        error_code text check (char_length(error_code) <= 60),
        provider text not null check (provider in ('simulator', 'twilio')),
        provider_call_id text check (char_length(provider_call_id) <= 100),
        scheduled_for timestamptz,
        topics text[] not null,
        consent_states text[] not null default '{}',
        transcript_redacted jsonb,
        transcript_ciphertext bytea,
        transcript_key_id text,
        summary jsonb,
        reference_numbers text[] not null default '{}',
        recording_document_id uuid,
        attempts int not null default 0,
        requested_by uuid,
        started_at timestamptz,
        ended_at timestamptz,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (tenant_id, id),
        foreign key (tenant_id, case_id) references appeal_cases(tenant_id, id) on delete cascade,
        foreign key (tenant_id, payer_phone_id) references payer_phones(tenant_id, id),
        foreign key (tenant_id, recording_document_id) references documents(tenant_id, id)
      )`,
      `create index record_calls_case_idx on record_calls (tenant_id, case_id, created_at desc)`,
      // Backstop for the Redis line lock: one call in progress per payer line.
      `create unique index record_calls_line_active on record_calls (tenant_id, payer_phone_id) where status = 'in_progress'`,
      ...tenantTableRls('payer_phones'),
      grantCrud('payer_phones'),
      ...tenantTableRls('record_calls'),
      grantCrud('record_calls'),
    ];
    for (const s of sql) await q.query(s);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table if exists record_calls cascade`);
    await q.query(`drop table if exists payer_phones cascade`);
  }
}
