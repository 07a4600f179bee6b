import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, tenantTableRls } from './rls.sql-helpers';

/**
 * Tenant data lifecycle (issue 15): a soft-deleted workspace (`status = 'deleted'`, purged after
 * `purge_after`), per-tenant data keys for documents at rest (envelope encryption: each tenant's
 * AES-256 key is stored only wrapped by a master key from configuration), and a platform-level record
 * of each purge.
 */
export class TenantLifecycle1764000000850 implements MigrationInterface {
  name = 'TenantLifecycle1764000000850';

  async up(q: QueryRunner): Promise<void> {
    const sql = [
      `alter table tenants drop constraint tenants_status_check`,
      `alter table tenants add constraint tenants_status_check
         check (status in ('active', 'suspended', 'closed', 'deleted'))`,
      `alter table tenants add column deleted_at timestamptz`,
      `alter table tenants add column deleted_by uuid`,
      `alter table tenants add column purge_after timestamptz`,
      `alter table tenants add constraint tenants_deleted_check
         check ((status = 'deleted') = (deleted_at is not null and purge_after is not null))`,
      `create index tenants_purge_due_idx on tenants (purge_after) where status = 'deleted'`,
      // Versioned so a tenant's data key could be replaced later; objects name the version they use.
      `create table tenant_data_keys (
        tenant_id uuid not null references tenants(id) on delete cascade,
        version int not null check (version >= 1),
        wrapped_key bytea not null,
        master_key_id text not null check (master_key_id ~ '^[0-9a-f]{16}$'),
        created_at timestamptz not null default now(),
        rewrapped_at timestamptz,
        primary key (tenant_id, version)
      )`,
      ...tenantTableRls('tenant_data_keys'),
      // Insert (first document) and update (master-key rotation re-wraps); never delete at runtime.
      `grant select, insert, update on tenant_data_keys to ${APP_ROLE}`,
      // Platform level on purpose: the proof that a tenant's data was erased has to outlive the
      // tenant, holds no PHI (ids, times, counts) and is written and read only by the owner (the
      // purge command); the runtime role has no grant on it at all.
      `create table tenant_purges (
        purged_tenant_id uuid primary key,
        deleted_at timestamptz not null,
        purged_at timestamptz not null default now(),
        rows_deleted jsonb not null,
        objects_deleted int not null,
        workflows_terminated int not null
      )`,
      `revoke all on tenant_purges from public`,
    ];
    for (const s of sql) await q.query(s);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table tenant_purges`);
    await q.query(`drop table tenant_data_keys`);
    await q.query(`drop index tenants_purge_due_idx`);
    await q.query(`alter table tenants drop constraint tenants_deleted_check`);
    await q.query(`alter table tenants drop column purge_after`);
    await q.query(`alter table tenants drop column deleted_by`);
    await q.query(`alter table tenants drop column deleted_at`);
    await q.query(`alter table tenants drop constraint tenants_status_check`);
    await q.query(`alter table tenants add constraint tenants_status_check
         check (status in ('active', 'suspended', 'closed'))`);
  }
}
