// Wording first met on the thirty-ninth batch of unseen letters (corpus files `b39a-*` …
// `b39d-*`, scored before any change). Short invented letters, so a fix that only fits those
// letters fails here.
import { describe, expect, it } from 'vitest';
import { analyse, cueCategory, disclosureStatus } from './test-fixtures/analyse.test-helper';

describe('batch 39: tables', () => {
  it('names numbered columns from their legend and reads only the refused line of several claims', () => {
    const text = [
      'Statement date ....... 04/02/2026',
      'Member ID ............ KVH 4410-22817-02',
      'Columns:  (1) Provider charged  (2) Plan approved  (3) Plan paid',
      '          (4) You may owe       (5) Remark',
      '',
      'CLAIM 1   Claim no. K2603-0010001',
      ' Svc date    Service (code)                         (1)      (2)     (3)    (4)   (5)',
      ' 03/02/2026  Office visit (99213)                  150.00    90.00   75.00  15.00  CP',
      '',
      'CLAIM 2   Claim no. K2603-0010002',
      ' Svc date    Service (code)                         (1)      (2)     (3)    (4)   (5)',
      ' 03/09/2026  Thyroid test (84443)                   48.00     0.00    0.00   0.00  NC2',
      '',
      'NC2  This test does not meet our coverage guidelines for the diagnosis sent.',
    ].join('\n');
    const r = analyse(text);
    expect(r.fields.cptHcpcs?.value).toEqual(['84443']);
    expect(r.fields.deniedAmount?.value).toBe(48);
    expect(r.fields.claimNumber?.value).toBe('K2603-0010002');
    expect(r.fields.memberId?.value).toBe('KVH 4410-22817-02');
  });

  it('reads a boxed header whose first line names no column word, its "Non-Covered Charges" refused', () => {
    const text = [
      'Medicare Summary Notice for Part A',
      ' +-----------------+---------+-----------+-----------+----------+',
      ' | Claim Number /  | Claim   | Non-      | Amount    | Maximum  |',
      ' | Dates of        | Approv- | Covered   | Medicare  | You May  |',
      ' | Service         | ed?     | Charges   | Paid      | Be Billed|',
      ' +-----------------+---------+-----------+-----------+----------+',
      ' | 21900011122233  | Yes     |     $0.00 | $9,100.00 |  $400.00 |',
      ' +-----------------+---------+-----------+-----------+----------+',
      ' | 21900011122244  | No      | $5,120.00 |     $0.00 | $5,120.00|',
      ' +-----------------+---------+-----------+-----------+----------+',
    ].join('\n');
    expect(analyse(text).fields.deniedAmount?.value).toBe(5120);
  });

  it('reads a pipe table that decides each row: only the rows not approved, codes closing cells', () => {
    const text = [
      'Request number: 25-0901-ST-1182',
      '| # | Service and code        | Dates asked for | Our decision |',
      '|---|-------------------------|-----------------|--------------|',
      '| 1 | Speech evaluation       | 10/01/2025      | APPROVED     |',
      '|   | - 92523                 |                 |              |',
      '|---|-------------------------|-----------------|--------------|',
      '| 2 | Speech treatment,       | 10/06/2025      | NOT APPROVED |',
      '|   | individual - 92507      |                 |              |',
      'We did not have the papers we need to decide line 2.',
    ].join('\n');
    const r = analyse(text);
    expect(r.fields.cptHcpcs?.value).toEqual(['92507']);
    expect(r.category).toBe('missing_information');
  });

  it('reads a short ICD code in a boxed diagnosis column under a dotted one', () => {
    const r = analyse(
      [
        'Claim 4410 was denied.',
        '| Diagnoses          | F80.1  Expressive language disorder     |',
        '|                    | F82    Developmental disorder of motor  |',
      ].join('\n'),
    );
    expect(r.fields.icd10?.value).toEqual(['F80.1', 'F82']);
  });
});

describe('batch 39: dates, ids and windows', () => {
  it('dates the notice from "19-Nov-2025" and "This letter, issued on …"', () => {
    expect(
      analyse('Date: 19-Nov-2025\nWe denied payment for 11102.').fields.noticeDate?.value,
    ).toBe('2025-11-19');
    expect(
      analyse('This letter, issued on May 2, 2025, confirms the approval of 47562.').fields
        .noticeDate?.value,
    ).toBe('2025-05-02');
  });

  it('reads "Service authorization:" and "Claim reviewed:" labels', () => {
    expect(
      analyse(
        'Medicaid ID: ME1102233\nService authorization: PA-25-0101-7712\nWe will reduce your hours.',
      ).fields.claimNumber?.value,
    ).toBe('PA-25-0101-7712');
    expect(
      analyse(
        'Member ID: U8810-2231-01\n     Claim reviewed:  25110A000123  (received May 1, 2025)\n     Earlier claim:   25090A000999\nThe second copy, claim 25110A000123, was denied as a repeat of claim 25090A000999.',
      ).fields.claimNumber?.value,
    ).toBe('25110A000123');
  });

  it('reads a certification period, a change\'s start and end, and leaves out an exam that "was normal"', () => {
    expect(
      analyse(
        'The agency asked us to keep covering home health for a new certification period, April 1, 2025 through May 30, 2025. We denied the request.',
      ).fields.serviceDates?.value,
    ).toEqual(['2025-04-01', '2025-05-30']);
    expect(
      analyse(
        'We will reduce your hours.\n     Change starts .......  July 1, 2025\n     Change lasts through ....  September 30, 2025',
      ).fields.serviceDates?.value,
    ).toEqual(['2025-07-01', '2025-09-30']);
    expect(
      analyse(
        'The MRI requested for 04/10/2025 is not approved. Your exam on 03/02/2025 was normal. Request date of service: 04/10/2025.',
      ).fields.serviceDates?.value,
    ).toEqual(['2025-04-10']);
  });

  it('reads a window after a dotted "Deadline" label', () => {
    const r = analyse(
      'Notice date: 09/03/2025\nWe did not approve lines 3 and 4.\n  Deadline ......... 60 days from the notice date at the top of this letter',
    );
    expect(r.fields.statedDeadline?.value).toMatchObject({ days: 60, anchor: 'notice' });
  });

  it('reads "ask for an internal appeal" as how to file', () => {
    const r = analyse(
      'March 2, 2026\nWe cannot pay this claim. If you disagree, you can ask for an internal appeal by calling us or writing to us. Your appeal must reach us by August 29, 2026.',
    );
    expect(disclosureStatus(r, 'appeal_procedures_and_time_limits')).toBe('present');
  });
});

describe('batch 39: reasons and kinds', () => {
  it('reads a reduction "to 25 hours a week" as a partial denial', () => {
    const r = analyse(
      'We have decided to REDUCE your personal care services to 20 hours a week. The 20 hours a week ARE approved. Only the 10 hours above that amount are not approved.',
    );
    expect(r.documentKind.value).toBe('partial_denial');
  });

  it('does not read "non-covered charges" or a confirmed qualifying stay as a coverage rule', () => {
    expect(
      cueCategory(
        'The records do not show that you needed daily skilled care, so the stay is not reasonable and necessary. The 3-day qualifying hospital stay was confirmed. You may be billed for the non-covered charges.',
      ),
    ).toBe('medical_necessity');
    expect(
      cueCategory(
        'Medicare does not pay for this test because it is not covered when done for screening.',
      ),
    ).toBe('eligibility_coverage');
  });

  it('reads "no benefits for care from providers outside the network" as a network rule, not an exclusion', () => {
    const r = analyse(
      'Claim 8810 was denied. Your EPO plan has no benefits for care you get from providers outside the Select EPO network.',
      { categoryModel: null },
    );
    expect(r.categoryEvidence.cues.map((c) => c.cue)).not.toContain('benefit_not_included');
  });

  it('reads missing papers: "did not have the papers we need", "which we need before we can approve"', () => {
    expect(cueCategory('We said no because we did not have the papers we need to decide.')).toBe(
      'missing_information',
    );
    expect(
      cueCategory(
        "We did not get a plan of care signed by the child's doctor, which we need before we can approve therapy.",
      ),
    ).toBe('missing_information');
  });

  it('does not read "experimental" inside the standard "If this decision is based on …" sentence', () => {
    const r = analyse(
      [
        'ADVERSE BENEFIT DETERMINATION',
        'Member: [Member name]   Claim: [Insert claim #]   Date: [MM/DD/YYYY]',
        'Reason for denial: [Insert the specific reason]',
        'If this decision is based on medical necessity, experimental or investigational treatment, or a similar exclusion, you may ask for a free explanation of the scientific or clinical judgment used.',
      ].join('\n'),
    );
    expect(r.category).not.toBe('experimental_investigational');
    expect(disclosureStatus(r, 'clinical_rationale')).toBe('present');
  });
});

describe('batch 39: disclosures', () => {
  it('reads the clinical findings of an assessment or a reviewer as the rationale', () => {
    for (const finding of [
      'The in-home assessment found:\n  - You now bathe with standby help only.',
      'The reviewer found:\n  - The wound was recorded as closed on June 2.',
      'The facility records sent with the claim do not show that you needed skilled care every day.',
      'The records from Dr. Alvarez dated 03/18/2025 show mild arthritis and no trial of therapy.',
    ]) {
      const r = analyse(
        `Medicare Advantage plan. We denied the request as not medically necessary.\n${finding}`,
      );
      expect(disclosureStatus(r, 'clinical_rationale'), finding).toBe('present');
    }
  });

  it('reads a policy\'s "Part 9 … Section\\n9.4" as a specific provision, "rules … in your benefit package" as vague', () => {
    const cited = analyse(
      'Claim 77-10 was denied as a repeat submission. Your Policy (form AB-2026), Part 9 "Claims Provisions," Section\n  9.4 "Payment of Benefits," says a covered service is paid once.',
    );
    expect(disclosureStatus(cited, 'plan_provision')).toBe('present');
    const generic = analyse(
      'Medicaid plan. We reduced your hours. This decision was made under the rules for personal care services in your\nbenefit package.',
    );
    expect(disclosureStatus(generic, 'plan_provision')).toBe('vague');
  });

  it('takes "[-] X42"-style hyphenated legend codes and a blank form\'s meaning slot as the code meaning', () => {
    const legend = analyse(
      [
        '  Line | Service             | Code  | Billed   | Paid  | Code*',
        '   1   | Genetic panel       | 81479 | 3,150.00 | 0.00  | GX-310',
        '',
        '  GX-310   The plan does not cover tests whose value has not been shown.',
      ].join('\n'),
    );
    expect(disclosureStatus(legend, 'denial_code_meaning')).toBe('present');
    const form = analyse(
      [
        'ADVERSE BENEFIT DETERMINATION',
        'Member: [Member name]   Claim: [Insert claim #]   Date: [MM/DD/YYYY]',
        'Denial code(s): [Insert code]   Meaning: [Insert plain-language meaning',
        '                                of each code shown]',
        'You may appeal within 180 days of receiving this notice.',
      ].join('\n'),
    );
    expect(disclosureStatus(form, 'denial_code_meaning')).toBe('vague');
  });

  it('does not take the place of the appeal rules ("described in the Summary Plan Description") as the provision', () => {
    const r = analyse(
      "Claim 5521 was denied: modifier 25 is not valid with this code. A member appeal is handled under the Plan's member appeal rules, which are described in the member's Summary Plan Description.",
      { facts: { regime: 'erisa_group_health' } },
    );
    expect(disclosureStatus(r, 'plan_provision')).toBe('missing');
  });
});
