import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, tenantTableRls } from './rls.sql-helpers';

/**
 * Case notes (issue 10): free text a team member writes on a case. Notes are PHI (they name patients
 * and treatments), so they live in their own tenant table under the same fail-closed policy as every
 * other; the runtime role may only add and read them (no edit or delete API: a note is a record of what
 * someone said, like the timeline). The length cap is the API's too (`CASE_NOTE_MAX_CHARS`).
 */
export class CaseNotes1764000000990 implements MigrationInterface {
  name = 'CaseNotes1764000000990';

  async up(q: QueryRunner): Promise<void> {
    const sql: string[] = [
      `create table case_notes (
        tenant_id uuid not null references tenants(id) on delete cascade,
        id uuid not null default gen_random_uuid(),
        case_id uuid not null,
        author_id uuid references users(id) on delete set null,
        body text not null check (char_length(btrim(body)) >= 1 and char_length(body) <= 4000),
        created_at timestamptz not null default now(),
        primary key (tenant_id, id),
        foreign key (tenant_id, case_id) references appeal_cases(tenant_id, id) on delete cascade
      )`,
      // The case page lists a case's notes newest first.
      `create index case_notes_case_idx on case_notes (tenant_id, case_id, created_at desc, id desc)`,
      ...tenantTableRls('case_notes'),
      `grant select, insert on case_notes to ${APP_ROLE}`,
    ];
    for (const s of sql) await q.query(s);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table if exists case_notes cascade`);
  }
}
