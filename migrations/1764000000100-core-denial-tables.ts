import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantCrud, tenantTableRls } from './rls.sql-helpers';

/**
 * The denial domain (docs/architecture.md §4). Every primary key and foreign key leads with tenant_id, so a row
 * can only ever point at a row of its own tenant and the tables can be distributed by tenant later.
 */
export class CoreDenialTables1764000000100 implements MigrationInterface {
  name = 'CoreDenialTables1764000000100';

  async up(q: QueryRunner): Promise<void> {
    const tables = [
      'payers',
      'patients',
      'documents',
      'claims',
      'denials',
      'appeal_cases',
      'deadlines',
      'findings',
    ];
    const sql: string[] = [
      `create table payers (
        tenant_id uuid not null references tenants(id) on delete cascade,
        id uuid not null default gen_random_uuid(),
        name text not null check (char_length(name) between 1 and 300),
        external_id text,
        created_at timestamptz not null default now(),
        primary key (tenant_id, id)
      )`,
      `create unique index payers_name_key on payers (tenant_id, lower(name))`,
      `create table patients (
        tenant_id uuid not null references tenants(id) on delete cascade,
        id uuid not null default gen_random_uuid(),
        first_name text check (char_length(first_name) <= 100),
        last_name text check (char_length(last_name) <= 100),
        date_of_birth date,
        member_id text check (char_length(member_id) <= 80),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (tenant_id, id)
      )`,
      `create table documents (
        tenant_id uuid not null references tenants(id) on delete cascade,
        id uuid not null default gen_random_uuid(),
        kind text not null check (kind in ('denial_letter', 'eob', 'remittance_835', 'medical_record', 'policy', 'letter', 'exhibit_packet', 'recording', 'other')),
        filename text check (char_length(filename) <= 300),
        mime text not null,
        sha256 text not null,
        size_bytes bigint not null,
        pages int,
        page_text jsonb,
        status text not null default 'ready' check (status in ('ready', 'needs_ocr', 'processing', 'failed')),
        storage_key text,
        created_by uuid,
        created_at timestamptz not null default now(),
        primary key (tenant_id, id)
      )`,
      `create unique index documents_sha_key on documents (tenant_id, sha256)`,
      `create table claims (
        tenant_id uuid not null references tenants(id) on delete cascade,
        id uuid not null default gen_random_uuid(),
        payer_id uuid,
        patient_id uuid,
        claim_number text check (char_length(claim_number) <= 80),
        payer_claim_control_number text check (char_length(payer_claim_control_number) <= 80),
        service_date_from date,
        service_date_to date,
        cpt_hcpcs text[] not null default '{}',
        icd10 text[] not null default '{}',
        billed_amount numeric(14, 2),
        allowed_amount numeric(14, 2),
        paid_amount numeric(14, 2),
        patient_responsibility numeric(14, 2),
        status_code text,
        source text not null default 'manual' check (source in ('manual', 'letter', 'remittance_835')),
        source_ref text,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (tenant_id, id),
        foreign key (tenant_id, payer_id) references payers(tenant_id, id),
        foreign key (tenant_id, patient_id) references patients(tenant_id, id)
      )`,
      // Idempotent 835 import: one claim row per (payer, claim control number, claim id) per tenant.
      `create unique index claims_source_ref_key on claims (tenant_id, source_ref) where source_ref is not null`,
      `create index claims_number_idx on claims (tenant_id, claim_number)`,
      `create table denials (
        tenant_id uuid not null references tenants(id) on delete cascade,
        id uuid not null default gen_random_uuid(),
        claim_id uuid,
        payer_id uuid,
        source_document_id uuid,
        notice_date date,
        received_date date,
        stated_reason text check (char_length(stated_reason) <= 4000),
        carc text[] not null default '{}',
        rarc text[] not null default '{}',
        category text not null default 'other' check (category in ('medical_necessity', 'prior_authorization', 'out_of_network', 'experimental_investigational', 'coding_billing', 'timely_filing', 'eligibility_coverage', 'coordination_of_benefits', 'duplicate', 'missing_information', 'other')),
        regime text not null default 'unknown' check (regime in ('erisa_group_health', 'aca_individual', 'medicare_ffs', 'medicare_advantage', 'medicaid_managed_care', 'unknown')),
        service_type text check (service_type in ('urgent', 'pre_service', 'post_service', 'concurrent')),
        denied_amount numeric(14, 2),
        letter_text text,
        analysis jsonb,
        analyzed_at timestamptz,
        source_ref text,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (tenant_id, id),
        foreign key (tenant_id, claim_id) references claims(tenant_id, id) on delete cascade,
        foreign key (tenant_id, payer_id) references payers(tenant_id, id),
        foreign key (tenant_id, source_document_id) references documents(tenant_id, id)
      )`,
      `create unique index denials_source_ref_key on denials (tenant_id, source_ref) where source_ref is not null`,
      `create index denials_claim_idx on denials (tenant_id, claim_id)`,
      `create table appeal_cases (
        tenant_id uuid not null references tenants(id) on delete cascade,
        id uuid not null default gen_random_uuid(),
        denial_id uuid not null,
        claim_id uuid,
        payer_id uuid,
        title text check (char_length(title) <= 300),
        stage text not null default 'intake' check (stage in ('intake', 'records_requested', 'evidence', 'drafting', 'submitted', 'awaiting_decision', 'overturned', 'partially_overturned', 'upheld', 'next_level', 'closed')),
        level int not null default 1 check (level between 1 and 10),
        level_kind text not null default 'internal_first' check (level_kind in ('internal_first', 'internal_second', 'external_review', 'state_fair_hearing', 'medicare_reconsideration', 'alj', 'other')),
        assignee_user_id uuid references users(id) on delete set null,
        amount_at_stake numeric(14, 2),
        outcome text check (outcome in ('overturned', 'partially_overturned', 'upheld', 'withdrawn')),
        next_deadline_at timestamptz,
        workflow_id text,
        closed_at timestamptz,
        created_by uuid,
        version int not null default 1,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (tenant_id, id),
        foreign key (tenant_id, denial_id) references denials(tenant_id, id) on delete cascade,
        foreign key (tenant_id, claim_id) references claims(tenant_id, id),
        foreign key (tenant_id, payer_id) references payers(tenant_id, id)
      )`,
      `create index appeal_cases_next_deadline_idx on appeal_cases (tenant_id, next_deadline_at nulls last, id)`,
      `create index appeal_cases_stage_idx on appeal_cases (tenant_id, stage)`,
      `create index appeal_cases_assignee_idx on appeal_cases (tenant_id, assignee_user_id)`,
      `create table deadlines (
        tenant_id uuid not null references tenants(id) on delete cascade,
        id uuid not null default gen_random_uuid(),
        case_id uuid not null,
        kind text not null,
        label text,
        due_at timestamptz not null,
        due_text text not null,
        anchor_event text,
        anchor_date text,
        day_type text check (day_type in ('calendar', 'business', 'hours')),
        amount int,
        rule_id text,
        citation text,
        assumptions jsonb not null default '[]'::jsonb,
        status text not null default 'open' check (status in ('open', 'met', 'missed', 'extended', 'cancelled')),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (tenant_id, id),
        foreign key (tenant_id, case_id) references appeal_cases(tenant_id, id) on delete cascade
      )`,
      `create index deadlines_case_idx on deadlines (tenant_id, case_id)`,
      `create index deadlines_open_due_idx on deadlines (tenant_id, due_at) where status = 'open'`,
      `create table findings (
        tenant_id uuid not null references tenants(id) on delete cascade,
        id uuid not null default gen_random_uuid(),
        denial_id uuid not null,
        code text not null,
        kind text not null,
        severity text not null check (severity in ('high', 'medium', 'low')),
        element text,
        citation text,
        explanation text not null,
        span_start int,
        span_end int,
        created_at timestamptz not null default now(),
        primary key (tenant_id, id),
        foreign key (tenant_id, denial_id) references denials(tenant_id, id) on delete cascade
      )`,
      `create index findings_denial_idx on findings (tenant_id, denial_id)`,
    ];
    for (const t of tables) sql.push(...tenantTableRls(t), grantCrud(t));
    for (const s of sql) await q.query(s);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'findings',
      'deadlines',
      'appeal_cases',
      'denials',
      'claims',
      'documents',
      'patients',
      'payers',
    ])
      await q.query(`drop table if exists ${t} cascade`);
  }
}
