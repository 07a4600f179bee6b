import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Worklist search (issue 10): claim numbers, patient last names and member ids match by their start,
 * case-insensitively. `text_pattern_ops` lets `lower(col) like 'abc%'` walk these indexes under any
 * collation; each leads with tenant_id like every other index here (RLS adds that predicate).
 */
export class WorklistSearch1764000000980 implements MigrationInterface {
  name = 'WorklistSearch1764000000980';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `create index claims_number_search_idx on claims (tenant_id, lower(claim_number) text_pattern_ops)`,
    );
    await q.query(
      `create index patients_last_name_search_idx on patients (tenant_id, lower(last_name) text_pattern_ops)`,
    );
    await q.query(
      `create index patients_member_id_search_idx on patients (tenant_id, lower(member_id) text_pattern_ops)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop index patients_member_id_search_idx`);
    await q.query(`drop index patients_last_name_search_idx`);
    await q.query(`drop index claims_number_search_idx`);
  }
}
