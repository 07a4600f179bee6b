import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from './rls.sql-helpers';
import { DEFINER_ROLE } from './1764000000900-definer-owner-role';

const FUNCTIONS = [
  'auth_create_signup_request(text, text, text, text, int)',
  'auth_consume_signup_request(text)',
];

/**
 * Sign-up by verified link (issue 14 §2): a sign-up is a pending request until the link mailed to
 * the address is opened, and the answer is the same whether or not the address has an account. The
 * table holds password hashes of unverified sign-ups, so the runtime role gets no grant on it at all
 * (RLS forced, no policy); two narrow definer functions owned by claimlane_definer write and consume it.
 */
export class SignupVerification1764000000970 implements MigrationInterface {
  name = 'SignupVerification1764000000970';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`create table signup_requests (
        id uuid primary key default gen_random_uuid(),
        email text not null check (char_length(email) between 3 and 320),
        name text not null check (char_length(btrim(name)) between 1 and 200),
        password_hash text not null check (char_length(password_hash) between 20 and 400),
        token_hash text not null unique check (char_length(token_hash) = 64),
        expires_at timestamptz not null,
        consumed_at timestamptz,
        created_at timestamptz not null default now())`);
    await q.query(`create index signup_requests_email_idx on signup_requests (lower(email))`);
    await q.query(`alter table signup_requests enable row level security`);
    await q.query(`alter table signup_requests force row level security`);
    await q.query(`grant select, insert, update, delete on signup_requests to ${DEFINER_ROLE}`);
    await q.query(`create function auth_create_signup_request(p_email text, p_name text,
          p_password_hash text, p_token_hash text, p_ttl_minutes int)
        returns void language plpgsql volatile security definer set search_path = public, pg_temp as $$
        begin
          if p_email is null or char_length(p_email) not between 3 and 320 then
            raise exception 'p_email must be 3 to 320 characters' using errcode = '22023';
          end if;
          if p_ttl_minutes is null or p_ttl_minutes not between 5 and 10080 then
            raise exception 'p_ttl_minutes must be between 5 and 10080' using errcode = '22023';
          end if;
          -- Expired requests for the address go; a burst of requests cannot pile up rows forever.
          delete from signup_requests where lower(email) = lower(p_email)
            and (expires_at < now() or consumed_at is not null);
          if (select count(*) from signup_requests where lower(email) = lower(p_email)) >= 20 then
            raise exception 'too many pending sign-ups for this address' using errcode = '54000';
          end if;
          insert into signup_requests (email, name, password_hash, token_hash, expires_at)
            values (p_email, p_name, p_password_hash, p_token_hash, now() + make_interval(mins => p_ttl_minutes));
        end $$`);
    await q.query(`create function auth_consume_signup_request(p_token_hash text)
        returns table (email text, name text, password_hash text)
        language sql volatile security definer set search_path = public, pg_temp as $$
          update signup_requests r set consumed_at = now()
           where r.token_hash = p_token_hash and r.consumed_at is null and r.expires_at > now()
          returning r.email, r.name, r.password_hash
        $$`);
    for (const fn of FUNCTIONS) {
      await q.query(`alter function ${fn} owner to ${DEFINER_ROLE}`);
      await q.query(`revoke all on function ${fn} from public`);
      await q.query(`grant execute on function ${fn} to ${APP_ROLE}`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const fn of FUNCTIONS) await q.query(`drop function if exists ${fn}`);
    await q.query(`drop table if exists signup_requests`);
  }
}
