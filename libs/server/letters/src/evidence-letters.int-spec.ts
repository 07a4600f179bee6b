import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { renderTestPdf, stripedPng } from '@claimlane/testing-fixtures';
import {
  addMember,
  bearer,
  createTestTenant,
  errorCode,
  expectOk,
  startInProcessWorker,
  startTestApi,
  type TestApi,
  type TestTenant,
} from '@claimlane/testing';
import { PacketsWorkerModule } from './packet/packets-worker.module';
import { readPdf } from './render/pdf-readback.test-helper';

const POLICY = `Lumbar MRI (policy CP-0451) is medically necessary when ALL of the following are met:
1. At least 6 weeks of physical therapy; and
2. Neurological deficit on examination; and
3. No prior lumbar surgery.`;

const CHART = [
  'Visit 2025-01-10. Patient reports low back pain radiating to the left leg.',
  'PT twice weekly since 2024-12-01, 8 weeks completed without relief.',
  'Exam: absent left ankle reflex. Plan: MRI lumbar spine.',
];

describe('evidence, matrix, letters and packets through the API', () => {
  let api: TestApi;
  let a: TestTenant;
  let b: TestTenant;
  let owner: Client;
  let caseId: string;
  let caseDocumentId: string;
  let exhibitId: string;
  const ids: Record<string, string> = {};

  const upload = async (bytes: Buffer, name: string): Promise<string> => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)]), name);
    const res = await fetch(`${api.url}/documents`, {
      method: 'POST',
      headers: a.headers,
      body: form,
    });
    return ((await res.json()) as { id: string }).id;
  };
  const gql = <T>(q: string, v: Record<string, unknown> = {}, h = a.headers) => api.gql<T>(q, v, h);

  beforeAll(async () => {
    api = await startTestApi({ LOG_LEVEL: 'error' });
    a = await createTestTenant(api);
    b = await createTestTenant(api);
    owner = new Client({ connectionString: api.db.ownerUrl });
    await owner.connect();
    caseId = expectOk(
      await gql<{ createAppealCase: { id: string } }>(
        `mutation($i: CreateAppealCaseInput!) { createAppealCase(input: $i) { id } }`,
        {
          i: {
            payerName: 'Acme Health Plan',
            claimNumber: 'CLM-889',
            serviceDateFrom: '2025-02-03',
            cptHcpcs: ['72148'],
            patient: { firstName: 'Pat', lastName: 'Doe', memberId: 'XJ-1234' },
            statedReason: 'Not medically necessary: conservative therapy not documented',
            category: 'medical_necessity',
            regime: 'erisa_group_health',
            serviceType: 'pre_service',
          },
        },
      ),
    ).createAppealCase.id;
    const pdf = await renderTestPdf(CHART.map((text) => ({ text })));
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(pdf.bytes)]), 'chart.pdf');
    const up = await fetch(`${api.url}/documents`, {
      method: 'POST',
      headers: a.headers,
      body: form,
    });
    ids.document = ((await up.json()) as { id: string }).id;
  });
  afterAll(async () => {
    await owner?.end();
    await api?.close();
  });

  it('attaches a document with a kind, splits criteria, creates and seals an exhibit', async () => {
    const doc = expectOk(
      await gql<{ attachCaseDocument: { id: string; kind: string; pages: number } }>(
        `mutation($i: AttachCaseDocumentInput!) { attachCaseDocument(input: $i) { id kind pages } }`,
        {
          i: { caseId, documentId: ids.document, kind: 'chart_notes', documentDate: '2025-01-10' },
        },
      ),
    ).attachCaseDocument;
    expect(doc).toMatchObject({ kind: 'chart_notes', pages: 3 });
    caseDocumentId = doc.id;

    const before = expectOk(
      await gql<{ caseCriteria: { criteriaReceived: boolean } }>(
        `query($c: ID!) { caseCriteria(caseId: $c) { criteriaReceived } }`,
        { c: caseId },
      ),
    );
    expect(before.caseCriteria.criteriaReceived).toBe(false);
    const split = expectOk(
      await gql<{ splitCriteria: Array<{ id: string; ref: string; text: string }> }>(
        `mutation($i: SplitCriteriaInput!) { splitCriteria(input: $i) { id ref text } }`,
        { i: { caseId, text: POLICY, policyId: 'CP-0451', policyVersion: '2025-01' } },
      ),
    ).splitCriteria;
    expect(split.map((c) => c.ref)).toEqual(['1', '2', '3']);
    ids.c1 = split[0]!.id;
    ids.c2 = split[1]!.id;
    ids.c3 = split[2]!.id;
    // A second split without replace is refused and changes nothing.
    const again = await gql(
      `mutation($i: SplitCriteriaInput!) { splitCriteria(input: $i) { id } }`,
      { i: { caseId, text: POLICY } },
    );
    expect(errorCode(again)).toBe('CONFLICT');
    // 10,000 items: a clear code, nothing stored.
    const huge = Array.from({ length: 10_000 }, (_, i) => `${i + 1}. c`).join('\n');
    const tooMany = await gql(
      `mutation($i: SplitCriteriaInput!) { splitCriteria(input: $i) { id } }`,
      { i: { caseId, text: huge, replace: true } },
    );
    expect(errorCode(tooMany)).toBe('BAD_USER_INPUT');
    expect(tooMany.errors![0]!.extensions!['reason']).toBe('CRITERIA_TOO_MANY');
    expect(
      Number(
        (await owner.query(`select count(*) n from criteria where case_id = $1`, [caseId])).rows[0]
          .n,
      ),
    ).toBe(3);

    const reordered = expectOk(
      await gql<{ reorderCriteria: Array<{ id: string; ref: string }> }>(
        `mutation($i: ReorderCriteriaInput!) { reorderCriteria(input: $i) { id ref } }`,
        { i: { caseId, orderedIds: [ids.c2, ids.c1, ids.c3] } },
      ),
    ).reorderCriteria;
    expect(reordered.map((c) => [c.id, c.ref])).toEqual([
      [ids.c2, '1'],
      [ids.c1, '2'],
      [ids.c3, '3'],
    ]);

    const outOfRange = await gql(
      `mutation($i: CreateExhibitInput!) { createExhibit(input: $i) { id } }`,
      {
        i: { caseId, caseDocumentId, pageFrom: 2, pageTo: 9 },
      },
    );
    expect(outOfRange.errors![0]!.extensions!['reason']).toBe('PAGE_RANGE_INVALID');
    const ex = expectOk(
      await gql<{
        createExhibit: { id: string; label: string; pageCount: number; sealed: boolean };
      }>(
        `mutation($i: CreateExhibitInput!) { createExhibit(input: $i) { id label pageCount sealed } }`,
        { i: { caseId, caseDocumentId, pageFrom: 2, pageTo: 3, title: 'Chart notes' } },
      ),
    ).createExhibit;
    expect(ex).toMatchObject({ label: 'A', pageCount: 2, sealed: false });
    exhibitId = ex.id;
    const sealed = expectOk(
      await gql<{ sealExhibit: { sealed: boolean; sealSha256: string } }>(
        `mutation($id: ID!) { sealExhibit(id: $id) { sealed sealSha256 } }`,
        { id: exhibitId },
      ),
    ).sealExhibit;
    expect(sealed.sealed).toBe(true);
    expect(sealed.sealSha256).toMatch(/^[0-9a-f]{64}$/);
    // The database itself refuses to move a sealed exhibit, even for the owner role.
    await expect(
      owner.query(`update exhibits set page_to = 2 where id = $1`, [exhibitId]),
    ).rejects.toThrow(/sealed/);
  });

  it('cite or abstain; completeness turns unmet criteria into tasks; ready only when every criterion is answered', async () => {
    const link = `mutation($i: LinkEvidenceInput!) { linkEvidence(input: $i) { id exhibitLabel quotePage quote } }`;
    const bad = await gql(link, {
      i: { criterionId: ids.c1, exhibitId, pageFrom: 1, pageTo: 2, quote: 'PT three times weekly' },
    });
    expect(bad.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'QUOTE_NOT_ON_PAGE',
    });
    expect(Number((await owner.query(`select count(*) n from matrix_links`)).rows[0].n)).toBe(0);
    const ok = expectOk(
      await gql<{ linkEvidence: { exhibitLabel: string; quotePage: number; quote: string } }>(
        link,
        {
          i: {
            criterionId: ids.c1,
            exhibitId,
            pageFrom: 1,
            pageTo: 2,
            quote: 'PT twice weekly   since 2024-12-01',
          },
        },
      ),
    ).linkEvidence;
    expect(ok).toMatchObject({
      exhibitLabel: 'A',
      quotePage: 1,
      quote: 'PT twice weekly since 2024-12-01',
    });

    const comp = `query($c: ID!) { matrixCompleteness(caseId: $c) { readyToSubmit unmet tasks { ref task } criteria { ref status } } }`;
    const r1 = expectOk(
      await gql<{
        matrixCompleteness: { readyToSubmit: boolean; tasks: Array<{ ref: string; task: string }> };
      }>(comp, { c: caseId }),
    ).matrixCompleteness;
    expect(r1.readyToSubmit).toBe(false);
    expect(r1.tasks.map((t) => t.ref)).toEqual(['1', '3']);
    expect(r1.tasks[0]!.task).toContain('Chart notes with exam findings');
    const refused = await gql(
      `mutation($c: ID!) { markReadyToSubmit(caseId: $c) { readyToSubmit } }`,
      { c: caseId },
    );
    expect(refused.errors![0]!.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'MATRIX_INCOMPLETE',
      unmet: ['1', '3'],
    });

    expectOk(
      await gql(link, {
        i: {
          criterionId: ids.c2,
          exhibitId,
          pageFrom: 2,
          pageTo: 2,
          quote: 'absent left ankle reflex',
        },
      }),
    );
    expectOk(
      await gql(`mutation($i: CriterionTextInput!) { setCriterionExplanation(input: $i) { id } }`, {
        i: { criterionId: ids.c3, text: 'Not applicable: no prior lumbar surgery.' },
      }),
    );
    const ready = expectOk(
      await gql<{ markReadyToSubmit: { readyToSubmit: boolean } }>(
        `mutation($c: ID!) { markReadyToSubmit(caseId: $c) { readyToSubmit } }`,
        { c: caseId },
      ),
    );
    expect(ready.markReadyToSubmit.readyToSubmit).toBe(true);

    expectOk(
      await gql(`mutation($i: AddCarrierContactInput!) { addCarrierContact(input: $i) { id } }`, {
        i: {
          caseId,
          channel: 'phone',
          occurredAt: '2025-02-25T15:00:00Z',
          representative: 'Sam',
          referenceNumber: 'REF-77',
          summary: 'Asked for the criteria',
        },
      }),
    );
    const tl = expectOk(
      await gql<{
        caseTimeline: {
          entries: Array<{ date: string; event: string; exhibitLabel: string | null }>;
        };
      }>(`query($c: ID!) { caseTimeline(caseId: $c) { entries { date event exhibitLabel } } }`, {
        c: caseId,
      }),
    ).caseTimeline.entries;
    expect(tl).toContainEqual({
      date: '2025-01-10',
      event: 'Chart notes: Chart notes',
      exhibitLabel: 'A',
    });
    expect(tl.some((e) => e.event.includes('REF-77') && e.date === '2025-02-25')).toBe(true);
  });

  it('letters: versions, edits kept across regeneration, clinician sign-off before a final provider letter', async () => {
    const letterQ = `id currentVersion signedOff content { title sections { key heading paragraphs edited } criteriaTable { ref cites } citations { key text source } }`;
    type L = {
      id: string;
      currentVersion: number;
      signedOff: boolean;
      content: {
        sections: Array<{ key: string; heading: string; paragraphs: string[]; edited: boolean }>;
        criteriaTable: Array<{ ref: string; cites: string }>;
        citations: Array<{ text: string; source: string }>;
      };
    };
    const gen = expectOk(
      await gql<{ generateLetter: L }>(
        `mutation($i: GenerateLetterInput!) { generateLetter(input: $i) { ${letterQ} } }`,
        { i: { caseId, kind: 'provider_medical_necessity' } },
      ),
    ).generateLetter;
    expect(gen.currentVersion).toBe(1);
    expect(gen.content.criteriaTable).toEqual([
      { ref: '1', cites: 'Exhibit A, p. 2' },
      { ref: '2', cites: 'Exhibit A, pp. 1–2' },
      { ref: '3', cites: '' },
    ]);
    expect(gen.content.sections.map((s) => s.heading)).toContain(
      'Denial reason 1: “Not medically necessary: conservative therapy not documented”',
    );
    expect(
      gen.content.citations.every(
        (c) =>
          c.source.startsWith('regime-citations:') || c.source.startsWith('deadline-rule:erisa.'),
      ),
    ).toBe(true);
    ids.letter = gen.id;

    const edited = expectOk(
      await gql<{ editLetterSection: L }>(
        `mutation($i: EditLetterSectionInput!) { editLetterSection(input: $i) { ${letterQ} } }`,
        {
          i: {
            letterId: gen.id,
            expectedVersion: 1,
            sectionKey: 'criterion-1',
            paragraphs: ['Deficit confirmed on two visits.'],
          },
        },
      ),
    ).editLetterSection;
    expect(edited.currentVersion).toBe(2);
    const stale = await gql(
      `mutation($i: EditLetterSectionInput!) { editLetterSection(input: $i) { id } }`,
      {
        i: { letterId: gen.id, expectedVersion: 1, sectionKey: 'request', paragraphs: ['x'] },
      },
    );
    expect(stale.errors![0]!.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'VERSION_MISMATCH',
    });
    const regen = expectOk(
      await gql<{ regenerateLetter: L }>(
        `mutation($i: LetterVersionInput!) { regenerateLetter(input: $i) { ${letterQ} } }`,
        { i: { letterId: gen.id, expectedVersion: 2 } },
      ),
    ).regenerateLetter;
    expect(regen.currentVersion).toBe(3);
    expect(regen.content.sections.find((s) => s.key === 'criterion-1')).toMatchObject({
      paragraphs: ['Deficit confirmed on two visits.'],
      edited: true,
    });
    const versions = expectOk(
      await gql<{
        letterVersions: Array<{ version: number; change: string; editedSection: string | null }>;
      }>(`query($id: ID!) { letterVersions(id: $id) { version change editedSection } }`, {
        id: gen.id,
      }),
    ).letterVersions;
    expect(versions).toEqual([
      { version: 1, change: 'generated', editedSection: null },
      { version: 2, change: 'edited', editedSection: 'criterion-1' },
      { version: 3, change: 'regenerated', editedSection: null },
    ]);

    const render = `mutation($id: ID!, $f: LetterFormat!, $o: RenderLetterOptions) { renderLetter(id: $id, format: $f, options: $o) { final sha256 downloadUrl expiresAt } }`;
    const notSigned = await gql(render, { id: gen.id, f: 'pdf', o: { final: true } });
    expect(notSigned.errors![0]!.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'SIGN_OFF_REQUIRED',
    });
    // Only a clinician signs off.
    expect(
      errorCode(
        await gql(`mutation($i: LetterVersionInput!) { signOffLetter(input: $i) { id } }`, {
          i: { letterId: gen.id, expectedVersion: 3 },
        }),
      ),
    ).toBe('FORBIDDEN');
    const clinician = await addMember(api, a, 'CLINICIAN');
    const signed = expectOk(
      await gql<{ signOffLetter: L }>(
        `mutation($i: LetterVersionInput!) { signOffLetter(input: $i) { ${letterQ} } }`,
        { i: { letterId: gen.id, expectedVersion: 3 } },
        bearer(clinician, a.id),
      ),
    ).signOffLetter;
    expect(signed.signedOff).toBe(true);
    const final = expectOk(
      await gql<{ renderLetter: { final: boolean; downloadUrl: string } }>(render, {
        id: gen.id,
        f: 'pdf',
        o: { final: true },
      }),
    ).renderLetter;
    const res = await fetch(`${api.url}${final.downloadUrl}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const body = new Uint8Array(await res.arrayBuffer());
    expect(Buffer.from(body.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const text = (await readPdf(body)).pages.join('\n');
    expect(text).toContain('Deficit confirmed on two visits.');
    expect(text).toContain('Signed off by');
    expect(text).not.toContain('DRAFT');
    const audits = await owner.query(
      `select count(*) n from audit_events where tenant_id = $1 and action = 'letter.download' and entity_id = $2`,
      [a.id, gen.id],
    );
    expect(Number(audits.rows[0].n)).toBe(1);
    // A tampered link is refused; another tenant cannot see the letter.
    expect((await fetch(`${api.url}${final.downloadUrl.slice(0, -3)}abc`)).status).toBe(403);
    expect(
      errorCode(await gql(`query($id: ID!) { letter(id: $id) { id } }`, { id: gen.id }, b.headers)),
    ).toBe('NOT_FOUND');
    expect(
      errorCode(
        await gql(`query($c: ID!) { exhibits(caseId: $c) { id } }`, { c: caseId }, b.headers),
      ),
    ).toBe('NOT_FOUND');

    // PHI reads are audited per record by the operation pipeline (Letter, Exhibit, MatrixLink…).
    expectOk(
      await gql(
        `query($c: ID!) { letters(caseId: $c) { id } exhibits(caseId: $c) { id } matrixLinks(caseId: $c) { id } }`,
        { c: caseId },
      ),
    );
    const reads = await owner.query(
      `select action, count(*)::int as n from audit_events where tenant_id = $1 and action in ('letter.read', 'exhibit.read', 'matrixLink.read') group by action order by action`,
      [a.id],
    );
    expect(reads.rows.map((r: { action: string }) => r.action)).toEqual([
      'exhibit.read',
      'letter.read',
      'matrixLink.read',
    ]);
    const sent = expectOk(
      await gql<{ recordLetterSent: { source: string; summary: string; referenceNumber: string } }>(
        `mutation($i: RecordLetterSentInput!) { recordLetterSent(input: $i) { source summary referenceNumber } }`,
        {
          i: {
            letterId: gen.id,
            channel: 'fax',
            sentAt: '2025-03-02T10:00:00Z',
            referenceNumber: 'FAX-1',
          },
        },
      ),
    ).recordLetterSent;
    expect(sent).toEqual({
      source: 'letter_sent',
      summary: 'Sent: Letter of medical necessity (version 3)',
      referenceNumber: 'FAX-1',
    });
    const docx = expectOk(
      await gql<{ renderLetter: { downloadUrl: string } }>(render, { id: gen.id, f: 'docx' }),
    ).renderLetter;
    const d = await fetch(`${api.url}${docx.downloadUrl}`);
    expect(
      Buffer.from(await d.arrayBuffer())
        .subarray(0, 2)
        .toString('latin1'),
    ).toBe('PK');
  });

  it('builds the packet after commit with progress, then serves it through a signed link', async () => {
    const appeal = expectOk(
      await gql<{ generateLetter: { id: string } }>(
        `mutation($i: GenerateLetterInput!) { generateLetter(input: $i) { id } }`,
        { i: { caseId, kind: 'level1_appeal' } },
      ),
    ).generateLetter;
    const queued = expectOk(
      await gql<{ buildPacket: { id: string; status: string } }>(
        `mutation($c: ID!, $l: ID) { buildPacket(caseId: $c, letterId: $l) { id status } }`,
        { c: caseId, l: appeal.id },
      ),
    ).buildPacket;
    expect(queued.status).toBe('queued');
    // The API only queues the build: the packet waits until a worker takes the `packets` queue.
    await new Promise((r) => setTimeout(r, 500));
    const waiting = expectOk(
      await gql<{ packet: { status: string }; jobProgress: { state: string } }>(
        `query($id: ID!, $k: String!) { packet(id: $id) { status } jobProgress(queue: packets, key: $k) { state } }`,
        { id: queued.id, k: queued.id },
      ),
    );
    expect(waiting).toEqual({ packet: { status: 'queued' }, jobProgress: { state: 'waiting' } });
    const worker = await startInProcessWorker(api, { imports: [PacketsWorkerModule] });
    onTestFinished(() => worker.close());
    type P = {
      status: string;
      progress: number;
      totalPages: number;
      sha256: string;
      errorCode: string | null;
      downloadUrl: string | null;
      manifest: {
        totalPages: number;
        exhibits: Array<{ label: string; sealSha256: string; packetPageFrom: number }>;
      } | null;
    };
    let p: P | null = null;
    for (let i = 0; i < 100; i += 1) {
      p = expectOk(
        await gql<{ packet: P }>(
          `query($id: ID!) { packet(id: $id) { status progress totalPages sha256 errorCode downloadUrl manifest { totalPages exhibits { label sealSha256 packetPageFrom } } } }`,
          { id: queued.id },
        ),
      ).packet;
      if (p.status === 'done' || p.status === 'failed') break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(p!.errorCode).toBeNull();
    expect(p!.status).toBe('done');
    expect(p!.progress).toBe(100);
    // The build ran as a job on the `packets` queue, with its progress on the job as well.
    const job = expectOk(
      await gql<{
        jobProgress: { state: string; progress: { done: number; total: number } | null };
      }>(
        `query($k: String!) { jobProgress(queue: packets, key: $k) { state progress { done total } } }`,
        { k: queued.id },
      ),
    ).jobProgress;
    expect(job.state).toBe('completed');
    expect(job.progress).toEqual({ done: 100, total: 100 });
    const bytes = new Uint8Array(await (await fetch(`${api.url}${p!.downloadUrl!}`)).arrayBuffer());
    const back = await readPdf(bytes);
    expect(back.pages.length).toBe(p!.totalPages);
    expect(back.outline).toContain('Exhibit A — Chart notes');
    const a1 = p!.manifest!.exhibits[0]!;
    expect(back.pages[a1.packetPageFrom - 1]).toContain('Exhibit A — page 1 of 2');
    expect(back.pages[a1.packetPageFrom - 1]).toContain('PT twice weekly since 2024-12-01');
    const seal = (await owner.query(`select seal_sha256 from exhibits where id = $1`, [exhibitId]))
      .rows[0].seal_sha256;
    expect(a1.sealSha256).toBe(seal);
    // After a reload the case lists its packets, newest first, each with a fresh link.
    const second = expectOk(
      await gql<{ buildPacket: { id: string } }>(
        `mutation($c: ID!) { buildPacket(caseId: $c) { id } }`,
        { c: caseId },
      ),
    ).buildPacket;
    type Listed = {
      id: string;
      status: string;
      totalPages: number | null;
      downloadUrl: string | null;
    };
    const listed = expectOk(
      await gql<{ casePackets: Listed[] }>(
        `query($c: ID!) { casePackets(caseId: $c) { id status totalPages downloadUrl } }`,
        { c: caseId },
      ),
    ).casePackets;
    expect(listed.map((x) => x.id)).toEqual([second.id, queued.id]);
    expect(listed[1]).toMatchObject({ status: 'done', totalPages: p!.totalPages });
    expect(listed[1]!.downloadUrl).toMatch(/^\/api\/files\//);
    const one = expectOk(
      await gql<{ casePackets: Listed[] }>(
        `query($c: ID!) { casePackets(caseId: $c, first: 1) { id status totalPages downloadUrl } }`,
        { c: caseId },
      ),
    ).casePackets;
    expect(one.map((x) => x.id)).toEqual([second.id]);
    expect(
      errorCode(
        await gql(`query($c: ID!) { casePackets(caseId: $c, first: 0) { id } }`, { c: caseId }),
      ),
    ).toBe('BAD_USER_INPUT');
    // Another workspace cannot see the case, so it cannot list its packets.
    expect(
      errorCode(
        await gql(`query($c: ID!) { casePackets(caseId: $c) { id } }`, { c: caseId }, b.headers),
      ),
    ).toBe('NOT_FOUND');
  });

  it('a policy PDF splits into criteria; scans cannot be cited; a re-upload never moves a sealed exhibit; letterhead renders', async () => {
    const other = expectOk(
      await gql<{ createAppealCase: { id: string } }>(
        `mutation($i: CreateAppealCaseInput!) { createAppealCase(input: $i) { id } }`,
        { i: { payerName: 'Acme Health Plan', regime: 'medicaid_managed_care' } },
      ),
    ).createAppealCase.id;
    const policy = await renderTestPdf([
      { text: 'Cover page of the medical policy' },
      {
        text: 'Coverage requires ONE of the following:\n1. Failed NSAIDs for 4 weeks\n2. Failed physical therapy for 6 weeks',
      },
    ]);
    const policyDoc = expectOk(
      await gql<{ attachCaseDocument: { id: string } }>(
        `mutation($i: AttachCaseDocumentInput!) { attachCaseDocument(input: $i) { id } }`,
        {
          i: {
            caseId: other,
            documentId: await upload(policy.bytes, 'policy.pdf'),
            kind: 'medical_policy',
          },
        },
      ),
    ).attachCaseDocument.id;
    const split = expectOk(
      await gql<{
        splitCriteriaFromDocument: Array<{
          ref: string;
          sourcePage: number;
          sourceCaseDocumentId: string;
        }>;
      }>(
        `mutation($i: SplitCriteriaFromDocumentInput!) { splitCriteriaFromDocument(input: $i) { ref sourcePage sourceCaseDocumentId } }`,
        {
          i: { caseId: other, caseDocumentId: policyDoc, pageFrom: 2, pageTo: 2, policyId: 'MM-7' },
        },
      ),
    ).splitCriteriaFromDocument;
    expect(split).toEqual([
      { ref: '1', sourcePage: 2, sourceCaseDocumentId: policyDoc },
      { ref: '2', sourcePage: 2, sourceCaseDocumentId: policyDoc },
    ]);
    const set = expectOk(
      await gql<{ caseCriteria: { rootGroup: string; policyId: string } }>(
        `query($c: ID!) { caseCriteria(caseId: $c) { rootGroup policyId } }`,
        { c: other },
      ),
    );
    expect(set.caseCriteria).toEqual({ rootGroup: 'any', policyId: 'MM-7' });

    // A scan has no text layer: it cannot become an exhibit until OCR has run.
    const scan = expectOk(
      await gql<{ attachCaseDocument: { id: string; status: string } }>(
        `mutation($i: AttachCaseDocumentInput!) { attachCaseDocument(input: $i) { id status } }`,
        {
          i: {
            caseId: other,
            documentId: await upload(stripedPng(400, 300), 'scan.png'),
            kind: 'imaging_report',
          },
        },
      ),
    ).attachCaseDocument;
    expect(scan.status).toBe('needs_ocr');
    const refused = await gql(
      `mutation($i: CreateExhibitInput!) { createExhibit(input: $i) { id } }`,
      {
        i: { caseId: other, caseDocumentId: scan.id, pageFrom: 1, pageTo: 1 },
      },
    );
    expect(refused.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'DOCUMENT_NOT_READY',
    });

    // Uploading a corrected chart is another document: the sealed exhibit keeps its pages and seal.
    const before = (
      await owner.query(`select seal_sha256, document_id, page_texts from exhibits where id = $1`, [
        exhibitId,
      ])
    ).rows[0];
    const corrected = await renderTestPdf(
      CHART.map((text) => ({ text: text.replace('absent', 'diminished') })),
    );
    const newDoc = await upload(corrected.bytes, 'chart-v2.pdf');
    expect(newDoc).not.toBe(before.document_id);
    expectOk(
      await gql(`mutation($i: AttachCaseDocumentInput!) { attachCaseDocument(input: $i) { id } }`, {
        i: { caseId, documentId: newDoc, kind: 'chart_notes' },
      }),
    );
    expect(
      (
        await owner.query(
          `select seal_sha256, document_id, page_texts from exhibits where id = $1`,
          [exhibitId],
        )
      ).rows[0],
    ).toEqual(before);

    expectOk(
      await gql(`mutation($i: LetterheadInput!) { updateLetterhead(input: $i) { organization } }`, {
        i: {
          organization: 'Lakeside Neurology',
          addressLines: ['1 Lake Rd'],
          signerName: 'Dr. Ana Ruiz',
          signerTitle: 'Neurologist',
        },
      }),
    );
    const letter = expectOk(
      await gql<{ generateLetter: { id: string } }>(
        `mutation($i: GenerateLetterInput!) { generateLetter(input: $i) { id } }`,
        { i: { caseId: other, kind: 'claim_file_request' } },
      ),
    ).generateLetter;
    const r = expectOk(
      await gql<{ renderLetter: { downloadUrl: string } }>(
        `mutation($id: ID!) { renderLetter(id: $id, format: pdf) { downloadUrl } }`,
        { id: letter.id },
      ),
    ).renderLetter;
    const text = (
      await readPdf(new Uint8Array(await (await fetch(`${api.url}${r.downloadUrl}`)).arrayBuffer()))
    ).pages.join('\n');
    expect(text).toContain('Lakeside Neurology');
    expect(text).toContain('Dr. Ana Ruiz');
    expect(text).toContain('42 CFR 438.406(b)(5)');
    expect(text).toContain('DRAFT');
  });
});
