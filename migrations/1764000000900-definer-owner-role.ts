import type { MigrationInterface, QueryRunner } from 'typeorm';

export const DEFINER_ROLE = 'claimlane_definer';

/**
 * Tables the SECURITY DEFINER entry points read or write, with the privileges they need. SELECT …
 * FOR UPDATE (invitation acceptance locks the tenant row for the seat count) needs UPDATE.
 */
const GRANTS: ReadonlyArray<[table: string, privileges: string]> = [
  ['users', 'select, update'],
  ['refresh_tokens', 'select'],
  ['api_keys', 'select'],
  ['tenants', 'select, insert, update'],
  ['memberships', 'select, insert'],
  ['invitations', 'select, update'],
  ['billing_subscriptions', 'select'],
];

/**
 * The SECURITY DEFINER functions ran as the migration user, a superuser here: a flaw in one of them
 * would have had the whole cluster. They now belong to a NOLOGIN role that is not a superuser, holds
 * only the table privileges above, and bypasses row-level security (its job is the few steps that
 * happen before a tenant is known). Every definer function in `public` is moved, so one added by an
 * earlier migration cannot be missed; a test fails when a later one is left with another owner.
 */
export class DefinerOwnerRole1764000000900 implements MigrationInterface {
  name = 'DefinerOwnerRole1764000000900';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`do $$ begin
        if not exists (select 1 from pg_roles where rolname = '${DEFINER_ROLE}') then
          create role ${DEFINER_ROLE} nologin nosuperuser nocreatedb nocreaterole noinherit bypassrls;
        end if;
      end $$`);
    // The migration user must be able to hand objects to the role (needed when it is not superuser).
    await q.query(`grant ${DEFINER_ROLE} to current_user`);
    await q.query(`grant usage on schema public to ${DEFINER_ROLE}`);
    for (const [table, privileges] of GRANTS) {
      await q.query(`grant ${privileges} on ${table} to ${DEFINER_ROLE}`);
    }
    await q.query(`do $$ declare f regprocedure; begin
        for f in select p.oid::regprocedure from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                 where n.nspname = 'public' and p.prosecdef loop
          execute format('alter function %s owner to ${DEFINER_ROLE}', f);
        end loop;
      end $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`do $$ declare f regprocedure; begin
        for f in select p.oid::regprocedure from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                 where n.nspname = 'public' and p.prosecdef loop
          execute format('alter function %s owner to %I', f, current_user);
        end loop;
      end $$`);
    for (const [table, privileges] of GRANTS) {
      await q.query(`revoke ${privileges} on ${table} from ${DEFINER_ROLE}`);
    }
    await q.query(`revoke usage on schema public from ${DEFINER_ROLE}`);
  }
}
