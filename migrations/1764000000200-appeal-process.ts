import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantCrud, tenantTableRls } from './rls.sql-helpers';

/**
 * Appeal process state written by the Temporal activities: the case timeline (append-only for the
 * runtime role) and in-app notifications (deduplicated per recipient, so a retried activity or a
 * replayed reminder never notifies twice).
 */
export class AppealProcess1764000000200 implements MigrationInterface {
  name = 'AppealProcess1764000000200';

  async up(q: QueryRunner): Promise<void> {
    const sql: string[] = [
      `create table timeline_events (
        tenant_id uuid not null references tenants(id) on delete cascade,
        id bigint generated always as identity,
        case_id uuid not null,
        kind text not null,
        stage text,
        summary text not null,
        data jsonb not null default '{}'::jsonb,
        dedupe_key text,
        actor_user_id uuid,
        occurred_at timestamptz not null default now(),
        primary key (tenant_id, id),
        foreign key (tenant_id, case_id) references appeal_cases(tenant_id, id) on delete cascade
      )`,
      `create index timeline_events_case_idx on timeline_events (tenant_id, case_id, id)`,
      `create unique index timeline_events_dedupe_key on timeline_events (tenant_id, case_id, dedupe_key) where dedupe_key is not null`,
      `create table notifications (
        tenant_id uuid not null references tenants(id) on delete cascade,
        id uuid not null default gen_random_uuid(),
        user_id uuid not null references users(id) on delete cascade,
        case_id uuid,
        kind text not null,
        title text not null,
        body text not null,
        dedupe_key text not null,
        emailed_at timestamptz,
        read_at timestamptz,
        created_at timestamptz not null default now(),
        primary key (tenant_id, id),
        foreign key (tenant_id, case_id) references appeal_cases(tenant_id, id) on delete cascade
      )`,
      `create unique index notifications_dedupe_key on notifications (tenant_id, user_id, dedupe_key)`,
      `create index notifications_user_idx on notifications (tenant_id, user_id, created_at desc)`,
      // Payer-clock worklist: which cases have a payer deadline that passed without a decision.
      `alter table appeal_cases add column submitted_at timestamptz`,
      `alter table appeal_cases add column submission_channel text`,
      `alter table appeal_cases add column decided_at timestamptz`,
      `alter table appeal_cases add column payer_late_since timestamptz`,
      `alter table appeal_cases add column records_requested_at timestamptz`,
      `alter table appeal_cases add column records_received_at timestamptz`,
      `alter table appeal_cases add column criteria_received_at timestamptz`,
      `create index appeal_cases_payer_late_idx on appeal_cases (tenant_id, payer_late_since) where payer_late_since is not null`,
      `alter table deadlines add column party text not null default 'member' check (party in ('member', 'payer', 'reviewer'))`,
      `alter table deadlines add column extension jsonb`,
      ...tenantTableRls('timeline_events'),
      `grant select, insert on timeline_events to claimlane_app`,
      ...tenantTableRls('notifications'),
      grantCrud('notifications'),
    ];
    for (const s of sql) await q.query(s);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table if exists notifications cascade`);
    await q.query(`drop table if exists timeline_events cascade`);
    for (const c of [
      'submitted_at',
      'submission_channel',
      'decided_at',
      'payer_late_since',
      'records_requested_at',
      'records_received_at',
      'criteria_received_at',
    ])
      await q.query(`alter table appeal_cases drop column if exists ${c}`);
    await q.query(
      `alter table deadlines drop column if exists party, drop column if exists extension`,
    );
  }
}
