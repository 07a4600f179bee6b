import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantCrud, tenantTableRls } from './rls.sql-helpers';

const DOC_KINDS = `'denial_letter', 'eob', 'chart_notes', 'imaging_report', 'pt_notes', 'medication_history', 'medical_policy', 'claim_file', 'call_record', 'other'`;
const LETTER_KINDS = `'claim_file_request', 'protective_appeal', 'level1_appeal', 'provider_medical_necessity', 'level2_appeal', 'external_review_request', 'regulator_complaint', 'payer_late'`;

/**
 * Evidence and letters (issue 8): documents attached to a case, the payer's criteria, sealed
 * exhibits, the criterion ↔ exhibit-page matrix, the carrier contact log, letters with versions,
 * per-tenant letterhead, and exhibit packets. Keys lead with tenant_id like every tenant table.
 */
export class EvidenceAndLetters1764000000600 implements MigrationInterface {
  name = 'EvidenceAndLetters1764000000600';

  async up(q: QueryRunner): Promise<void> {
    const tables = [
      'case_documents',
      'criteria_sets',
      'criteria',
      'exhibits',
      'matrix_links',
      'carrier_contacts',
      'letter_settings',
      'letters',
      'letter_versions',
      'packets',
    ];
    const sql: string[] = [
      `create table case_documents (
        tenant_id uuid not null references tenants(id) on delete cascade,
        id uuid not null default gen_random_uuid(),
        case_id uuid not null,
        document_id uuid not null,
        kind text not null check (kind in (${DOC_KINDS})),
        title text not null check (char_length(title) between 1 and 300),
        document_date date,
        created_by uuid,
        created_at timestamptz not null default now(),
        primary key (tenant_id, id),
        unique (tenant_id, case_id, document_id),
        foreign key (tenant_id, case_id) references appeal_cases(tenant_id, id) on delete cascade,
        foreign key (tenant_id, document_id) references documents(tenant_id, id)
      )`,
      `create table criteria_sets (
        tenant_id uuid not null references tenants(id) on delete cascade,
        case_id uuid not null,
        root_group text not null default 'all' check (root_group in ('all', 'any', 'at_least')),
        root_min int check (root_min between 1 and 1000),
        policy_id text check (char_length(policy_id) <= 200),
        policy_version text check (char_length(policy_version) <= 100),
        ready_at timestamptz,
        ready_by uuid,
        updated_at timestamptz not null default now(),
        primary key (tenant_id, case_id),
        foreign key (tenant_id, case_id) references appeal_cases(tenant_id, id) on delete cascade
      )`,
      `create table criteria (
        tenant_id uuid not null references tenants(id) on delete cascade,
        id uuid not null default gen_random_uuid(),
        case_id uuid not null,
        position int not null check (position >= 0),
        ref text not null check (char_length(ref) between 1 and 60),
        parent_ref text,
        depth int not null default 0 check (depth between 0 and 20),
        text text not null check (char_length(text) between 1 and 4000),
        grp text check (grp in ('all', 'any', 'at_least')),
        group_min int,
        source_case_document_id uuid,
        source_page int check (source_page >= 1),
        policy_id text check (char_length(policy_id) <= 200),
        policy_version text check (char_length(policy_version) <= 100),
        explanation text check (char_length(explanation) <= 4000),
        clinician_answer text check (char_length(clinician_answer) <= 8000),
        created_at timestamptz not null default now(),
        primary key (tenant_id, id),
        unique (tenant_id, case_id, ref),
        foreign key (tenant_id, case_id) references appeal_cases(tenant_id, id) on delete cascade,
        foreign key (tenant_id, source_case_document_id) references case_documents(tenant_id, id) on delete set null (source_case_document_id)
      )`,
      `create index criteria_case_idx on criteria (tenant_id, case_id, position)`,
      `create table exhibits (
        tenant_id uuid not null references tenants(id) on delete cascade,
        id uuid not null default gen_random_uuid(),
        case_id uuid not null,
        label text not null check (label ~ '^[A-Z]{1,3}$'),
        position int not null,
        case_document_id uuid not null,
        document_id uuid not null,
        title text not null check (char_length(title) between 1 and 300),
        page_from int not null check (page_from >= 1),
        page_to int not null,
        page_texts jsonb not null,
        seal_sha256 text check (seal_sha256 ~ '^[0-9a-f]{64}$'),
        sealed_at timestamptz,
        sealed_by uuid,
        created_at timestamptz not null default now(),
        primary key (tenant_id, id),
        unique (tenant_id, case_id, label),
        check (page_to >= page_from),
        check ((seal_sha256 is null) = (sealed_at is null)),
        foreign key (tenant_id, case_id) references appeal_cases(tenant_id, id) on delete cascade,
        foreign key (tenant_id, case_document_id) references case_documents(tenant_id, id),
        foreign key (tenant_id, document_id) references documents(tenant_id, id)
      )`,
      // A sealed exhibit is immutable: its pages, source and seal can never change, whatever is re-uploaded.
      `create function exhibits_sealed_guard() returns trigger language plpgsql as $$
       begin
         if old.sealed_at is not null and (
           new.document_id is distinct from old.document_id or new.page_from is distinct from old.page_from
           or new.page_to is distinct from old.page_to or new.page_texts is distinct from old.page_texts
           or new.seal_sha256 is distinct from old.seal_sha256 or new.label is distinct from old.label
           or new.sealed_at is distinct from old.sealed_at) then
           raise exception 'exhibit % is sealed', old.label using errcode = 'P0001', hint = 'EXHIBIT_SEALED';
         end if;
         return new;
       end $$`,
      `create trigger exhibits_sealed_guard before update on exhibits for each row execute function exhibits_sealed_guard()`,
      `create table matrix_links (
        tenant_id uuid not null references tenants(id) on delete cascade,
        id uuid not null default gen_random_uuid(),
        case_id uuid not null,
        criterion_id uuid not null,
        exhibit_id uuid not null,
        page_from int not null check (page_from >= 1),
        page_to int not null,
        quote text not null check (char_length(quote) between 1 and 2000),
        quote_page int not null,
        note text check (char_length(note) <= 2000),
        created_by uuid,
        created_at timestamptz not null default now(),
        primary key (tenant_id, id),
        check (page_to >= page_from),
        foreign key (tenant_id, case_id) references appeal_cases(tenant_id, id) on delete cascade,
        foreign key (tenant_id, criterion_id) references criteria(tenant_id, id) on delete cascade,
        foreign key (tenant_id, exhibit_id) references exhibits(tenant_id, id) on delete cascade
      )`,
      `create index matrix_links_case_idx on matrix_links (tenant_id, case_id)`,
      `create table carrier_contacts (
        tenant_id uuid not null references tenants(id) on delete cascade,
        id uuid not null default gen_random_uuid(),
        case_id uuid not null,
        channel text not null check (channel in ('phone', 'fax', 'portal', 'mail', 'email', 'in_person')),
        occurred_at timestamptz not null,
        representative text check (char_length(representative) <= 200),
        reference_number text check (char_length(reference_number) <= 100),
        summary text not null check (char_length(summary) between 1 and 8000),
        source text not null default 'manual' check (source in ('manual', 'record_call', 'letter_sent')),
        created_by uuid,
        created_at timestamptz not null default now(),
        primary key (tenant_id, id),
        foreign key (tenant_id, case_id) references appeal_cases(tenant_id, id) on delete cascade
      )`,
      `create index carrier_contacts_case_idx on carrier_contacts (tenant_id, case_id, occurred_at)`,
      `create table letter_settings (
        tenant_id uuid not null references tenants(id) on delete cascade,
        organization text not null check (char_length(organization) between 1 and 200),
        address_lines text[] not null default '{}',
        phone text check (char_length(phone) <= 60),
        fax text check (char_length(fax) <= 60),
        signer_name text check (char_length(signer_name) <= 200),
        signer_title text check (char_length(signer_title) <= 200),
        updated_at timestamptz not null default now(),
        primary key (tenant_id),
        check (array_length(address_lines, 1) is null or array_length(address_lines, 1) <= 6)
      )`,
      `create table letters (
        tenant_id uuid not null references tenants(id) on delete cascade,
        id uuid not null default gen_random_uuid(),
        case_id uuid not null,
        kind text not null check (kind in (${LETTER_KINDS})),
        current_version int not null default 1,
        signed_off_by uuid,
        signed_off_at timestamptz,
        signed_off_version int,
        created_by uuid,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (tenant_id, id),
        check ((signed_off_by is null) = (signed_off_at is null)),
        foreign key (tenant_id, case_id) references appeal_cases(tenant_id, id) on delete cascade
      )`,
      `create index letters_case_idx on letters (tenant_id, case_id)`,
      `create table letter_versions (
        tenant_id uuid not null references tenants(id) on delete cascade,
        letter_id uuid not null,
        version int not null check (version >= 1),
        content jsonb not null,
        change text not null check (change in ('generated', 'regenerated', 'edited')),
        edited_section text,
        created_by uuid,
        created_at timestamptz not null default now(),
        primary key (tenant_id, letter_id, version),
        foreign key (tenant_id, letter_id) references letters(tenant_id, id) on delete cascade
      )`,
      `create table packets (
        tenant_id uuid not null references tenants(id) on delete cascade,
        id uuid not null default gen_random_uuid(),
        case_id uuid not null,
        letter_id uuid,
        status text not null default 'queued' check (status in ('queued', 'running', 'done', 'failed')),
        progress int not null default 0 check (progress between 0 and 100),
        stage text,
        total_pages int,
        sha256 text,
        storage_key text,
        manifest jsonb,
        error_code text,
        created_by uuid,
        created_at timestamptz not null default now(),
        finished_at timestamptz,
        primary key (tenant_id, id),
        foreign key (tenant_id, case_id) references appeal_cases(tenant_id, id) on delete cascade,
        foreign key (tenant_id, letter_id) references letters(tenant_id, id) on delete set null (letter_id)
      )`,
      `create index packets_case_idx on packets (tenant_id, case_id, created_at desc)`,
    ];
    for (const t of tables) sql.push(...tenantTableRls(t), grantCrud(t));
    // Versions are history: the runtime may add them, never rewrite them.
    sql.push(`revoke update, delete on letter_versions from claimlane_app`);
    for (const s of sql) await q.query(s);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'packets',
      'letter_versions',
      'letters',
      'letter_settings',
      'carrier_contacts',
      'matrix_links',
      'exhibits',
      'criteria',
      'criteria_sets',
      'case_documents',
    ])
      await q.query(`drop table if exists ${t} cascade`);
    await q.query(`drop function if exists exhibits_sealed_guard()`);
  }
}
