import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CURRENT_USER } from './rls.sql-helpers';

/**
 * The SECURITY DEFINER entry points run as the owner and trusted their arguments: a lock length of
 * 2,147,483,647 minutes locked an account until the year 6109, a negative one unlocked it at once,
 * and p_max <= 0 locked on the first failure. They now refuse out-of-range arguments themselves
 * (SQLSTATE 22023), whoever calls them. Bounds: 1–100 failures, 1 minute to 7 days of lock; tenant
 * name 1–200 characters, kind CLINIC/BILLING_OFFICE, 1–10,000 seats (the table's own checks).
 */
export class DefinerArgumentChecks1764000000350 implements MigrationInterface {
  name = 'DefinerArgumentChecks1764000000350';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`create or replace function auth_record_login_failure(p_user_id uuid, p_max int, p_lock_minutes int)
        returns table (failed_login_count int, locked_until timestamptz)
        language plpgsql volatile security definer set search_path = public, pg_temp as $$
        begin
          if p_user_id is null then
            raise exception 'p_user_id is required' using errcode = '22023';
          end if;
          if p_max is null or p_max not between 1 and 100 then
            raise exception 'p_max must be between 1 and 100' using errcode = '22023';
          end if;
          if p_lock_minutes is null or p_lock_minutes not between 1 and 10080 then
            raise exception 'p_lock_minutes must be between 1 and 10080' using errcode = '22023';
          end if;
          return query
            update users set
              failed_login_count = case when users.failed_login_count + 1 >= p_max then 0 else users.failed_login_count + 1 end,
              locked_until = case when users.failed_login_count + 1 >= p_max
                then now() + make_interval(mins => p_lock_minutes) else users.locked_until end,
              updated_at = now()
            where id = p_user_id
            returning users.failed_login_count, users.locked_until;
        end $$`);
    await q.query(`create or replace function tenancy_create_tenant(p_user_id uuid, p_name text, p_kind text, p_seat_limit int)
        returns uuid language plpgsql volatile security definer set search_path = public, pg_temp as $$
        declare v_id uuid;
        begin
          if p_user_id is null or p_user_id is distinct from ${CURRENT_USER} then
            raise exception 'caller mismatch' using errcode = '42501';
          end if;
          if p_name is null or char_length(btrim(p_name)) not between 1 and 200 then
            raise exception 'p_name must be 1 to 200 characters' using errcode = '22023';
          end if;
          if p_kind is null or p_kind not in ('CLINIC', 'BILLING_OFFICE') then
            raise exception 'p_kind must be CLINIC or BILLING_OFFICE' using errcode = '22023';
          end if;
          if p_seat_limit is null or p_seat_limit not between 1 and 10000 then
            raise exception 'p_seat_limit must be between 1 and 10000' using errcode = '22023';
          end if;
          insert into tenants (name, kind, seat_limit) values (p_name, p_kind, p_seat_limit) returning id into v_id;
          insert into memberships (tenant_id, user_id, role) values (v_id, p_user_id, 'OWNER');
          return v_id;
        end $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`create or replace function auth_record_login_failure(p_user_id uuid, p_max int, p_lock_minutes int)
        returns table (failed_login_count int, locked_until timestamptz)
        language plpgsql volatile security definer set search_path = public, pg_temp as $$
        begin
          return query
            update users set
              failed_login_count = case when users.failed_login_count + 1 >= p_max then 0 else users.failed_login_count + 1 end,
              locked_until = case when users.failed_login_count + 1 >= p_max
                then now() + make_interval(mins => p_lock_minutes) else users.locked_until end,
              updated_at = now()
            where id = p_user_id
            returning users.failed_login_count, users.locked_until;
        end $$`);
    await q.query(`create or replace function tenancy_create_tenant(p_user_id uuid, p_name text, p_kind text, p_seat_limit int)
        returns uuid language plpgsql volatile security definer set search_path = public, pg_temp as $$
        declare v_id uuid;
        begin
          if p_user_id is distinct from ${CURRENT_USER} then
            raise exception 'caller mismatch' using errcode = '42501';
          end if;
          insert into tenants (name, kind, seat_limit) values (p_name, p_kind, p_seat_limit) returning id into v_id;
          insert into memberships (tenant_id, user_id, role) values (v_id, p_user_id, 'OWNER');
          return v_id;
        end $$`);
  }
}
