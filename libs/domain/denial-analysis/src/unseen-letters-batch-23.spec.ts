// Layouts and wording first met on the twenty-third batch of unseen letters (corpus files
// `u23a-*` … `u23d-*`, scored before any change). Short invented letters, so a fix that only fits
// those letters fails here.
import { describe, expect, it } from 'vitest';
import { analyse, cueCategory } from './test-fixtures/analyse.test-helper';

describe('batch 23', () => {
  it('reads "it has NOT been\\ndenied" across a line break as a pended claim, not a denial', () => {
    const r = analyse(
      'Claim 26-410 (billed $48,712.36) is pended. That means it is sitting in a hold queue: it has NOT been\ndenied. Pend reason: P17 - detailed itemization of charges required. Please send the itemized bill within 45 days.',
    );
    expect(r.documentKind.value).toBe('request_for_information');
    expect(r.deadlines).toEqual([]);
  });

  it('reads the date closing a one-line letterhead after " - "', () => {
    const r = analyse(
      'LAKESHORE DENTAL (Medicaid managed care plan) - Notice of Adverse Benefit Determination - June 4, 2025\nDenied: D2392 (filling, 2 surfaces), tooth #19, done 05/19/2025, $164.00 billed.\nTo appeal, write within 60 days from the date of this notice.',
    );
    expect(r.fields.noticeDate?.value).toBe('2025-06-04');
    expect(r.fields.cptHcpcs?.value).toEqual(['D2392']);
    expect(r.fields.serviceDates?.value).toEqual(['2025-05-19']);
  });

  it('reads "surfaces do not match the code" as coding', () => {
    expect(
      cueCategory(
        'Why: the claim lists one surface, and the surfaces do not match the code billed.',
      ),
    ).toBe('coding_billing');
  });

  it('reads "an assistant surgeon is not paid for this procedure" as coding', () => {
    expect(
      cueCategory(
        'NOT PAID. An assistant surgeon is not paid for this procedure under the fee schedule.',
      ),
    ).toBe('coding_billing');
  });

  it('reads a named practice that "does not have a contract with" the plan as out of network', () => {
    expect(
      cueCategory(
        'Dr. Achterberg and the University Clinic do not have a contract with Silver Pine, and a contracted specialist can see you within 30 days.',
      ),
    ).toBe('out_of_network');
  });

  it('reads "no FDA approval" and "early-phase trials" as experimental without the word', () => {
    expect(
      cueCategory(
        'This vaccine has no FDA approval for any use, and the only results come from early-phase trials, so its safety and benefit are not yet established.',
      ),
    ).toBe('experimental_investigational');
  });

  it('takes "Medicare (MBI):" as the member id label', () => {
    const r = analyse(
      'Patient:              R. Ostrowski\nMedicare (MBI):        3QK7UF4JP62\nLine 2 denied: CO-18 duplicate.',
    );
    expect(r.fields.memberId?.value).toBe('3QK7UF4JP62');
  });

  it('counts "180 days from the day you receive this summary" from receipt', () => {
    const r = analyse(
      'Claim summary 04/02/2026. Lines 2 and 3 were denied: no prior authorization.\nAppeal in writing within 180 days from the day you receive this summary.',
    );
    expect(r.fields.statedDeadline?.value).toMatchObject({ days: 180, anchor: 'receipt' });
  });

  it('masks <<MAIL-MERGE FIELDS>> so their words never vote', () => {
    const r = analyse(
      "Adverse Benefit Determination: Service Considered Experimental or Investigational\nDear <<MEMBER NAME>>:\nThe service is experimental for your condition.\n<<SUMMARY OF REVIEWER RATIONALE TIED TO THE\nPATIENT'S RECORDS>>",
      { categoryModel: null },
    );
    expect(r.categoryEvidence.cues.map((c) => c.cue)).not.toContain('reviewer_rationale');
    expect(r.category).toBe('experimental_investigational');
  });

  it('does not read the payer\'s own "We have decided NOT to pay for" as a benefit exclusion', () => {
    expect(
      cueCategory('We have decided NOT to pay for the item(s) or service(s) listed below.'),
    ).not.toBe('eligibility_coverage');
    expect(
      cueCategory('Your employer has chosen not to include hearing aids in your benefits.'),
    ).toBe('eligibility_coverage');
  });

  it.each([
    'We said yes to 12 visits. We said no to the other 12 visits.',
    'Starting July 1, Sweetgrass will approve 20 hours a week instead. The other 20 hours a week will stop on that date.',
    'HOURS APPROVED  20 hours per week\nCHANGE          Cut by 15 hours per week',
    'We are REDUCING your home health aide visits from 5 to 3 a week.',
  ])('reads a reduction as a partial denial: %j', (line) => {
    const r = analyse(`Notice date: 06/01/2025\nWhat we decided about home health care.\n${line}`);
    expect(r.documentKind.value).toBe('partial_denial');
  });
});
