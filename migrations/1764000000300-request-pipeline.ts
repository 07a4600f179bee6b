import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from './rls.sql-helpers';

/**
 * Request pipeline (issue 13): reads are audited once per operation and entity type, holding the ids
 * read (`entity_ids`), instead of one row per record; the worklist orders on an index it can use.
 */
export class RequestPipeline1764000000300 implements MigrationInterface {
  name = 'RequestPipeline1764000000300';

  async up(q: QueryRunner): Promise<void> {
    const sql = [
      `alter table audit_events add column entity_ids uuid[]`,
      // "Who read patient X": an array-containment lookup (entity_ids @> array[X]).
      `create index audit_events_entity_ids_idx on audit_events using gin (entity_ids)`,
      // Keyset pages of the worklist walk this index in order (ascending, cases without a deadline last).
      `drop index if exists appeal_cases_next_deadline_idx`,
      `create index appeal_cases_next_deadline_idx on appeal_cases (tenant_id, next_deadline_at asc nulls last, id asc)`,
      `create index if not exists claims_patient_idx on claims (tenant_id, patient_id)`,
      // Who is calling, in one statement per request (it used to take two transactions, 8 statements):
      // is the token's session live, and which membership does the request act under. The caller has
      // already verified the access token's signature; this returns nothing beyond that user's own rows.
      `create function auth_request_identity(p_user_id uuid, p_session_id uuid, p_tenant_id uuid)
        returns table (session_active boolean, tenant_id uuid, role text, tenant_status text, membership_count int)
        language sql stable security definer set search_path = public, pg_temp as $$
          select
            exists (select 1 from refresh_tokens r where r.user_id = p_user_id and r.family_id = p_session_id
                    and r.revoked_at is null and r.expires_at > now()),
            m.tenant_id, m.role, t.status,
            (select count(*)::int from memberships m2 where m2.user_id = p_user_id)
          from (select 1) as one
          left join lateral (
            select mm.tenant_id, mm.role from memberships mm
            where mm.user_id = p_user_id and (p_tenant_id is null or mm.tenant_id = p_tenant_id)
            order by mm.tenant_id limit 1
          ) m on true
          left join tenants t on t.id = m.tenant_id
        $$`,
      `revoke all on function auth_request_identity(uuid, uuid, uuid) from public`,
      `grant execute on function auth_request_identity(uuid, uuid, uuid) to ${APP_ROLE}`,
    ];
    for (const s of sql) await q.query(s);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop function if exists auth_request_identity(uuid, uuid, uuid)`);
    await q.query(`drop index if exists audit_events_entity_ids_idx`);
    await q.query(`alter table audit_events drop column if exists entity_ids`);
  }
}
