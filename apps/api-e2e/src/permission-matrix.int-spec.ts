import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildClientSchema, getIntrospectionQuery, type IntrospectionQuery } from 'graphql';
import { ROLES, type Role } from '@claimlane/shared-contracts';
import { PERMISSION_MATRIX, type Permission } from '@claimlane/server-auth';
import {
  addMember,
  bearer,
  createTestTenant,
  errorCode,
  expectOk,
  startTestApi,
  unique,
  type TestApi,
  type TestTenant,
  type TestUser,
} from '@claimlane/testing';

interface Op {
  field: string;
  permission: Permission;
  query: string;
  vars?: () => Record<string, unknown>;
}

/** One sample call per tenant-scoped root field. Unknown ids are fine: only FORBIDDEN-or-not is judged. */
const OPS: Op[] = [
  { field: 'tenant', permission: 'tenant.read', query: `query { tenant { id } }` },
  { field: 'members', permission: 'members.read', query: `query { members { id } }` },
  {
    field: 'inviteMember',
    permission: 'members.invite',
    query: `mutation($i: InviteMemberInput!) { inviteMember(input: $i) { id } }`,
    vars: () => ({ i: { email: `${unique('m')}@example.test`, role: 'VIEWER' } }),
  },
  {
    field: 'updateMemberRole',
    permission: 'members.updateRole',
    query: `mutation($u: ID!) { updateMemberRole(input: { userId: $u, role: VIEWER }) { id } }`,
    vars: () => ({ u: randomUUID() }),
  },
  {
    field: 'removeMember',
    permission: 'members.remove',
    query: `mutation($u: ID!) { removeMember(userId: $u) }`,
    vars: () => ({ u: randomUUID() }),
  },
  { field: 'invitations', permission: 'invitations.read', query: `query { invitations { id } }` },
  {
    field: 'revokeInvitation',
    permission: 'invitations.revoke',
    query: `mutation($id: ID!) { revokeInvitation(id: $id) { id } }`,
    vars: () => ({ id: randomUUID() }),
  },
  { field: 'apiKeys', permission: 'apiKeys.read', query: `query { apiKeys { id } }` },
  {
    field: 'createApiKey',
    permission: 'apiKeys.create',
    query: `mutation { createApiKey(input: { name: "k", role: VIEWER }) { secret } }`,
  },
  {
    field: 'revokeApiKey',
    permission: 'apiKeys.revoke',
    query: `mutation($id: ID!) { revokeApiKey(id: $id) { id } }`,
    vars: () => ({ id: randomUUID() }),
  },
  {
    field: 'auditEvents',
    permission: 'audit.read',
    query: `query { auditEvents(first: 1) { totalCount } }`,
  },
  {
    field: 'appealCases',
    permission: 'cases.read',
    query: `query { appealCases(first: 1) { totalCount } }`,
  },
  {
    field: 'appealCase',
    permission: 'cases.read',
    query: `query($id: ID!) { appealCase(id: $id) { id } }`,
    vars: () => ({ id: randomUUID() }),
  },
  {
    field: 'denials',
    permission: 'cases.read',
    query: `query { denials(first: 1) { totalCount } }`,
  },
  {
    field: 'denial',
    permission: 'cases.read',
    query: `query($id: ID!) { denial(id: $id) { id } }`,
    vars: () => ({ id: randomUUID() }),
  },
  {
    field: 'createAppealCase',
    permission: 'cases.create',
    query: `mutation { createAppealCase(input: { payerName: "Matrix Health" }) { id } }`,
  },
  {
    field: 'updateAppealCase',
    permission: 'cases.update',
    query: `mutation($id: ID!) { updateAppealCase(input: { id: $id, title: "t" }) { id } }`,
    vars: () => ({ id: randomUUID() }),
  },
  {
    field: 'deleteAppealCase',
    permission: 'cases.delete',
    query: `mutation($id: ID!) { deleteAppealCase(id: $id) }`,
    vars: () => ({ id: randomUUID() }),
  },
  {
    field: 'updateDenial',
    permission: 'cases.update',
    query: `mutation($id: ID!) { updateDenial(input: { id: $id, statedReason: "x" }) { id } }`,
    vars: () => ({ id: randomUUID() }),
  },
  ...(['requestRecords', 'markRecordsReceived', 'markCriteriaReceived'] as const).map((field) => ({
    field,
    permission: 'cases.transition' as const,
    query: `mutation($c: ID!) { ${field}(input: { caseId: $c }) { id } }`,
    vars: () => ({ c: randomUUID() }),
  })),
  {
    field: 'submitAppeal',
    permission: 'cases.transition',
    query: `mutation($c: ID!) { submitAppeal(input: { caseId: $c, channel: fax }) { id } }`,
    vars: () => ({ c: randomUUID() }),
  },
  {
    field: 'recordDecision',
    permission: 'cases.transition',
    query: `mutation($c: ID!) { recordDecision(input: { caseId: $c, outcome: upheld, decidedOn: "2026-01-01" }) { id } }`,
    vars: () => ({ c: randomUUID() }),
  },
  {
    field: 'extendDeadline',
    permission: 'cases.transition',
    query: `mutation($c: ID!, $d: ID!) { extendDeadline(input: { caseId: $c, deadlineId: $d, newDueAt: "2030-01-01T00:00:00Z", reason: "r" }) { id } }`,
    vars: () => ({ c: randomUUID(), d: randomUUID() }),
  },
  {
    field: 'escalateLevel',
    permission: 'cases.transition',
    query: `mutation($c: ID!) { escalateLevel(input: { caseId: $c, levelKind: external_review }) { id } }`,
    vars: () => ({ c: randomUUID() }),
  },
  {
    field: 'closeCase',
    permission: 'cases.transition',
    query: `mutation($c: ID!) { closeCase(input: { caseId: $c, reason: "r" }) { id } }`,
    vars: () => ({ c: randomUUID() }),
  },
  {
    field: 'createCaseFromDenial',
    permission: 'denials.analyze',
    query: `mutation { createCaseFromDenial(input: { text: "We denied the MRI as not medically necessary." }) { id } }`,
  },
  {
    field: 'reanalyzeDenial',
    permission: 'denials.analyze',
    query: `mutation($id: ID!) { reanalyzeDenial(id: $id) { id } }`,
    vars: () => ({ id: randomUUID() }),
  },
  {
    field: 'importRemittance',
    permission: 'remittances.import',
    query: `mutation($d: ID!) { importRemittance(file: { documentId: $d }) { claimsRead } }`,
    vars: () => ({ d: randomUUID() }),
  },
  {
    field: 'upcomingDeadlines',
    permission: 'cases.read',
    query: `query { upcomingDeadlines(withinDays: 30) { deadline { id } } }`,
  },
  { field: 'payerLate', permission: 'cases.read', query: `query { payerLate { id } }` },
  {
    field: 'notifications',
    permission: 'notifications.read',
    query: `query { notifications { id } }`,
  },
  {
    field: 'markNotificationRead',
    permission: 'notifications.read',
    query: `mutation($id: ID!) { markNotificationRead(id: $id) { id } }`,
    vars: () => ({ id: randomUUID() }),
  },
  { field: 'billing', permission: 'billing.read', query: `query { billing { status seatLimit } }` },
  {
    field: 'startCheckout',
    permission: 'billing.manage',
    query: `mutation { startCheckout(input: { priceId: "price_claimlane_starter_monthly", seats: 20 }) { id } }`,
  },
  {
    field: 'openBillingPortal',
    permission: 'billing.manage',
    query: `mutation { openBillingPortal { url } }`,
  },
  {
    field: 'changeSeats',
    permission: 'billing.manage',
    query: `mutation { changeSeats(seats: 20) { seatLimit } }`,
  },
  {
    field: 'jobProgress',
    permission: 'jobs.read',
    query: `query { jobProgress(queue: ocr, key: "no-such-job") { state } }`,
  },
  {
    field: 'jobFailures',
    permission: 'jobs.manage',
    query: `query { jobFailures(first: 1) { totalCount } }`,
  },
  {
    field: 'retryJobFailure',
    permission: 'jobs.manage',
    query: `mutation($id: ID!) { retryJobFailure(id: $id) { id } }`,
    vars: () => ({ id: randomUUID() }),
  },
];

/** Root fields that are not tenant-scoped (public or the signed-in user's own). */
const NOT_TENANT_SCOPED = new Set([
  'signUp',
  'login',
  'refreshToken',
  'logout',
  'me',
  'createTenant',
  'myTenants',
  'acceptInvitation',
  'recordCheck',
]);

describe('authorization matrix (every role × every tenant operation)', () => {
  let api: TestApi;
  let tenant: TestTenant;
  const users = {} as Record<Role, TestUser>;

  beforeAll(async () => {
    api = await startTestApi();
    tenant = await createTestTenant(api, { seatLimit: 500 });
    users.OWNER = tenant.owner;
    for (const role of ROLES.filter((r) => r !== 'OWNER'))
      users[role] = await addMember(api, tenant, role);
  });
  afterAll(async () => api?.close());

  it('covers every tenant-scoped root field of the schema', async () => {
    const intro = expectOk(await api.gql<IntrospectionQuery>(getIntrospectionQuery()));
    const schema = buildClientSchema(intro);
    const roots = [
      ...Object.keys(schema.getQueryType()!.getFields()),
      ...Object.keys(schema.getMutationType()!.getFields()),
    ];
    const covered = new Set(OPS.map((o) => o.field));
    const missing = roots.filter((f) => !covered.has(f) && !NOT_TENANT_SCOPED.has(f));
    expect(missing).toEqual([]);
  });

  for (const op of OPS) {
    for (const role of ROLES) {
      const allowed = (PERMISSION_MATRIX[op.permission] as readonly Role[]).includes(role);
      it(`${role} ${allowed ? 'may' : 'may not'} ${op.field}`, async () => {
        const res = await api.gql(op.query, op.vars?.() ?? {}, bearer(users[role], tenant.id));
        if (allowed) expect(errorCode(res)).not.toBe('FORBIDDEN');
        else expect(errorCode(res)).toBe('FORBIDDEN');
        if (allowed && !res.errors) expect(res.data).not.toBeNull();
      });
    }
  }

  it('refuses tenant operations without credentials (UNAUTHENTICATED) and for non-members (FORBIDDEN)', async () => {
    for (const op of OPS) {
      expect(errorCode(await api.gql(op.query, op.vars?.() ?? {}))).toBe('UNAUTHENTICATED');
    }
    const outsider = await createTestTenant(api);
    for (const op of OPS) {
      expect(
        errorCode(await api.gql(op.query, op.vars?.() ?? {}, bearer(outsider.owner, tenant.id))),
      ).toBe('FORBIDDEN');
    }
  });
});
