import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A case a billing team can trust (issue 9): each tenant's time zone (date deadlines end at 23:59:59
 * there; e-mails show them as dates in it) and the clinic's state it defaults from; timeline events
 * keep the time the user gave (`occurred_at`) apart from the server time (`recorded_at`); a payer
 * clock remembers its due time before an extension (`base_due_at`) so an extension stays within what
 * the rule allows; indexes for duplicate detection. No new table: the existing RLS policies cover
 * every column added here.
 */
export class CaseTrust1764000000700 implements MigrationInterface {
  name = 'CaseTrust1764000000700';

  async up(q: QueryRunner): Promise<void> {
    const sql = [
      `alter table tenants add column state text check (state ~ '^[A-Z]{2}$')`,
      `alter table tenants add column time_zone text not null default 'America/New_York'
         check (time_zone ~ '^[A-Za-z_]+(/[A-Za-z0-9_+-]+)*$' and char_length(time_zone) <= 64)`,
      `alter table timeline_events add column recorded_at timestamptz not null default now()`,
      `update timeline_events set recorded_at = occurred_at`,
      `alter table deadlines add column base_due_at timestamptz`,
      // Duplicate detection looks denials up by letter, claim control number and member.
      `create index denials_letter_md5_idx on denials (tenant_id, md5(letter_text)) where letter_text is not null`,
      `create index claims_pccn_idx on claims (tenant_id, payer_claim_control_number) where payer_claim_control_number is not null`,
      `create index patients_member_idx on patients (tenant_id, member_id) where member_id is not null`,
    ];
    for (const s of sql) await q.query(s);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop index patients_member_idx`);
    await q.query(`drop index claims_pccn_idx`);
    await q.query(`drop index denials_letter_md5_idx`);
    await q.query(`alter table deadlines drop column base_due_at`);
    await q.query(`alter table timeline_events drop column recorded_at`);
    await q.query(`alter table tenants drop column time_zone`);
    await q.query(`alter table tenants drop column state`);
  }
}
