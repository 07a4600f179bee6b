import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, CURRENT_USER, tenantTableRls } from './rls.sql-helpers';

/**
 * Stripe billing per seat (issue 12): one subscription row per tenant (the state last read from
 * Stripe), the processed webhook events (each Stripe event id once), and per-period entitlement
 * counters. All three are tenant-owned under the usual forced RLS.
 */
export class Billing1764000000400 implements MigrationInterface {
  name = 'Billing1764000000400';

  async up(q: QueryRunner): Promise<void> {
    const sql: string[] = [
      `create table billing_subscriptions (
        tenant_id uuid primary key references tenants(id) on delete cascade,
        stripe_customer_id text,
        stripe_subscription_id text,
        -- The subscription's own creation time: an older subscription never replaces a newer one.
        subscription_created timestamptz,
        price_id text,
        plan text,
        status text not null default 'none',
        quantity int check (quantity is null or quantity between 1 and 10000),
        current_period_start timestamptz,
        current_period_end timestamptz,
        trial_end timestamptz,
        cancel_at_period_end boolean not null default false,
        past_due_since timestamptz,
        -- When the applied Stripe state was read: an older read never overwrites a newer one.
        synced_at timestamptz,
        updated_at timestamptz not null default now()
      )`,
      `create unique index billing_subscriptions_subscription_key on billing_subscriptions (stripe_subscription_id) where stripe_subscription_id is not null`,
      `create index billing_subscriptions_customer_idx on billing_subscriptions (stripe_customer_id)`,
      `create table billing_events (
        tenant_id uuid not null references tenants(id) on delete cascade,
        event_id text not null,
        type text not null,
        stripe_created timestamptz not null,
        subscription_id text,
        outcome text not null,
        received_at timestamptz not null default now(),
        primary key (tenant_id, event_id)
      )`,
      // A Stripe event id is processed once, whichever tenant it names.
      `create unique index billing_events_event_id_key on billing_events (event_id)`,
      `create table entitlement_usage (
        tenant_id uuid not null references tenants(id) on delete cascade,
        metric text not null,
        period_start timestamptz not null,
        period_end timestamptz not null,
        used bigint not null default 0 check (used >= 0),
        updated_at timestamptz not null default now(),
        primary key (tenant_id, metric, period_start)
      )`,
      ...tenantTableRls('billing_subscriptions'),
      ...tenantTableRls('billing_events'),
      ...tenantTableRls('entitlement_usage'),
      `grant select, insert, update on billing_subscriptions to ${APP_ROLE}`,
      // Processed events are append-only for the runtime role: nothing can make one run twice.
      `grant select, insert on billing_events to ${APP_ROLE}`,
      `grant select, insert, update on entitlement_usage to ${APP_ROLE}`,
      // The definer function below reads another tenant's row as the owner, which FORCE RLS binds too.
      `create policy billing_subscriptions_definer on billing_subscriptions for select to current_user using (true)`,
      // A billing office pays for its clinics with its one Stripe customer: a clinic's checkout may use
      // the office's customer when the caller is an OWNER or ADMIN of that office.
      `create function billing_office_customer(p_office uuid) returns text
        language sql stable security definer set search_path = public, pg_temp as $$
          select b.stripe_customer_id
          from billing_subscriptions b
          join tenants t on t.id = b.tenant_id
          join memberships m on m.tenant_id = t.id
          where b.tenant_id = p_office and t.kind = 'BILLING_OFFICE'
            and m.user_id = ${CURRENT_USER} and m.role in ('OWNER', 'ADMIN')
        $$`,
      `revoke all on function billing_office_customer(uuid) from public`,
      `grant execute on function billing_office_customer(uuid) to ${APP_ROLE}`,
    ];
    for (const s of sql) await q.query(s);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop function if exists billing_office_customer(uuid)`);
    await q.query(`drop table if exists entitlement_usage cascade`);
    await q.query(`drop table if exists billing_events cascade`);
    await q.query(`drop table if exists billing_subscriptions cascade`);
  }
}
