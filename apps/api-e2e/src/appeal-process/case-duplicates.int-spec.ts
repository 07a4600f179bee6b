import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clinicDay, errorCode, expectOk } from '@claimlane/testing';
import { processFixture, type ProcessFixture } from './process-fixture';

interface CaseView {
  id: string;
  denial: { id: string };
  deadlines: Array<{ kind: string; status: string }>;
  timeline: Array<{ kind: string; summary: string }>;
}
const FIELDS = `id denial { id } deadlines { kind status } timeline { kind summary }`;

/** Duplicates are warned and linked, never merged; a case opens from an existing denial (issue 9). */
describe('duplicate cases and cases from existing denials', () => {
  let f: ProcessFixture;
  beforeAll(async () => {
    f = await processFixture();
  });
  afterAll(async () => f?.close());

  const get = async (id: string) =>
    expectOk(
      await f.api.gql<{ appealCase: CaseView }>(
        `query($id: ID!) { appealCase(id: $id) { ${FIELDS} } }`,
        { id },
        f.tenant.headers,
      ),
    ).appealCase;
  const duplicates = async (caseId: string) =>
    expectOk(
      await f.api.gql<{
        possibleDuplicates: Array<{ denialId: string; caseId: string | null; reasons: string[] }>;
      }>(
        `query($id: ID!) { possibleDuplicates(caseId: $id) { denialId caseId reasons } }`,
        { id: caseId },
        f.tenant.headers,
      ),
    ).possibleDuplicates;
  const fromDenial = (denialId: string) =>
    f.api.gql<{ createAppealCase: { id: string } }>(
      `mutation($i: CreateAppealCaseInput!) { createAppealCase(input: $i) { id } }`,
      { i: { denialId } },
      f.tenant.headers,
    );
  /** A denial with no case, as an 835 import leaves it (owner connection). */
  const bareDenial = async (claim: { claimNumber?: string; pccn?: string }, letter?: string) => {
    const [payer] = await f.sql<{ id: string }>(
      `select id from payers where tenant_id = $1 and lower(name) = lower('Keystone Benefit Administrators')`,
      [f.tenant.id],
    );
    const [cl] = await f.sql<{ id: string }>(
      `insert into claims (tenant_id, payer_id, claim_number, payer_claim_control_number, source)
       values ($1, $2, $3, $4, 'remittance_835') returning id`,
      [f.tenant.id, payer!.id, claim.claimNumber ?? null, claim.pccn ?? null],
    );
    const [d] = await f.sql<{ id: string }>(
      `insert into denials (tenant_id, claim_id, payer_id, regime, category, notice_date, letter_text)
       values ($1, $2, $3, 'erisa_group_health', 'medical_necessity', $5, $4) returning id`,
      // The clinic's day: Postgres's current_date is UTC's, a day ahead in the American evening.
      [f.tenant.id, cl!.id, payer!.id, letter ?? null, clinicDay()],
    );
    return d!.id;
  };

  it('the same claim twice makes two cases, each warned and linked to the other', async () => {
    const a = await f.createCase({ claimNumber: 'DUP-1001', title: 'first' });
    const b = await f.createCase({ claimNumber: 'DUP-1001', title: 'second' });
    expect(b.id).not.toBe(a.id);
    const warned = (await get(b.id)).timeline.find((e) => e.kind === 'possible_duplicate');
    expect(warned?.summary).toContain(a.id);
    expect(
      (await get(a.id)).timeline.find((e) => e.kind === 'possible_duplicate')?.summary,
    ).toContain(b.id);
    expect(await duplicates(b.id)).toEqual([
      expect.objectContaining({ caseId: a.id, reasons: ['same_claim_number'] }),
    ]);
  });

  it('an 835 denial for the letter case claim is linked; createAppealCase(denialId) opens its case once', async () => {
    const letterCase = await f.createCase({ claimNumber: 'DUP-2002' });
    const remit = await bareDenial({ claimNumber: 'DUP-2002', pccn: 'PCCN-77' });
    expect(await duplicates(letterCase.id)).toEqual([
      expect.objectContaining({ denialId: remit, caseId: null, reasons: ['same_claim_number'] }),
    ]);
    const opened = expectOk(await fromDenial(remit)).createAppealCase;
    const view = await get(opened.id);
    expect(view.denial.id).toBe(remit);
    expect(
      view.deadlines.some((d) => d.kind === 'member_appeal_filing' && d.status === 'open'),
    ).toBe(true);
    expect(view.timeline.find((e) => e.kind === 'possible_duplicate')?.summary).toContain(
      letterCase.id,
    );
    const again = await fromDenial(remit);
    expect(errorCode(again)).toBe('CONFLICT');
    expect(again.errors?.[0]?.extensions?.['caseId']).toBe(opened.id);
    expect(errorCode(await fromDenial('00000000-0000-4000-8000-000000000000'))).toBe('NOT_FOUND');
  });

  it('the same letter twice is flagged as the same letter', async () => {
    const letter = `Dear member, your claim ${Date.now()} is denied as not medically necessary.`;
    const first = await bareDenial({}, letter);
    const second = await bareDenial({}, letter);
    const a = expectOk(await fromDenial(first)).createAppealCase;
    const b = expectOk(await fromDenial(second)).createAppealCase;
    expect(await duplicates(b.id)).toEqual([
      expect.objectContaining({ denialId: first, caseId: a.id, reasons: ['same_letter'] }),
    ]);
  });
});
