import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  APP_ROLE,
  CURRENT_TENANT,
  CURRENT_USER,
  grantCrud,
  tenantTableRls,
} from './rls.sql-helpers';

/**
 * Platform foundation: tenants, identities, memberships, invitations, API keys, refresh tokens and the
 * append-only audit log, with row-level security on every tenant-owned table (docs/architecture.md §3).
 * Cross-tenant steps that must happen before a tenant is known (login by email, refresh by token id,
 * API key by prefix, accepting an invitation) go through narrow SECURITY DEFINER functions.
 */
export class PlatformFoundation1764000000000 implements MigrationInterface {
  name = 'PlatformFoundation1764000000000';

  async up(q: QueryRunner): Promise<void> {
    const sql: string[] = [
      `create table tenants (
        id uuid primary key default gen_random_uuid(),
        name text not null check (char_length(name) between 1 and 200),
        kind text not null check (kind in ('CLINIC', 'BILLING_OFFICE')),
        seat_limit int not null default 5 check (seat_limit between 1 and 10000),
        plan text not null default 'trial',
        status text not null default 'active' check (status in ('active', 'suspended', 'closed')),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      )`,
      `create table users (
        id uuid primary key,
        email text not null check (char_length(email) between 3 and 320),
        name text not null check (char_length(name) between 1 and 200),
        password_hash text not null,
        failed_login_count int not null default 0,
        locked_until timestamptz,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      )`,
      `create unique index users_email_key on users (lower(email))`,
      `create table memberships (
        tenant_id uuid not null references tenants(id) on delete cascade,
        user_id uuid not null references users(id) on delete cascade,
        role text not null check (role in ('OWNER', 'ADMIN', 'BILLER', 'CLINICIAN', 'VIEWER')),
        created_at timestamptz not null default now(),
        primary key (tenant_id, user_id)
      )`,
      `create index memberships_user_idx on memberships (user_id)`,
      `create table invitations (
        tenant_id uuid not null references tenants(id) on delete cascade,
        id uuid not null default gen_random_uuid(),
        email text not null check (char_length(email) between 3 and 320),
        role text not null check (role in ('OWNER', 'ADMIN', 'BILLER', 'CLINICIAN', 'VIEWER')),
        token_hash text not null unique,
        invited_by uuid references users(id) on delete set null,
        expires_at timestamptz not null,
        accepted_at timestamptz,
        accepted_by uuid references users(id) on delete set null,
        revoked_at timestamptz,
        created_at timestamptz not null default now(),
        primary key (tenant_id, id)
      )`,
      `create table api_keys (
        tenant_id uuid not null references tenants(id) on delete cascade,
        id uuid not null default gen_random_uuid(),
        name text not null check (char_length(name) between 1 and 100),
        role text not null check (role in ('ADMIN', 'BILLER', 'CLINICIAN', 'VIEWER')),
        prefix text not null unique,
        secret_hash text not null,
        created_by uuid references users(id) on delete set null,
        created_at timestamptz not null default now(),
        last_used_at timestamptz,
        revoked_at timestamptz,
        primary key (tenant_id, id)
      )`,
      `create table refresh_tokens (
        id uuid primary key,
        user_id uuid not null references users(id) on delete cascade,
        family_id uuid not null,
        parent_id uuid,
        token_hash text not null,
        expires_at timestamptz not null,
        rotated_at timestamptz,
        revoked_at timestamptz,
        revoked_reason text,
        created_at timestamptz not null default now()
      )`,
      `create index refresh_tokens_family_idx on refresh_tokens (family_id)`,
      `create index refresh_tokens_user_idx on refresh_tokens (user_id)`,
      `create table audit_events (
        tenant_id uuid not null references tenants(id) on delete cascade,
        id bigint generated always as identity,
        actor_user_id uuid,
        actor_api_key_id uuid,
        action text not null,
        entity_type text,
        entity_id text,
        request_id text,
        ip text,
        meta jsonb not null default '{}'::jsonb,
        created_at timestamptz not null default now(),
        primary key (tenant_id, id)
      )`,
      `create index audit_events_created_idx on audit_events (tenant_id, created_at desc, id desc)`,

      // RLS: tenant-owned tables.
      ...tenantTableRls('invitations'),
      ...tenantTableRls('api_keys'),
      ...tenantTableRls('audit_events'),
      ...tenantTableRls('memberships'),
      // A user may always read their own memberships (to list their tenants and pick one).
      `create policy memberships_self_read on memberships for select using (user_id = ${CURRENT_USER})`,

      // Tenants: visible when active or when the user is a member; changed only as the active tenant.
      `alter table tenants enable row level security`,
      `alter table tenants force row level security`,
      `create policy tenants_read on tenants for select using (
        id = ${CURRENT_TENANT}
        or exists (select 1 from memberships m where m.tenant_id = tenants.id and m.user_id = ${CURRENT_USER}))`,
      `create policy tenants_update on tenants for update using (id = ${CURRENT_TENANT}) with check (id = ${CURRENT_TENANT})`,

      // Users: yourself, or co-members of the active tenant. Sign-up inserts only its own row.
      `alter table users enable row level security`,
      `alter table users force row level security`,
      `create policy users_read on users for select using (
        id = ${CURRENT_USER}
        or exists (select 1 from memberships m where m.user_id = users.id and m.tenant_id = ${CURRENT_TENANT}))`,
      `create policy users_insert_self on users for insert with check (id = ${CURRENT_USER})`,
      `create policy users_update_self on users for update using (id = ${CURRENT_USER}) with check (id = ${CURRENT_USER})`,

      // Refresh tokens belong to a user, not a tenant.
      `alter table refresh_tokens enable row level security`,
      `alter table refresh_tokens force row level security`,
      `create policy refresh_tokens_owner on refresh_tokens using (user_id = ${CURRENT_USER}) with check (user_id = ${CURRENT_USER})`,

      // The SECURITY DEFINER functions below run as the owner, which FORCE RLS also restricts; these
      // policies name the owner role only, so the runtime role gains nothing from them.
      ...['tenants', 'users', 'memberships', 'invitations', 'api_keys', 'refresh_tokens'].map(
        (t) => `create policy ${t}_definer on ${t} to current_user using (true) with check (true)`,
      ),

      // Grants: the runtime role gets only what it needs; the audit log is append-only for it.
      `grant usage on schema public to ${APP_ROLE}`,
      `grant select, update on tenants to ${APP_ROLE}`,
      `grant select, insert, update on users to ${APP_ROLE}`,
      grantCrud('memberships'),
      grantCrud('invitations'),
      grantCrud('api_keys'),
      grantCrud('refresh_tokens'),
      `grant select, insert on audit_events to ${APP_ROLE}`,

      // Narrow cross-tenant entry points (SECURITY DEFINER, fixed search_path).
      `create function auth_find_user_for_login(p_email text)
        returns table (id uuid, password_hash text, failed_login_count int, locked_until timestamptz)
        language sql stable security definer set search_path = public, pg_temp as $$
          select u.id, u.password_hash, u.failed_login_count, u.locked_until
          from users u where lower(u.email) = lower(p_email)
        $$`,
      `create function auth_record_login_failure(p_user_id uuid, p_max int, p_lock_minutes int)
        returns table (failed_login_count int, locked_until timestamptz)
        language sql volatile security definer set search_path = public, pg_temp as $$
          update users set
            failed_login_count = case when users.failed_login_count + 1 >= p_max then 0 else users.failed_login_count + 1 end,
            locked_until = case when users.failed_login_count + 1 >= p_max
              then now() + make_interval(mins => p_lock_minutes) else users.locked_until end,
            updated_at = now()
          where id = p_user_id
          returning users.failed_login_count, users.locked_until
        $$`,
      `create function auth_find_refresh_token(p_id uuid)
        returns table (id uuid, user_id uuid, family_id uuid, token_hash text, expires_at timestamptz,
                       rotated_at timestamptz, revoked_at timestamptz)
        language sql stable security definer set search_path = public, pg_temp as $$
          select t.id, t.user_id, t.family_id, t.token_hash, t.expires_at, t.rotated_at, t.revoked_at
          from refresh_tokens t where t.id = p_id
        $$`,
      `create function auth_find_api_key(p_prefix text)
        returns table (tenant_id uuid, id uuid, role text, secret_hash text, revoked_at timestamptz, tenant_status text)
        language sql stable security definer set search_path = public, pg_temp as $$
          select k.tenant_id, k.id, k.role, k.secret_hash, k.revoked_at, t.status
          from api_keys k join tenants t on t.id = k.tenant_id where k.prefix = p_prefix
        $$`,
      // Creating a tenant makes its creator the first OWNER in the same statement.
      `create function tenancy_create_tenant(p_user_id uuid, p_name text, p_kind text, p_seat_limit int)
        returns uuid language plpgsql volatile security definer set search_path = public, pg_temp as $$
        declare v_id uuid;
        begin
          if p_user_id is distinct from ${CURRENT_USER} then
            raise exception 'caller mismatch' using errcode = '42501';
          end if;
          insert into tenants (name, kind, seat_limit) values (p_name, p_kind, p_seat_limit) returning id into v_id;
          insert into memberships (tenant_id, user_id, role) values (v_id, p_user_id, 'OWNER');
          return v_id;
        end $$`,
      // Accepting an invitation: the invitee is not yet a member, so this checks the token hash, the
      // e-mail, expiry and the seat limit (row lock on the tenant serialises concurrent accepts).
      `create function tenancy_accept_invitation(p_token_hash text, p_user_id uuid)
        returns table (tenant_id uuid, role text, outcome text)
        language plpgsql volatile security definer set search_path = public, pg_temp as $$
        declare inv invitations%rowtype; v_email text; v_limit int; v_used int;
        begin
          if p_user_id is distinct from ${CURRENT_USER} then
            raise exception 'caller mismatch' using errcode = '42501';
          end if;
          select * into inv from invitations i where i.token_hash = p_token_hash for update;
          if not found then return query select null::uuid, null::text, 'NOT_FOUND'; return; end if;
          if inv.revoked_at is not null then return query select inv.tenant_id, inv.role, 'REVOKED'; return; end if;
          if inv.accepted_at is not null then return query select inv.tenant_id, inv.role, 'ALREADY_ACCEPTED'; return; end if;
          if inv.expires_at < now() then return query select inv.tenant_id, inv.role, 'EXPIRED'; return; end if;
          select u.email into v_email from users u where u.id = p_user_id;
          if lower(v_email) is distinct from lower(inv.email) then
            return query select inv.tenant_id, inv.role, 'EMAIL_MISMATCH'; return;
          end if;
          if exists (select 1 from memberships m where m.tenant_id = inv.tenant_id and m.user_id = p_user_id) then
            return query select inv.tenant_id, inv.role, 'ALREADY_MEMBER'; return;
          end if;
          select t.seat_limit into v_limit from tenants t where t.id = inv.tenant_id for update;
          select count(*) into v_used from memberships m where m.tenant_id = inv.tenant_id;
          if v_used >= v_limit then return query select inv.tenant_id, inv.role, 'SEAT_LIMIT_REACHED'; return; end if;
          insert into memberships (tenant_id, user_id, role) values (inv.tenant_id, p_user_id, inv.role);
          update invitations set accepted_at = now(), accepted_by = p_user_id
            where invitations.tenant_id = inv.tenant_id and invitations.id = inv.id;
          return query select inv.tenant_id, inv.role, 'ACCEPTED';
        end $$`,
      // Platform jobs enumerate tenants through this one function, then work inside each tenant's RLS.
      `create function system_list_tenant_ids() returns setof uuid
        language sql stable security definer set search_path = public, pg_temp as $$
          select id from tenants where status = 'active' order by id
        $$`,
    ];
    for (const fn of [
      'auth_find_user_for_login(text)',
      'auth_record_login_failure(uuid, int, int)',
      'auth_find_refresh_token(uuid)',
      'auth_find_api_key(text)',
      'tenancy_create_tenant(uuid, text, text, int)',
      'tenancy_accept_invitation(text, uuid)',
      'system_list_tenant_ids()',
    ]) {
      sql.push(
        `revoke all on function ${fn} from public`,
        `grant execute on function ${fn} to ${APP_ROLE}`,
      );
    }
    for (const s of sql) await q.query(s);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const fn of [
      'system_list_tenant_ids()',
      'tenancy_accept_invitation(text, uuid)',
      'tenancy_create_tenant(uuid, text, text, int)',
      'auth_find_api_key(text)',
      'auth_find_refresh_token(uuid)',
      'auth_record_login_failure(uuid, int, int)',
      'auth_find_user_for_login(text)',
    ])
      await q.query(`drop function if exists ${fn}`);
    for (const t of [
      'audit_events',
      'refresh_tokens',
      'api_keys',
      'invitations',
      'memberships',
      'users',
      'tenants',
    ])
      await q.query(`drop table if exists ${t} cascade`);
  }
}
