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
  {
    field: 'updateTenantSettings',
    permission: 'tenant.settings',
    query: `mutation { updateTenantSettings(input: { timeZone: "America/New_York" }) { id } }`,
  },
  // Issue 15. The sample deletion never succeeds (wrong confirmation name): the tenant is shared.
  {
    field: 'exportTenantData',
    permission: 'tenant.export',
    query: `mutation { exportTenantData { url } }`,
  },
  {
    field: 'deleteTenant',
    permission: 'tenant.delete',
    query: `mutation { deleteTenant(input: { confirmName: "not the workspace name" }) { tenantId } }`,
  },
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
    field: 'worklistStats',
    permission: 'cases.read',
    query: `query { worklistStats { open } }`,
  },
  {
    field: 'bulkAssignCases',
    permission: 'cases.update',
    query: `mutation($id: ID!) { bulkAssignCases(ids: [$id], assigneeId: null) { id } }`,
    vars: () => ({ id: randomUUID() }),
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
    field: 'possibleDuplicates',
    permission: 'cases.read',
    query: `query($id: ID!) { possibleDuplicates(caseId: $id) { denialId } }`,
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
    field: 'startRemittanceImport',
    permission: 'remittances.import',
    query: `mutation($d: ID!) { startRemittanceImport(documentId: $d) { key } }`,
    vars: () => ({ d: randomUUID() }),
  },
  {
    field: 'remittanceImport',
    permission: 'remittances.import',
    query: `query { remittanceImport(key: "no-such-import") { state } }`,
  },
  {
    field: 'upcomingDeadlines',
    permission: 'cases.read',
    query: `query { upcomingDeadlines(withinDays: 30) { deadline { id } } }`,
  },
  { field: 'payerLate', permission: 'cases.read', query: `query { payerLate { id } }` },
  { field: 'caseCounts', permission: 'cases.read', query: `query { caseCounts { total } }` },
  {
    field: 'caseAnalytics',
    permission: 'cases.read',
    query: `query { caseAnalytics(from: "2025-01-01", to: "2025-06-30") { denials } }`,
  },
  {
    field: 'addCaseNote',
    permission: 'notes.write',
    query: `mutation($c: ID!) { addCaseNote(caseId: $c, body: "x") { id } }`,
    vars: () => ({ c: randomUUID() }),
  },
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
  // Evidence, matrix, letters and packets (issue 8)
  ...(
    [
      ['caseDocuments', 'evidence.read', 'query($c: ID!) { caseDocuments(caseId: $c) { id } }'],
      ['caseCriteria', 'evidence.read', 'query($c: ID!) { caseCriteria(caseId: $c) { id } }'],
      ['exhibits', 'evidence.read', 'query($c: ID!) { exhibits(caseId: $c) { id } }'],
      ['matrixLinks', 'evidence.read', 'query($c: ID!) { matrixLinks(caseId: $c) { id } }'],
      [
        'matrixCompleteness',
        'evidence.read',
        'query($c: ID!) { matrixCompleteness(caseId: $c) { id } }',
      ],
      ['carrierContacts', 'evidence.read', 'query($c: ID!) { carrierContacts(caseId: $c) { id } }'],
      ['caseTimeline', 'evidence.read', 'query($c: ID!) { caseTimeline(caseId: $c) { id } }'],
      ['letters', 'letters.read', 'query($c: ID!) { letters(caseId: $c) { id } }'],
      ['casePackets', 'evidence.read', 'query($c: ID!) { casePackets(caseId: $c) { id } }'],
      [
        'markReadyToSubmit',
        'cases.markReady',
        'mutation($c: ID!) { markReadyToSubmit(caseId: $c) { id } }',
      ],
      ['buildPacket', 'packets.build', 'mutation($c: ID!) { buildPacket(caseId: $c) { id } }'],
    ] as const
  ).map(([field, permission, query]) => ({
    field,
    permission,
    query,
    vars: () => ({ c: randomUUID() }),
  })),
  ...(
    [
      ['letter', 'letters.read', 'query($id: ID!) { letter(id: $id) { id } }'],
      ['letterVersions', 'letters.read', 'query($id: ID!) { letterVersions(id: $id) { version } }'],
      [
        'letterAtVersion',
        'letters.read',
        'query($id: ID!) { letterAtVersion(id: $id, version: 1) { id } }',
      ],
      ['packet', 'evidence.read', 'query($id: ID!) { packet(id: $id) { id } }'],
      [
        'caseDocumentDownload',
        'evidence.read',
        'query($id: ID!) { caseDocumentDownload(id: $id) { url } }',
      ],
      ['sealExhibit', 'evidence.write', 'mutation($id: ID!) { sealExhibit(id: $id) { id } }'],
      ['unlinkEvidence', 'evidence.write', 'mutation($id: ID!) { unlinkEvidence(id: $id) }'],
      [
        'renderLetter',
        'letters.render',
        'mutation($id: ID!) { renderLetter(id: $id, format: pdf) { id } }',
      ],
    ] as const
  ).map(([field, permission, query]) => ({
    field,
    permission,
    query,
    vars: () => ({ id: randomUUID() }),
  })),
  {
    field: 'letterhead',
    permission: 'letters.read',
    query: `query { letterhead { organization } }`,
  },
  {
    field: 'recordLetterSent',
    permission: 'letters.write',
    query: `mutation($id: ID!) { recordLetterSent(input: { letterId: $id, channel: fax, sentAt: "2025-01-01T00:00:00Z" }) { id } }`,
    vars: () => ({ id: randomUUID() }),
  },
  {
    field: 'updateLetterhead',
    permission: 'letters.settings',
    query: `mutation { updateLetterhead(input: { organization: "Clinic", addressLines: [] }) { organization } }`,
  },
  {
    field: 'attachCaseDocument',
    permission: 'evidence.write',
    query: `mutation($c: ID!, $d: ID!) { attachCaseDocument(input: { caseId: $c, documentId: $d, kind: chart_notes }) { id } }`,
    vars: () => ({ c: randomUUID(), d: randomUUID() }),
  },
  {
    field: 'addCriterion',
    permission: 'evidence.write',
    query: `mutation($c: ID!) { addCriterion(input: { caseId: $c, text: "x" }) { id } }`,
    vars: () => ({ c: randomUUID() }),
  },
  {
    field: 'splitCriteria',
    permission: 'evidence.write',
    query: `mutation($c: ID!) { splitCriteria(input: { caseId: $c, text: "1. x" }) { id } }`,
    vars: () => ({ c: randomUUID() }),
  },
  {
    field: 'splitCriteriaFromDocument',
    permission: 'evidence.write',
    query: `mutation($c: ID!, $d: ID!) { splitCriteriaFromDocument(input: { caseId: $c, caseDocumentId: $d, pageFrom: 1, pageTo: 1 }) { id } }`,
    vars: () => ({ c: randomUUID(), d: randomUUID() }),
  },
  {
    field: 'reorderCriteria',
    permission: 'evidence.write',
    query: `mutation($c: ID!, $d: ID!) { reorderCriteria(input: { caseId: $c, orderedIds: [$d] }) { id } }`,
    vars: () => ({ c: randomUUID(), d: randomUUID() }),
  },
  {
    field: 'setCriterionExplanation',
    permission: 'evidence.write',
    query: `mutation($c: ID!) { setCriterionExplanation(input: { criterionId: $c, text: "x" }) { id } }`,
    vars: () => ({ c: randomUUID() }),
  },
  {
    field: 'setClinicianAnswer',
    permission: 'letters.clinicianAnswer',
    query: `mutation($c: ID!) { setClinicianAnswer(input: { criterionId: $c, text: "x" }) { id } }`,
    vars: () => ({ c: randomUUID() }),
  },
  {
    field: 'createExhibit',
    permission: 'evidence.write',
    query: `mutation($c: ID!, $d: ID!) { createExhibit(input: { caseId: $c, caseDocumentId: $d, pageFrom: 1, pageTo: 1 }) { id } }`,
    vars: () => ({ c: randomUUID(), d: randomUUID() }),
  },
  {
    field: 'linkEvidence',
    permission: 'evidence.write',
    query: `mutation($c: ID!, $e: ID!) { linkEvidence(input: { criterionId: $c, exhibitId: $e, pageFrom: 1, pageTo: 1, quote: "x" }) { id } }`,
    vars: () => ({ c: randomUUID(), e: randomUUID() }),
  },
  {
    field: 'addCarrierContact',
    permission: 'evidence.write',
    query: `mutation($c: ID!) { addCarrierContact(input: { caseId: $c, channel: phone, occurredAt: "2025-01-01T00:00:00Z", summary: "x" }) { id } }`,
    vars: () => ({ c: randomUUID() }),
  },
  {
    field: 'generateLetter',
    permission: 'letters.write',
    query: `mutation($c: ID!) { generateLetter(input: { caseId: $c, kind: level1_appeal }) { id } }`,
    vars: () => ({ c: randomUUID() }),
  },
  ...(
    [
      [
        'regenerateLetter',
        'letters.write',
        'mutation($id: ID!) { regenerateLetter(input: { letterId: $id, expectedVersion: 1 }) { id } }',
      ],
      [
        'signOffLetter',
        'letters.signOff',
        'mutation($id: ID!) { signOffLetter(input: { letterId: $id, expectedVersion: 1 }) { id } }',
      ],
      [
        'editLetterSection',
        'letters.write',
        'mutation($id: ID!) { editLetterSection(input: { letterId: $id, expectedVersion: 1, sectionKey: "request", paragraphs: ["x"] }) { id } }',
      ],
    ] as const
  ).map(([field, permission, query]) => ({
    field,
    permission,
    query,
    vars: () => ({ id: randomUUID() }),
  })),
  // Record Calls (issue 11)
  { field: 'payerPhones', permission: 'payerPhones.read', query: `query { payerPhones { id } }` },
  {
    field: 'addPayerPhone',
    permission: 'payerPhones.manage',
    query: `mutation($i: AddPayerPhoneInput!) { addPayerPhone(input: $i) { id } }`,
    vars: () => ({
      i: { payerId: randomUUID(), label: 'x', phoneE164: '+13125550100', timeZone: 'UTC' },
    }),
  },
  {
    field: 'setPayerPhoneActive',
    permission: 'payerPhones.manage',
    query: `mutation($id: ID!) { setPayerPhoneActive(id: $id, active: false) { id } }`,
    vars: () => ({ id: randomUUID() }),
  },
  {
    field: 'requestRecordCall',
    permission: 'calls.request',
    query: `mutation($c: ID!, $p: ID!) { requestRecordCall(caseId: $c, payerPhoneId: $p) { id } }`,
    vars: () => ({ c: randomUUID(), p: randomUUID() }),
  },
  {
    field: 'recordCall',
    permission: 'calls.read',
    query: `query($id: ID!) { recordCall(id: $id) { id } }`,
    vars: () => ({ id: randomUUID() }),
  },
  {
    field: 'recordCalls',
    permission: 'calls.read',
    query: `query($c: ID!) { recordCalls(caseId: $c) { id } }`,
    vars: () => ({ c: randomUUID() }),
  },
  {
    field: 'recordCallUnredactedTranscript',
    permission: 'calls.readUnredacted',
    query: `query($id: ID!) { recordCallUnredactedTranscript(id: $id) { text } }`,
    vars: () => ({ id: randomUUID() }),
  },
];

/** Root fields that are not tenant-scoped (public or the signed-in user's own). */
const NOT_TENANT_SCOPED = new Set([
  'signUp',
  'requestSignUp',
  'verifyEmail',
  'login',
  'refreshToken',
  'logout',
  'me',
  'createTenant',
  'myTenants',
  'acceptInvitation',
  'recordCheck',
  // The free Record Check, typed: public like recordCheck, nothing stored.
  'recordCheckResult',
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
