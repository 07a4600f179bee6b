import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addMember,
  bearer,
  createTestTenant,
  errorCode,
  expectOk,
  signUp,
  startTestApi,
  type TestApi,
  type TestTenant,
  type TestUser,
} from '@claimlane/testing';
import { seededRandom } from './seeded-random';

const TENANTS = 20;
const OPERATIONS = Number(process.env.ISOLATION_OPERATIONS ?? 3000);
const SEED = Number(process.env.ISOLATION_SEED ?? 20261123);

interface Actor {
  user: TestUser;
  tenantId: string;
  headers: Record<string, string>;
}
interface CaseRecord {
  tenantId: string;
  denialId: string;
  title: string | null;
  deleted: boolean;
}

const TENANT_TABLES_QUERY = `
  select c.relname as table, c.relrowsecurity as rls, c.relforcerowsecurity as forced,
         (select count(*) from pg_policies p where p.schemaname = 'public' and p.tablename = c.relname)::int as policies
  from pg_class c join pg_namespace n on n.oid = c.relnamespace
  where n.nspname = 'public' and c.relkind = 'r'
    and exists (select 1 from information_schema.columns col
                where col.table_schema = 'public' and col.table_name = c.relname and col.column_name = 'tenant_id')
  order by 1`;

describe('tenant isolation', () => {
  let api: TestApi;
  const tenants: TestTenant[] = [];
  const actors: Actor[] = [];
  const cases = new Map<string, CaseRecord>();
  // Issue 8: contacts logged per case, and the case of each generated letter.
  const contactCounts = new Map<string, number>();
  // Issue 10: notes written per case.
  const noteCounts = new Map<string, number>();
  const letterCases = new Map<string, string>();
  // Record Calls (issue 11): payer lines put on file and calls requested, by tenant.
  const payerPhoneTenants = new Map<string, string>();
  const recordCallTenants = new Map<string, string>();
  const stats = { operations: 0, crossTenantAttempts: 0, refused: 0 };

  beforeAll(async () => {
    api = await startTestApi({ DATABASE_POOL_SIZE: '12' });
    for (let i = 0; i < TENANTS; i++) {
      const t = await createTestTenant(api, {
        kind: i % 5 === 0 ? 'BILLING_OFFICE' : 'CLINIC',
        seatLimit: 20,
      });
      tenants.push(t);
      actors.push({ user: t.owner, tenantId: t.id, headers: t.headers });
      const biller = await addMember(api, t, 'BILLER');
      actors.push({ user: biller, tenantId: t.id, headers: bearer(biller, t.id) });
    }
    // A billing-office user who belongs to several clinics acts in each through X-Tenant-Id.
    const rcm = await signUp(api, 'RCM');
    for (const t of tenants.slice(0, 4)) {
      const inv = expectOk(
        await api.gql<{ inviteMember: { token: string } }>(
          `mutation($i: InviteMemberInput!) { inviteMember(input: $i) { token } }`,
          { i: { email: rcm.email, role: 'BILLER' } },
          t.headers,
        ),
      );
      expectOk(
        await api.gql(
          `mutation($t: String!) { acceptInvitation(token: $t) { id } }`,
          { t: inv.inviteMember.token },
          bearer(rcm),
        ),
      );
      actors.push({ user: rcm, tenantId: t.id, headers: bearer(rcm, t.id) });
    }
  });
  afterAll(async () => api?.close());

  it(`runs ${OPERATIONS} randomized GraphQL operations by members of ${TENANTS} tenants without one cross-tenant read or write`, async () => {
    const rnd = seededRandom(SEED);
    const anyCaseId = () => rnd.pick([...cases.keys()]);

    const ops: Array<(a: Actor) => Promise<void>> = [
      async (a) => {
        const title = `t-${rnd.int(1e9)}`;
        const c = expectOk(
          await api.gql<{ createAppealCase: { id: string; denial: { id: string } } }>(
            `mutation($i: CreateAppealCaseInput!) { createAppealCase(input: $i) { id denial { id } } }`,
            {
              i: {
                payerName: `Payer ${rnd.int(5)}`,
                title,
                amountAtStake: rnd.int(10000),
                patient: { lastName: `P${rnd.int(1e6)}` },
              },
            },
            a.headers,
          ),
        ).createAppealCase;
        cases.set(c.id, { tenantId: a.tenantId, denialId: c.denial.id, title, deleted: false });
      },
      async (a) => {
        const res = expectOk(
          await api.gql<{
            appealCases: { totalCount: number; edges: Array<{ node: { id: string } }> };
          }>(
            `query { appealCases(first: 100) { totalCount edges { node { id } } } }`,
            {},
            a.headers,
          ),
        );
        for (const e of res.appealCases.edges)
          expect(cases.get(e.node.id)?.tenantId).toBe(a.tenantId);
        const own = [...cases.values()].filter(
          (c) => c.tenantId === a.tenantId && !c.deleted,
        ).length;
        expect(res.appealCases.totalCount).toBe(own);
      },
      async (a) => {
        if (!cases.size) return;
        const id = anyCaseId();
        const rec = cases.get(id)!;
        const res = await api.gql<{
          appealCase: {
            id: string;
            title: string | null;
            claim: { patient: { lastName: string } | null } | null;
          };
        }>(
          `query($id: ID!) { appealCase(id: $id) { id title claim { patient { lastName } } } }`,
          { id },
          a.headers,
        );
        if (rec.tenantId === a.tenantId && !rec.deleted)
          expect(expectOk(res).appealCase.title).toBe(rec.title);
        else {
          stats.crossTenantAttempts++;
          expect(errorCode(res)).toBe('NOT_FOUND');
          expect(res.data).toBeNull();
          stats.refused++;
        }
      },
      async (a) => {
        if (!cases.size) return;
        const id = anyCaseId();
        const rec = cases.get(id)!;
        const title = `u-${rnd.int(1e9)}`;
        const res = await api.gql(
          `mutation($i: UpdateAppealCaseInput!) { updateAppealCase(input: $i) { id } }`,
          { i: { id, title } },
          a.headers,
        );
        if (rec.tenantId === a.tenantId && !rec.deleted) {
          expectOk(res);
          rec.title = title;
        } else {
          stats.crossTenantAttempts++;
          expect(errorCode(res)).toBe('NOT_FOUND');
          stats.refused++;
        }
      },
      async (a) => {
        if (!cases.size) return;
        const rec = cases.get(anyCaseId())!;
        const res = await api.gql<{ denial: { id: string } }>(
          `query($id: ID!) { denial(id: $id) { id } }`,
          { id: rec.denialId },
          a.headers,
        );
        if (rec.tenantId === a.tenantId && !rec.deleted)
          expect(expectOk(res).denial.id).toBe(rec.denialId);
        else {
          stats.crossTenantAttempts++;
          expect(errorCode(res)).toBe('NOT_FOUND');
          stats.refused++;
        }
      },
      async (a) => {
        const res = expectOk(
          await api.gql<{ denials: { edges: Array<{ node: { id: string } }> } }>(
            `query { denials(first: 100) { edges { node { id } } } }`,
            {},
            a.headers,
          ),
        );
        const own = new Set(
          [...cases.values()].filter((c) => c.tenantId === a.tenantId).map((c) => c.denialId),
        );
        for (const e of res.denials.edges) expect(own.has(e.node.id)).toBe(true);
      },
      async (a) => {
        const res = expectOk(
          await api.gql<{ members: Array<{ id: string }> }>(
            `query { members { id } }`,
            {},
            a.headers,
          ),
        );
        expect(res.members.map((m) => m.id)).toContain(a.user.id);
        expect(res.members.length).toBeLessThanOrEqual(3);
      },
      async (a) => {
        if (!cases.size || rnd.next() > 0.2) return;
        const id = anyCaseId();
        const rec = cases.get(id)!;
        const res = await api.gql(
          `mutation($id: ID!) { deleteAppealCase(id: $id) }`,
          { id },
          a.headers,
        );
        if (rec.tenantId === a.tenantId && !rec.deleted) {
          // BILLERs may not delete; OWNERs may.
          if (errorCode(res) === 'FORBIDDEN') return;
          expectOk(res);
          rec.deleted = true;
        } else {
          stats.crossTenantAttempts++;
          expect(['NOT_FOUND', 'FORBIDDEN']).toContain(errorCode(res));
          stats.refused++;
        }
      },
      // Evidence and letters (issue 8): contacts and letters on a case, read back, rendered, linked.
      async (a) => {
        if (!cases.size) return;
        const id = anyCaseId();
        const rec = cases.get(id)!;
        const res = await api.gql(
          `mutation($i: AddCarrierContactInput!) { addCarrierContact(input: $i) { id } }`,
          {
            i: {
              caseId: id,
              channel: 'fax',
              occurredAt: '2025-03-01T12:00:00Z',
              summary: `s-${rnd.int(1e9)}`,
            },
          },
          a.headers,
        );
        if (rec.tenantId === a.tenantId && !rec.deleted) {
          expectOk(res);
          contactCounts.set(id, (contactCounts.get(id) ?? 0) + 1);
        } else {
          stats.crossTenantAttempts++;
          expect(errorCode(res)).toBe('NOT_FOUND');
          stats.refused++;
        }
      },
      async (a) => {
        if (!cases.size) return;
        const id = anyCaseId();
        const rec = cases.get(id)!;
        const res = await api.gql<{ carrierContacts: Array<{ caseId: string }> }>(
          `query($c: ID!) { carrierContacts(caseId: $c) { caseId } }`,
          { c: id },
          a.headers,
        );
        if (rec.tenantId === a.tenantId && !rec.deleted) {
          const list = expectOk(res).carrierContacts;
          expect(list.length).toBe(contactCounts.get(id) ?? 0);
          expect(list.every((x) => x.caseId === id)).toBe(true);
        } else {
          stats.crossTenantAttempts++;
          expect(errorCode(res)).toBe('NOT_FOUND');
          stats.refused++;
        }
      },
      async (a) => {
        if (!cases.size || rnd.next() > 0.3) return;
        const id = anyCaseId();
        const rec = cases.get(id)!;
        const res = await api.gql<{ generateLetter: { id: string } }>(
          `mutation($c: ID!) { generateLetter(input: { caseId: $c, kind: claim_file_request }) { id } }`,
          { c: id },
          a.headers,
        );
        if (rec.tenantId === a.tenantId && !rec.deleted)
          letterCases.set(expectOk(res).generateLetter.id, id);
        else {
          stats.crossTenantAttempts++;
          expect(errorCode(res)).toBe('NOT_FOUND');
          stats.refused++;
        }
      },
      async (a) => {
        if (!letterCases.size) return;
        const letterId = rnd.pick([...letterCases.keys()]);
        const rec = cases.get(letterCases.get(letterId)!)!;
        const render = rnd.next() < 0.05;
        const res = render
          ? await api.gql<{ letter?: { caseId: string }; renderLetter?: { downloadUrl: string } }>(
              `mutation($id: ID!) { renderLetter(id: $id, format: pdf) { downloadUrl } }`,
              { id: letterId },
              a.headers,
            )
          : await api.gql<{ letter?: { caseId: string }; renderLetter?: { downloadUrl: string } }>(
              `query($id: ID!) { letter(id: $id) { caseId } }`,
              { id: letterId },
              a.headers,
            );
        if (rec.tenantId === a.tenantId && !rec.deleted) {
          const data = expectOk(res);
          if (data.letter) expect(data.letter.caseId).toBe(letterCases.get(letterId));
          if (data.renderLetter) {
            const file = await fetch(`${api.url}${data.renderLetter.downloadUrl}`);
            expect(file.status).toBe(200);
            await file.arrayBuffer();
          }
        } else {
          stats.crossTenantAttempts++;
          expect(errorCode(res)).toBe('NOT_FOUND');
          stats.refused++;
        }
      },
      async (a) => {
        if (!cases.size) return;
        const id = anyCaseId();
        const rec = cases.get(id)!;
        const n = 1 + rnd.int(4);
        const text = Array.from(
          { length: n },
          (_, i) => `${i + 1}. criterion ${rnd.int(1e6)}`,
        ).join('\n');
        const res = await api.gql<{ splitCriteria: Array<{ caseId: string }> }>(
          `mutation($i: SplitCriteriaInput!) { splitCriteria(input: $i) { caseId } }`,
          { i: { caseId: id, text, replace: true } },
          a.headers,
        );
        if (rec.tenantId === a.tenantId && !rec.deleted) {
          const list = expectOk(res).splitCriteria;
          expect(list.length).toBe(n);
          expect(list.every((c) => c.caseId === id)).toBe(true);
        } else {
          stats.crossTenantAttempts++;
          expect(errorCode(res)).toBe('NOT_FOUND');
          stats.refused++;
        }
      },
      async (a) => {
        if (rnd.next() > 0.2) return;
        const organization = `Org ${rnd.int(1e6)}`;
        const res = await api.gql<{ updateLetterhead: { organization: string } }>(
          `mutation($o: String!) { updateLetterhead(input: { organization: $o, addressLines: [] }) { organization } }`,
          { o: organization },
          a.headers,
        );
        // BILLERs may not change the letterhead; owners change their own tenant's only.
        if (errorCode(res) === 'FORBIDDEN') return;
        expect(expectOk(res).updateLetterhead.organization).toBe(organization);
      },
      // Case notes (issue 10): written on any case id, read back through the case.
      async (a) => {
        if (!cases.size) return;
        const id = anyCaseId();
        const rec = cases.get(id)!;
        const res = await api.gql(
          `mutation($c: ID!, $b: String!) { addCaseNote(caseId: $c, body: $b) { id } }`,
          { c: id, b: `n-${rnd.int(1e9)}` },
          a.headers,
        );
        if (rec.tenantId === a.tenantId && !rec.deleted) {
          expectOk(res);
          noteCounts.set(id, (noteCounts.get(id) ?? 0) + 1);
        } else {
          stats.crossTenantAttempts++;
          expect(errorCode(res)).toBe('NOT_FOUND');
          stats.refused++;
        }
      },
      async (a) => {
        if (!cases.size) return;
        const id = anyCaseId();
        const rec = cases.get(id)!;
        const res = await api.gql<{ appealCase: { notes: Array<{ caseId: string }> } }>(
          `query($id: ID!) { appealCase(id: $id) { notes { caseId } } }`,
          { id },
          a.headers,
        );
        if (rec.tenantId === a.tenantId && !rec.deleted) {
          const notes = expectOk(res).appealCase.notes;
          expect(notes.length).toBe(noteCounts.get(id) ?? 0);
          expect(notes.every((n) => n.caseId === id)).toBe(true);
        } else {
          stats.crossTenantAttempts++;
          expect(errorCode(res)).toBe('NOT_FOUND');
          stats.refused++;
        }
      },
      // Record Calls (issue 11): payer lines on file, call requests, call reads, across tenants.
      async (a) => {
        const own = [...cases.entries()].filter(([, c]) => c.tenantId === a.tenantId && !c.deleted);
        if (!own.length) return;
        const [caseId] = rnd.pick(own);
        const kase = expectOk(
          await api.gql<{ appealCase: { payer: { id: string } | null } }>(
            `query($id: ID!) { appealCase(id: $id) { payer { id } } }`,
            { id: caseId },
            a.headers,
          ),
        ).appealCase;
        if (!kase.payer) return;
        const res = await api.gql<{ addPayerPhone: { id: string } }>(
          `mutation($i: AddPayerPhoneInput!) { addPayerPhone(input: $i) { id } }`,
          {
            i: {
              payerId: kase.payer.id,
              label: `line ${rnd.int(1e6)}`,
              phoneE164: `+1312555${String(rnd.int(10000)).padStart(4, '0')}`,
              timeZone: 'America/Chicago',
            },
          },
          a.headers,
        );
        // BILLERs may not manage lines; a number already on file is CONFLICT.
        if (['FORBIDDEN', 'CONFLICT'].includes(errorCode(res) ?? '')) return;
        payerPhoneTenants.set(expectOk(res).addPayerPhone.id, a.tenantId);
      },
      async (a) => {
        if (!cases.size || !payerPhoneTenants.size) return;
        const caseId = anyCaseId();
        const rec = cases.get(caseId)!;
        const phoneId = rnd.pick([...payerPhoneTenants.keys()]);
        const res = await api.gql<{ requestRecordCall: { id: string } }>(
          `mutation($c: ID!, $p: ID!) { requestRecordCall(caseId: $c, payerPhoneId: $p) { id } }`,
          { c: caseId, p: phoneId },
          a.headers,
        );
        const mine = rec.tenantId === a.tenantId && !rec.deleted;
        if (mine && payerPhoneTenants.get(phoneId) === a.tenantId) {
          // Own case and own line: placed, or refused for a reason that is not about tenancy.
          if (!res.errors) recordCallTenants.set(res.data!.requestRecordCall.id, a.tenantId);
          else
            expect([
              'CONFLICT',
              'BAD_USER_INPUT',
              'ENTITLEMENT_EXCEEDED',
              'RATE_LIMITED',
            ]).toContain(errorCode(res));
        } else {
          stats.crossTenantAttempts++;
          expect(errorCode(res)).toBe('NOT_FOUND');
          stats.refused++;
        }
      },
      async (a) => {
        if (!recordCallTenants.size) return;
        const id = rnd.pick([...recordCallTenants.keys()]);
        const res = await api.gql<{ recordCall: { id: string; caseId: string } }>(
          `query($id: ID!) { recordCall(id: $id) { id caseId } }`,
          { id },
          a.headers,
        );
        if (recordCallTenants.get(id) === a.tenantId) expect(expectOk(res).recordCall.id).toBe(id);
        else {
          stats.crossTenantAttempts++;
          expect(errorCode(res)).toBe('NOT_FOUND');
          stats.refused++;
        }
      },
      async (a) => {
        if (!cases.size) return;
        const caseId = anyCaseId();
        const rec = cases.get(caseId)!;
        const res = await api.gql<{ recordCalls: Array<{ id: string }> }>(
          `query($c: ID!) { recordCalls(caseId: $c) { id } }`,
          { c: caseId },
          a.headers,
        );
        if (rec.tenantId === a.tenantId && !rec.deleted) {
          for (const c of expectOk(res).recordCalls)
            expect(recordCallTenants.get(c.id)).toBe(a.tenantId);
        } else {
          stats.crossTenantAttempts++;
          expect(errorCode(res)).toBe('NOT_FOUND');
          stats.refused++;
        }
      },
      async (a) => {
        const res = expectOk(
          await api.gql<{ payerPhones: Array<{ id: string }> }>(
            `query { payerPhones { id } }`,
            {},
            a.headers,
          ),
        );
        for (const p of res.payerPhones) expect(payerPhoneTenants.get(p.id)).toBe(a.tenantId);
      },
    ];

    // Operations run in small concurrent batches, as a busy API sees them. Within a batch every actor
    // works in a different tenant, so the expected state of each tenant is known exactly while
    // cross-tenant attempts still race with that tenant's own writes.
    for (let done = 0; done < OPERATIONS;) {
      const batch: Array<Promise<void>> = [];
      const busy = new Set<string>();
      for (let k = 0; k < 6 && done < OPERATIONS; k++, done++) {
        let actor = rnd.pick(actors);
        while (busy.has(actor.tenantId)) actor = rnd.pick(actors);
        busy.add(actor.tenantId);
        const op = done < 200 ? ops[0]! : rnd.pick(ops);
        batch.push(op(actor));
        stats.operations++;
      }
      await Promise.all(batch);
    }
    expect(stats.operations).toBe(OPERATIONS);
    expect(stats.crossTenantAttempts).toBeGreaterThan(500);
    expect(stats.refused).toBe(stats.crossTenantAttempts);

    // Ground truth from the owner connection: every stored title is what its own tenant last wrote.
    const owner = new Client({ connectionString: api.db.ownerUrl });
    await owner.connect();
    try {
      const rows = await owner.query(`select id, tenant_id, title from appeal_cases`);
      const live = [...cases.entries()].filter(([, c]) => !c.deleted);
      expect(rows.rowCount).toBe(live.length);
      for (const r of rows.rows as Array<{ id: string; tenant_id: string; title: string }>) {
        expect(cases.get(r.id)).toMatchObject({
          tenantId: r.tenant_id,
          title: r.title,
          deleted: false,
        });
      }
    } finally {
      await owner.end();
    }
    console.log(
      `isolation: ${stats.operations} operations, ${stats.crossTenantAttempts} cross-tenant attempts, all refused`,
    );
    // A bound, not a speed target: the operation mix grew with every feature's tables.
  }, 300_000);

  // Issue 11: dead letters and OCR pages. Seeded for every tenant (as the owner) so the raw-SQL
  // check below runs over rows of many tenants, then read through GraphQL by each tenant.
  it('dead letters and OCR pages stay in their tenant (jobFailures, jobProgress)', async () => {
    const owner = new Client({ connectionString: api.db.ownerUrl });
    await owner.connect();
    try {
      for (const [i, t] of tenants.entries()) {
        const doc = await owner.query(
          `insert into documents (tenant_id, kind, mime, sha256, size_bytes, status)
           values ($1, 'denial_letter', 'application/pdf', $2, 10, 'ready') returning id`,
          [t.id, (i + 1).toString(16).padStart(64, 'a')],
        );
        const docId = (doc.rows[0] as { id: string }).id;
        await owner.query(
          `insert into document_ocr_pages (tenant_id, document_id, page_no, text, mean_confidence, word_count, words, low_confidence, preprocess, engine)
           values ($1, $2, 1, 'page', 90, 1, '[]', false, 'gray300', 'test')`,
          [t.id, docId],
        );
        for (let k = 0; k <= i % 3; k++)
          await owner.query(
            `insert into job_failures (tenant_id, queue, job_id, job_name, idempotency_key, attempts, error_code, error_message, payload)
             values ($1, 'ocr', $2, 'ocr', $3, 3, 'OCR_CORRUPT', 'x', '{}')`,
            [t.id, `${t.id}.iso-${k}`, `iso-${k}`],
          );
      }
    } finally {
      await owner.end();
    }
    for (const [i, t] of tenants.entries()) {
      const mine = expectOk(
        await api.gql<{
          jobFailures: { totalCount: number; edges: Array<{ node: { jobId: string } }> };
        }>(
          `query { jobFailures(first: 10) { totalCount edges { node { jobId } } } }`,
          {},
          t.headers,
        ),
      );
      expect(mine.jobFailures.totalCount).toBe((i % 3) + 1);
      expect(mine.jobFailures.edges.every((e) => e.node.jobId.startsWith(`${t.id}.`))).toBe(true);
      // The same key asked by another tenant resolves to that tenant's own job, never this one.
      const other = tenants[(i + 1) % tenants.length]!;
      const theirs = expectOk(
        await api.gql<{ jobProgress: { jobId: string; state: string } }>(
          `query { jobProgress(queue: ocr, key: "iso-0") { jobId state } }`,
          {},
          other.headers,
        ),
      );
      expect(theirs.jobProgress).toEqual({ jobId: `${other.id}.iso-0`, state: 'dead_lettered' });
    }
  });

  // Issue 15: every tenant's first upload creates its data key (tenant_data_keys, checked by the raw
  // SQL test below over all 20 tenants); an export holds its own tenant's rows and files only.
  it('data keys and exports stay in their tenant (uploads, exportTenantData)', async () => {
    for (const t of tenants) {
      const form = new FormData();
      const text = `Dear member of ${t.id},\nYour claim was denied (CARC 50). You may appeal.\n`;
      form.append('file', new Blob([new TextEncoder().encode(text)]), 'letter.txt');
      const res = await fetch(`${api.url}/documents`, {
        method: 'POST',
        headers: t.headers,
        body: form,
      });
      expect(res.status).toBeLessThan(300);
    }
    for (const t of tenants.slice(0, 3)) {
      const link = expectOk(
        await api.gql<{ exportTenantData: { url: string } }>(
          `mutation { exportTenantData { url } }`,
          {},
          t.headers,
        ),
      ).exportTenantData;
      const archive = Buffer.from(await (await fetch(`${api.url}${link.url}`)).arrayBuffer());
      expect(archive.includes(Buffer.from(`Dear member of ${t.id}`))).toBe(true);
      for (const other of tenants)
        if (other.id !== t.id)
          expect(archive.includes(Buffer.from(other.id)), other.id).toBe(false);
    }
  });

  it('raw SQL as claimlane_app sees only app.tenant_id rows, and nothing when it is unset', async () => {
    const owner = new Client({ connectionString: api.db.ownerUrl });
    const app = new Client({ connectionString: api.db.appUrl });
    await owner.connect();
    await app.connect();
    try {
      const role = await app.query(
        `select rolsuper, rolbypassrls from pg_roles where rolname = current_user`,
      );
      expect(role.rows[0]).toEqual({ rolsuper: false, rolbypassrls: false });
      const tables = (await owner.query(TENANT_TABLES_QUERY)).rows.map(
        (r: { table: string }) => r.table,
      );
      expect(tables.length).toBeGreaterThanOrEqual(12);
      const [a, b] = [tenants[0]!.id, tenants[1]!.id];
      for (const table of tables) {
        const totalA = Number(
          (await owner.query(`select count(*) as n from ${table} where tenant_id = $1`, [a]))
            .rows[0].n,
        );
        await app.query('begin');
        await app.query(`select set_config('app.tenant_id', $1, true)`, [a]);
        const seen = await app.query(`select distinct tenant_id from ${table}`);
        const count = Number((await app.query(`select count(*) as n from ${table}`)).rows[0].n);
        expect(
          seen.rows.every((r: { tenant_id: string }) => r.tenant_id === a),
          table,
        ).toBe(true);
        expect(count, table).toBe(totalA);
        // Writes aimed at another tenant touch nothing.
        // Append-only tables refuse UPDATE/DELETE to the runtime role outright (grants).
        if (!['audit_events', 'timeline_events', 'letter_versions', 'case_notes'].includes(table)) {
          // Tables the runtime role may update but never delete (billing state) skip the DELETE.
          const may = async (privilege: string) =>
            (
              await app.query(`select has_table_privilege(current_user, $1, $2) as ok`, [
                table,
                privilege,
              ])
            ).rows[0].ok as boolean;
          if (await may('UPDATE')) {
            const upd = await app.query(
              `update ${table} set tenant_id = tenant_id where tenant_id = $1`,
              [b],
            );
            expect(upd.rowCount, table).toBe(0);
          }
          if (await may('DELETE')) {
            const del = await app.query(`delete from ${table} where tenant_id = $1`, [b]);
            expect(del.rowCount, table).toBe(0);
          }
        }
        await app.query('rollback');
        // Unset (or empty) tenant: fail closed, zero rows, no error.
        for (const setting of [null, '']) {
          await app.query('begin');
          if (setting !== null)
            await app.query(`select set_config('app.tenant_id', $1, true)`, [setting]);
          const none = Number((await app.query(`select count(*) as n from ${table}`)).rows[0].n);
          expect(none, `${table} with tenant ${String(setting)}`).toBe(0);
          await app.query('rollback');
        }
      }
      // Inserting a row for another tenant is refused by WITH CHECK.
      await app.query('begin');
      await app.query(`select set_config('app.tenant_id', $1, true)`, [a]);
      await expect(
        app.query(`insert into payers (tenant_id, name) values ($1, 'Smuggled')`, [b]),
      ).rejects.toMatchObject({ code: '42501' });
      await app.query('rollback');
      // Outside any transaction the setting is '' and reads stay empty rather than erroring.
      expect(Number((await app.query(`select count(*) as n from appeal_cases`)).rows[0].n)).toBe(0);
    } finally {
      await app.end();
      await owner.end();
    }
  });

  it('every table with a tenant_id column has RLS enabled and forced, with a policy', async () => {
    const owner = new Client({ connectionString: api.db.ownerUrl });
    await owner.connect();
    try {
      const rows = (await owner.query(TENANT_TABLES_QUERY)).rows as Array<{
        table: string;
        rls: boolean;
        forced: boolean;
        policies: number;
      }>;
      const bad = rows.filter((r) => !r.rls || !r.forced || r.policies < 1).map((r) => r.table);
      expect(bad).toEqual([]);
      const appOwns = await owner.query(
        `select count(*)::int as n from pg_tables where schemaname = 'public' and tableowner = 'claimlane_app'`,
      );
      expect(appOwns.rows[0].n).toBe(0);
    } finally {
      await owner.end();
    }
  });
});
