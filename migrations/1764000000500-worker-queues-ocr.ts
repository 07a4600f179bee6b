import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, grantCrud, tenantTableRls } from './rls.sql-helpers';

/**
 * Worker queues (issue 11): the dead-letter record of jobs that ran out of attempts, queryable per
 * tenant, and the OCR result of scanned documents (per-page text with word confidences).
 */
export class WorkerQueuesOcr1764000000500 implements MigrationInterface {
  name = 'WorkerQueuesOcr1764000000500';

  async up(q: QueryRunner): Promise<void> {
    const sql: string[] = [
      // One row per job that failed for good. The message is the job's own safe text (error codes
      // written for people), never a driver message, which can quote PHI from row values.
      `create table job_failures (
        tenant_id uuid not null references tenants(id) on delete cascade,
        id uuid not null default gen_random_uuid(),
        -- Names come from the contract (QUEUE_NAMES): only their shape is checked, so a new queue needs no migration.
        queue text not null check (queue ~ '^[a-z][a-z0-9_-]{0,39}$'),
        job_id text not null,
        job_name text not null,
        idempotency_key text not null,
        attempts int not null,
        error_code text not null,
        error_message text not null,
        payload jsonb not null,
        failed_at timestamptz not null default now(),
        resolved_at timestamptz,
        primary key (tenant_id, id)
      )`,
      `create unique index job_failures_job_key on job_failures (tenant_id, queue, job_id)`,
      `create index job_failures_recent_idx on job_failures (tenant_id, failed_at desc, id)`,
      `alter table documents add column ocr_error_code text`,
      `alter table documents add column ocr_completed_at timestamptz`,
      `alter table documents add column review_required boolean not null default false`,
      `create table document_ocr_pages (
        tenant_id uuid not null,
        document_id uuid not null,
        page_no int not null check (page_no >= 1),
        text text not null,
        mean_confidence real not null,
        word_count int not null,
        words jsonb not null,
        low_confidence boolean not null,
        preprocess text not null,
        engine text not null,
        created_at timestamptz not null default now(),
        primary key (tenant_id, document_id, page_no),
        foreign key (tenant_id, document_id) references documents(tenant_id, id) on delete cascade
      )`,
      ...tenantTableRls('job_failures'),
      `grant select, insert, update on job_failures to ${APP_ROLE}`,
      ...tenantTableRls('document_ocr_pages'),
      grantCrud('document_ocr_pages'),
    ];
    for (const s of sql) await q.query(s);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table if exists document_ocr_pages cascade`);
    await q.query(`drop table if exists job_failures cascade`);
    await q.query(
      `alter table documents drop column if exists ocr_error_code, drop column if exists ocr_completed_at, drop column if exists review_required`,
    );
  }
}
