import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeDenial } from '@claimlane/domain-denial-analysis';
import { generate835, parse835 } from '@claimlane/domain-x12';
import {
  corpusLetter,
  corpusRemittance,
  renderTestPdf,
  representativeLetters,
} from '@claimlane/testing-fixtures';
import { denialOf } from '@claimlane/server-remittances';
import {
  addMember,
  bearer,
  createTestTenant,
  errorCode,
  expectOk,
  startTestApi,
  type TestApi,
  type TestTenant,
  clinicDay,
} from '@claimlane/testing';

// Everything comes from the repository: one letter of each format family of the letter corpus,
// and the 835 corpus of libs/domain/x12.
const letters = representativeLetters();
const letter = (id: string) => corpusLetter(id).text;
const remittance = (name: string) => corpusRemittance(name).bytes.toString('utf8');
// An ERISA medical-necessity plan letter: dated, with claim number, codes and amount.
const MN_LETTER = 'plan-letter/erisa-medical-necessity';

describe('Record Check, intake and remittance import through the API', () => {
  let api: TestApi;
  let t: TestTenant;
  let owner: Client;
  beforeAll(async () => {
    api = await startTestApi({ MAX_LETTER_CHARS: '60000', LOG_LEVEL: 'error' });
    t = await createTestTenant(api);
    owner = new Client({ connectionString: api.db.ownerUrl });
    await owner.connect();
  });
  afterAll(async () => {
    await owner?.end();
    await api?.close();
  });

  const count = async (table: string) =>
    Number((await owner.query(`select count(*) as n from ${table}`)).rows[0].n);
  const upload = async (
    bytes: Buffer,
    name: string,
    headers: Record<string, string> = t.headers,
  ) => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)]), name);
    const res = await fetch(`${api.url}/documents`, { method: 'POST', headers, body: form });
    return {
      status: res.status,
      body: (await res.json()) as Record<string, unknown> & {
        errors?: Array<{ extensions: { code: string; reason?: string } }>;
      },
    };
  };

  it('recordCheck is public, returns the engine document for a letter of every format family, and stores nothing', async () => {
    const before = await count('denials');
    for (const l of letters) {
      const f = l.file;
      const text = l.text;
      const res = expectOk(
        await api.gql<{ recordCheck: Record<string, unknown> }>(
          `query($t: String!) { recordCheck(text: $t) }`,
          { t: text },
        ),
      );
      const doc = res.recordCheck;
      const truth = l.expected.truth;
      const gaps = l.expected.knownGaps;
      if (truth.category !== null && !gaps.includes('category'))
        expect(doc['category'], f).toBe(truth.category);
      if (!gaps.includes('regime')) expect(doc['regime'], f).toBe(truth.regime);
      expect((doc['documentKind'] as { value: string }).value, f).toBe(truth.documentKind);
      for (const k of [
        'fields',
        'disclosures',
        'deadlines',
        'findings',
        'nextQuestions',
        'strongestGround',
        'carc',
        'rarc',
      ])
        expect(doc, `${f} ${k}`).toHaveProperty(k);
      // The same document the engine (and `claimlane check --json`) produces.
      expect(
        JSON.parse(
          // The public check has no clinic: its "today" is UTC's.
          JSON.stringify(analyzeDenial(text, { asOf: new Date().toISOString().slice(0, 10) })),
        ),
      ).toEqual(doc);
    }
    expect(await count('denials')).toBe(before);
  });

  it('refuses empty, binary and over-long text with clear codes', async () => {
    const q = `query($t: String!) { recordCheck(text: $t) }`;
    expect(errorCode(await api.gql(q, { t: '   ' }))).toBe('BAD_USER_INPUT');
    const junk = await api.gql(q, {
      t: Array.from({ length: 2000 }, (_, i) => String.fromCharCode((i * 7919) % 32)).join(''),
    });
    expect(errorCode(junk)).toBe('BAD_USER_INPUT');
    expect(errorCode(await api.gql(q, { t: 'x'.repeat(60_001) }))).toBe('PAYLOAD_TOO_LARGE');
    expect(errorCode(await api.gql(q, { t: letter(MN_LETTER), f: 1 }))).toBeUndefined();
  });

  it('createCaseFromDenial stores the denial, its findings and its deadlines, and shows them on the case', async () => {
    const text = letter(MN_LETTER);
    const truth = corpusLetter(MN_LETTER).expected.truth;
    const c = expectOk(
      await api.gql<{
        createCaseFromDenial: {
          id: string;
          amountAtStake: number;
          denial: {
            id: string;
            category: string;
            regime: string;
            noticeDate: string;
            carc: string[];
          };
          claim: {
            claimNumber: string;
            cptHcpcs: string[];
            icd10: string[];
            patient: { lastName: string; memberId: string };
          };
          payer: { name: string };
          findings: Array<{ kind: string; element: string | null; citation: string }>;
          deadlines: Array<{ kind: string; due: string; rule: string; citation: string }>;
        };
      }>(
        `mutation($i: CreateCaseFromDenialInput!) { createCaseFromDenial(input: $i) {
          id amountAtStake payer { name }
          denial { id category regime noticeDate carc }
          claim { claimNumber cptHcpcs icd10 patient { lastName memberId } }
          findings { kind element citation }
          deadlines { kind due rule citation } } }`,
        { i: { text } },
        t.headers,
      ),
    ).createCaseFromDenial;
    const a = analyzeDenial(text, { asOf: clinicDay() });
    expect(c.denial).toMatchObject({
      category: 'medical_necessity',
      regime: 'erisa_group_health',
      noticeDate: a.fields.noticeDate!.value,
    });
    expect(c.claim).toMatchObject({
      claimNumber: truth.fields.claimNumber,
      cptHcpcs: truth.fields.cptHcpcs,
      icd10: truth.fields.icd10,
      patient: { memberId: truth.fields.memberId },
    });
    expect(text).toContain(c.claim.patient.lastName);
    expect(c.amountAtStake).toBe(truth.fields.deniedAmount);
    expect(c.findings.map((f) => f.kind).sort()).toEqual(a.findings.map((f) => f.kind).sort());
    expect(c.findings.map((f) => f.element ?? null).sort()).toEqual(
      a.findings.map((f) => f.element ?? null).sort(),
    );
    const filing = c.deadlines.find((d) => d.kind === 'member_appeal_filing');
    expect(filing?.due).toBe(a.deadlines.find((d) => d.kind === 'member_appeal_filing')!.due);
    expect(filing?.citation).toContain('2560.503-1');
    // Re-analysis keeps the team's corrections as facts.
    expectOk(
      await api.gql(
        `mutation($i: UpdateDenialInput!) { updateDenial(input: $i) { id } }`,
        { i: { id: c.denial.id, regime: 'aca_individual' } },
        t.headers,
      ),
    );
    const re = expectOk(
      await api.gql<{ reanalyzeDenial: { regime: string; analysis: { regime: string } } }>(
        `mutation($id: ID!) { reanalyzeDenial(id: $id) { regime analysis } }`,
        { id: c.denial.id },
        t.headers,
      ),
    );
    expect(re.reanalyzeDenial.regime).toBe('aca_individual');
    expect(re.reanalyzeDenial.analysis.regime).toBe('aca_individual');
    expect(
      errorCode(
        await api.gql(`mutation { createCaseFromDenial(input: {}) { id } }`, {}, t.headers),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      errorCode(
        await api.gql(
          `mutation($i: CreateCaseFromDenialInput!) { createCaseFromDenial(input: $i) { id } }`,
          { i: { text } },
        ),
      ),
    ).toBe('UNAUTHENTICATED');
  });

  it('uploads: a PDF letter becomes a case; scans wait for OCR; encrypted and unknown files are refused', async () => {
    const text = letter('medicaid-nabd/mcd-out-of-network');
    const letterPdf = (await renderTestPdf([{ text }], { font: 'Courier', fontSize: 9 })).bytes;
    const up = await upload(letterPdf, 'letter.pdf');
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({
      kind: 'denial_letter',
      status: 'ready',
      needsOcr: false,
      duplicate: false,
    });
    const again = await upload(letterPdf, 'same.pdf');
    expect(again.body).toMatchObject({ id: up.body['id'], duplicate: true });
    const c = expectOk(
      await api.gql<{ createCaseFromDenial: { denial: { category: string; regime: string } } }>(
        `mutation($i: CreateCaseFromDenialInput!) { createCaseFromDenial(input: $i) { denial { category regime } } }`,
        { i: { documentId: up.body['id'] } },
        t.headers,
      ),
    ).createCaseFromDenial;
    expect(c.denial).toEqual({ category: 'out_of_network', regime: 'medicaid_managed_care' });

    const scan = await upload((await renderTestPdf([{ shapes: true }])).bytes, 'scan.pdf');
    expect(scan.body).toMatchObject({ status: 'needs_ocr', needsOcr: true });
    const ocr = await api.gql(
      `mutation($i: CreateCaseFromDenialInput!) { createCaseFromDenial(input: $i) { id } }`,
      { i: { documentId: scan.body['id'] } },
      t.headers,
    );
    expect(errorCode(ocr)).toBe('CONFLICT');

    const locked = await upload(
      (
        await renderTestPdf([{ text: 'secret' }], {
          userPassword: 'pw',
          ownerPassword: 'pw',
          pdfVersion: '1.7',
        })
      ).bytes,
      'locked.pdf',
    );
    expect(locked.status).toBe(400);
    expect(locked.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'DOCUMENT_ENCRYPTED',
    });
    const junk = await upload(
      Buffer.from([0x7f, 0x45, 0x4c, 0x46, 1, 2, 3, 4, 5, 6, 7, 8]),
      'x.bin',
    );
    expect(junk.status).toBe(400);
    const anon = await upload(letterPdf, 'letter.pdf', {});
    expect(anon.status).toBe(401);
    const viewer = await addMember(api, t, 'VIEWER');
    expect((await upload(letterPdf, 'letter.pdf', bearer(viewer, t.id))).status).toBe(403);
    const audit = await owner.query(
      `select count(*)::int as n from audit_events where tenant_id = $1 and action = 'uploadDocument'`,
      [t.id],
    );
    expect(audit.rows[0].n).toBe(2);
  });

  it('importRemittance turns denied claims into claims and denials, idempotently; broken files leave nothing', async () => {
    const tt = await createTestTenant(api);
    // One Medicaid claim denied CO-16 with remark N14 (libs/domain/x12/corpus).
    const edi = remittance('medicaid-denied-lq.835');
    const deniedInFile = parse835(edi)
      .claims.map((cl) => denialOf(cl))
      .filter((d) => d !== null && d !== undefined);
    const Q = `mutation($f: RemittanceFileInput!) { importRemittance(file: $f) { claimsRead deniedClaims claimsCreated denialsCreated alreadyImported totalDenied payers errors { code } } }`;
    const first = expectOk(
      await api.gql<{ importRemittance: Record<string, unknown> }>(
        Q,
        { f: { content: edi } },
        tt.headers,
      ),
    ).importRemittance;
    expect(first).toMatchObject({
      claimsRead: 1,
      deniedClaims: 1,
      claimsCreated: 1,
      denialsCreated: 1,
      alreadyImported: 0,
      totalDenied: deniedInFile.reduce((a, d) => a + d!.deniedAmount, 0),
    });
    const denial = (
      await owner.query(`select category, carc, rarc from denials where tenant_id = $1`, [tt.id])
    ).rows[0];
    expect(denial).toMatchObject({ category: 'missing_information' });
    expect(denial.carc).toContain('CO-16');
    expect(denial.rarc).toContain('N14');
    const second = expectOk(
      await api.gql<{ importRemittance: Record<string, unknown> }>(
        Q,
        { f: { content: edi } },
        tt.headers,
      ),
    ).importRemittance;
    expect(second).toMatchObject({ claimsCreated: 0, denialsCreated: 0, alreadyImported: 1 });
    // Paid claims with only routine adjustments (CO-45, PR-1) are not denials.
    const managed = expectOk(
      await api.gql<{ importRemittance: Record<string, unknown> }>(
        Q,
        { f: { content: remittance('managed-care-retired-carc.835') } },
        tt.headers,
      ),
    ).importRemittance;
    expect(managed).toMatchObject({ claimsRead: 2, deniedClaims: 0, claimsCreated: 0 });

    const generated = generate835({ claims: 300, deniedRatio: 0.2, seed: 7 });
    const expectedDenied = parse835(generated).claims.filter((c) => denialOf(c)).length;
    const viaUpload = await upload(Buffer.from(generated), 'remit.835', tt.headers);
    expect(viaUpload.body).toMatchObject({ kind: 'remittance_835', status: 'ready' });
    const gen = expectOk(
      await api.gql<{ importRemittance: { deniedClaims: number; denialsCreated: number } }>(
        Q,
        { f: { documentId: viaUpload.body['id'] } },
        tt.headers,
      ),
    ).importRemittance;
    expect(gen).toMatchObject({ deniedClaims: expectedDenied, denialsCreated: expectedDenied });

    const before = {
      claims: await count('claims'),
      denials: await count('denials'),
      patients: await count('patients'),
    };
    const truncated = generate835({ claims: 50, deniedRatio: 0.5, seed: 9 });
    const cut = await api.gql(
      Q,
      { f: { content: truncated.slice(0, Math.floor(truncated.length * 0.7)) } },
      tt.headers,
    );
    expect(errorCode(cut)).toBe('BAD_USER_INPUT');
    expect(cut.errors?.[0]?.extensions?.['reason']).toBe('X12_TRUNCATED');
    const garbage = await api.gql(Q, { f: { content: 'ISA*this is not an 835' } }, tt.headers);
    expect(errorCode(garbage)).toBe('BAD_USER_INPUT');
    expect({
      claims: await count('claims'),
      denials: await count('denials'),
      patients: await count('patients'),
    }).toEqual(before);
  });
});

describe('recordCheck rate limit', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ RECORD_CHECK_IP_LIMIT_PER_MINUTE: '2' });
  });
  afterAll(async () => api?.close());

  it('answers RATE_LIMITED past the per-IP limit', async () => {
    const q = `query($t: String!) { recordCheck(text: $t) }`;
    const text = letter('plan-letter/erisa-coordination-of-benefits');
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await api.gql(q, { t: text }));
    expect(answers.map((a) => errorCode(a))).toEqual([undefined, undefined, 'RATE_LIMITED']);
    // The wait is in the error and in the header HTTP clients read; allowed answers carry none.
    const wait = answers[2]!.errors![0]!.extensions!['retryAfterSeconds'] as number;
    expect(wait).toBeGreaterThan(0);
    expect(answers[2]!.headers.get('retry-after')).toBe(String(wait));
    expect(answers[0]!.headers.get('retry-after')).toBeNull();
  });
});
