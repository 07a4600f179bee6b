import { APPEAL_WORKFLOWS, type AppealWorkflowClient } from '@claimlane/workflows-client';
import { Inject, Injectable, Optional } from '@nestjs/common';
import type { Role, TenantKind } from '@claimlane/shared-contracts';
import { APP_CONFIG, type AppConfig } from '@claimlane/server-config';
import {
  InvitationEntity,
  TenantContext,
  TenantEntity,
  enterTenantInScope,
  refreshAllNextDeadlines,
  retimeOpenDateDeadlines,
} from '@claimlane/server-db';
import { Errors, type RequestAuth } from '@claimlane/server-common';
import { canAssignRole, newSecret, sha256 } from '@claimlane/server-auth';
import { AuditService, type AuditActor } from '@claimlane/server-audit';
import { MailService } from '@claimlane/server-notifications';
import { isValidTimeZone, timeZoneForState } from '@claimlane/domain-appeal-process';
import { lockTenantSeats } from './seat-policy';
import type { InvitationModel, MemberModel, TenantModel } from './tenancy.models';

interface TenantRow {
  id: string;
  name: string;
  kind: TenantKind;
  seat_limit: number;
  plan: string;
  status: string;
  created_at: Date;
  seats_used: string;
  seats_pending: string;
  state: string | null;
  time_zone: string;
  my_role: Role | null;
}

const TENANT_SELECT = `
  select t.id, t.name, t.kind, t.seat_limit, t.plan, t.status, t.created_at, t.state, t.time_zone,
         (select count(*) from memberships x where x.tenant_id = t.id) as seats_used,
         (select count(*) from invitations i where i.tenant_id = t.id and i.accepted_at is null
             and i.revoked_at is null and i.expires_at > now()) as seats_pending,
         (select m.role from memberships m where m.tenant_id = t.id and m.user_id = nullif(current_setting('app.user_id', true), '')::uuid) as my_role
  from tenants t`;

function toTenant(r: TenantRow): TenantModel {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind,
    seatLimit: r.seat_limit,
    seatsUsed: Number(r.seats_used),
    seatsPending: Number(r.seats_pending),
    state: r.state,
    timeZone: r.time_zone,
    plan: r.plan,
    status: r.status,
    myRole: r.my_role,
    createdAt: r.created_at,
  };
}

@Injectable()
export class TenancyService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    @Optional()
    @Inject(APPEAL_WORKFLOWS)
    private readonly workflows: AppealWorkflowClient | null = null,
  ) {}

  /** Runs in the caller's user scope; the creator becomes the first OWNER. */
  async createTenant(
    actor: AuditActor,
    name: string,
    kind: TenantKind,
    seatLimit: number | undefined,
    state?: string,
  ): Promise<TenantModel> {
    const m = TenantContext.manager();
    const [row]: Array<{ id: string }> = await m.query(
      `select tenancy_create_tenant($1, $2, $3, $4) as id`,
      [actor.auth.userId, name, kind, seatLimit ?? 5],
    );
    await this.enterTenant(row!.id);
    if (state) {
      const code = normalizeState(state);
      await m.query(`update tenants set state = $2, time_zone = $3 where id = $1`, [
        row!.id,
        code,
        timeZoneForState(code),
      ]);
    }
    await this.audit.record(actor, {
      action: 'createTenant',
      entityType: 'Tenant',
      entityId: row!.id,
      meta: { kind },
    });
    return this.getTenant(row!.id);
  }

  async myTenants(): Promise<TenantModel[]> {
    const rows: TenantRow[] = await TenantContext.manager().query(
      `${TENANT_SELECT} where exists (select 1 from memberships m where m.tenant_id = t.id and m.user_id = nullif(current_setting('app.user_id', true), '')::uuid)
       order by t.name, t.id`,
    );
    return rows.map(toTenant);
  }

  async getTenant(id: string): Promise<TenantModel> {
    const rows: TenantRow[] = await TenantContext.manager().query(
      `${TENANT_SELECT} where t.id = $1`,
      [id],
    );
    if (!rows[0]) throw Errors.notFound('Workspace');
    return toTenant(rows[0]);
  }

  async invite(auth: RequestAuth, email: string, role: Role): Promise<InvitationModel> {
    if (!auth.role || !canAssignRole(auth.role, role))
      throw Errors.forbidden(`Your role cannot invite a ${role}`);
    const m = TenantContext.manager();
    const tenantId = TenantContext.tenantId();
    const seats = await lockTenantSeats(m, tenantId);
    const normalized = email.trim().toLowerCase();
    const existing: unknown[] = await m.query(
      `select 1 from memberships ms join users u on u.id = ms.user_id where ms.tenant_id = $1 and lower(u.email) = $2`,
      [tenantId, normalized],
    );
    if (existing.length) throw Errors.conflict('This person is already a member');
    // Re-inviting replaces the pending invitation (and its seat) instead of holding two.
    const revoked = await m.query(
      `update invitations set revoked_at = now()
       where tenant_id = $1 and lower(email) = $2 and accepted_at is null and revoked_at is null and expires_at > now()`,
      [tenantId, normalized],
    );
    const replaced = Number((revoked as [unknown, number])[1] ?? 0);
    if (seats.used + seats.pending - replaced >= seats.limit)
      throw Errors.seatLimitReached(seats.limit);

    const token = newSecret(32);
    const repo = m.getRepository(InvitationEntity);
    const inv = await repo.save(
      repo.create({
        tenantId,
        email: normalized,
        role,
        tokenHash: sha256(token),
        invitedBy: auth.userId,
        expiresAt: new Date(Date.now() + this.config.INVITATION_TTL_DAYS * 86_400_000),
      }),
    );
    const tenant = await m.getRepository(TenantEntity).findOneByOrFail({ id: tenantId });
    // The token travels in the fragment, which browsers never send to a server (no access logs).
    const link = `${this.config.APP_PUBLIC_URL.replace(/\/+$/, '')}/accept-invitation#token=${token}`;
    // Sent only once the invitation is committed: a rollback must not leave someone holding a
    // token that does not exist, and no mail server is waited on under the seat lock.
    TenantContext.afterCommit(() =>
      this.mail.send({
        kind: 'invitation',
        to: normalized,
        subject: `You are invited to ${tenant.name} on Claimlane`,
        text: `You have been invited to join ${tenant.name} as ${role}.\n\nAccept the invitation (the link is valid for ${this.config.INVITATION_TTL_DAYS} days):\n${link}\n`,
      }),
    );
    return { ...toInvitation(inv), token };
  }

  async accept(actor: AuditActor, token: string): Promise<TenantModel> {
    const m = TenantContext.manager();
    const [res]: Array<{ tenant_id: string | null; role: Role | null; outcome: string }> =
      await m.query(`select * from tenancy_accept_invitation($1, $2)`, [
        sha256(token),
        actor.auth.userId,
      ]);
    switch (res?.outcome) {
      case 'ACCEPTED':
        break;
      case 'SEAT_LIMIT_REACHED': {
        const [t]: Array<{ seat_limit: number }> = await m.query(
          `select seat_limit from tenants where id = $1`,
          [res.tenant_id],
        );
        throw Errors.seatLimitReached(t?.seat_limit ?? 0);
      }
      case 'EMAIL_MISMATCH':
        throw Errors.forbidden('This invitation was sent to a different e-mail address');
      case 'ALREADY_MEMBER':
        throw Errors.conflict('You are already a member of this workspace', {
          reason: 'ALREADY_MEMBER',
        });
      case 'EXPIRED':
      case 'REVOKED':
      case 'ALREADY_ACCEPTED':
        throw Errors.conflict(
          `This invitation is no longer valid (${res.outcome.toLowerCase().replace('_', ' ')})`,
          {
            reason: res.outcome,
          },
        );
      default:
        throw Errors.notFound('Invitation');
    }
    await this.enterTenant(res.tenant_id!);
    await this.audit.record(actor, {
      action: 'acceptInvitation',
      entityType: 'Membership',
      entityId: actor.auth.userId,
      meta: { role: res.role },
    });
    return this.getTenant(res.tenant_id!);
  }

  async members(): Promise<MemberModel[]> {
    const rows: Array<{
      user_id: string;
      role: Role;
      created_at: Date;
      email: string;
      name: string;
      user_created_at: Date;
    }> = await TenantContext.manager().query(
      `select ms.user_id, ms.role, ms.created_at, u.email, u.name, u.created_at as user_created_at
         from memberships ms join users u on u.id = ms.user_id
         where ms.tenant_id = $1 order by ms.created_at, ms.user_id`,
      [TenantContext.tenantId()],
    );
    return rows.map((r) => ({
      id: r.user_id,
      role: r.role,
      joinedAt: r.created_at,
      user: { id: r.user_id, email: r.email, name: r.name, createdAt: r.user_created_at },
    }));
  }

  async updateRole(auth: RequestAuth, userId: string, role: Role): Promise<MemberModel> {
    const m = TenantContext.manager();
    const tenantId = TenantContext.tenantId();
    await lockTenantSeats(m, tenantId);
    const current = await this.membershipRole(userId);
    if (
      !auth.role ||
      !canAssignRole(auth.role, role) ||
      (current === 'OWNER' && auth.role !== 'OWNER')
    ) {
      throw Errors.forbidden(`Your role cannot make this change`);
    }
    if (current === 'OWNER' && role !== 'OWNER') await this.assertNotLastOwner(tenantId);
    await m.query(`update memberships set role = $3 where tenant_id = $1 and user_id = $2`, [
      tenantId,
      userId,
      role,
    ]);
    const member = (await this.members()).find((x) => x.id === userId);
    return member!;
  }

  async remove(auth: RequestAuth, userId: string): Promise<boolean> {
    const m = TenantContext.manager();
    const tenantId = TenantContext.tenantId();
    await lockTenantSeats(m, tenantId);
    const current = await this.membershipRole(userId);
    if (current === 'OWNER' && auth.role !== 'OWNER')
      throw Errors.forbidden('Only an OWNER can remove an OWNER');
    if (current === 'OWNER') await this.assertNotLastOwner(tenantId);
    await m.query(`delete from memberships where tenant_id = $1 and user_id = $2`, [
      tenantId,
      userId,
    ]);
    return true;
  }

  /**
   * The clinic's state and time zone. A new zone re-ends the open date deadlines of every case at
   * 23:59:59 in it (Postgres converts with the zone's own DST rules).
   */
  async updateSettings(input: { state?: string; timeZone?: string }): Promise<TenantModel> {
    const m = TenantContext.manager();
    const tenantId = TenantContext.tenantId();
    // null (allowed by GraphQL for an optional field) leaves the state as it is, like absent.
    const state = input.state == null ? undefined : normalizeState(input.state);
    const zone = input.timeZone?.trim() || (state ? timeZoneForState(state) : undefined);
    if (zone !== undefined && !isValidTimeZone(zone))
      throw Errors.badInput(
        `${zone} is not a known time zone (use an IANA name like America/Chicago)`,
        {
          field: 'timeZone',
          reason: 'UNKNOWN_TIME_ZONE',
        },
      );
    await m.query(
      `update tenants set state = coalesce($2, state), time_zone = coalesce($3, time_zone), updated_at = now() where id = $1`,
      [tenantId, state ?? null, zone ?? null],
    );
    if (zone !== undefined) {
      const caseIds = await retimeOpenDateDeadlines(m, zone);
      // The workflows' timers follow the new end of day once this commits.
      const workflows = this.workflows;
      if (workflows && caseIds.length)
        TenantContext.afterCommit(async () => {
          for (const caseId of caseIds)
            await workflows.deadlinesChanged(tenantId, caseId, 'updateTenantSettings');
        });
      await refreshAllNextDeadlines(m);
    }
    return this.getTenant(tenantId);
  }

  async invitations(): Promise<InvitationModel[]> {
    const rows = await TenantContext.manager()
      .getRepository(InvitationEntity)
      .find({ order: { createdAt: 'DESC' }, take: 200 });
    return rows.map(toInvitation);
  }

  async revokeInvitation(id: string): Promise<InvitationModel> {
    const repo = TenantContext.manager().getRepository(InvitationEntity);
    const inv = await repo.findOneBy({ id });
    if (!inv) throw Errors.notFound('Invitation');
    if (inv.acceptedAt || inv.revokedAt) throw Errors.conflict('Invitation is no longer pending');
    inv.revokedAt = new Date();
    return toInvitation(await repo.save(inv));
  }

  private async membershipRole(userId: string): Promise<Role> {
    const rows: Array<{ role: Role }> = await TenantContext.manager().query(
      `select role from memberships where tenant_id = $1 and user_id = $2`,
      [TenantContext.tenantId(), userId],
    );
    if (!rows[0]) throw Errors.notFound('Member');
    return rows[0].role;
  }

  private async assertNotLastOwner(tenantId: string): Promise<void> {
    const [r]: Array<{ n: string }> = await TenantContext.manager().query(
      `select count(*) as n from memberships where tenant_id = $1 and role = 'OWNER'`,
      [tenantId],
    );
    if (Number(r!.n) <= 1)
      throw Errors.conflict('A workspace must keep at least one OWNER', { reason: 'LAST_OWNER' });
  }

  /** After creating or joining a tenant inside a user scope, continue this transaction as that tenant. */
  private enterTenant(tenantId: string): Promise<void> {
    return enterTenantInScope(tenantId);
  }
}

function normalizeState(state: string): string {
  const code = state.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(code))
    throw Errors.badInput('state must be a two-letter code (e.g. TX)', { field: 'state' });
  return code;
}

function toInvitation(inv: InvitationEntity): InvitationModel {
  const status = inv.acceptedAt
    ? 'accepted'
    : inv.revokedAt
      ? 'revoked'
      : inv.expiresAt.getTime() < Date.now()
        ? 'expired'
        : 'pending';
  return {
    id: inv.id,
    email: inv.email,
    role: inv.role,
    status,
    expiresAt: inv.expiresAt,
    createdAt: inv.createdAt,
    token: null,
  };
}
