// Wording first met on the thirty-eighth batch of unseen letters (corpus files `b38a-*` …
// `b38d-*`, scored before any change). Short invented letters, so a fix that only fits those
// letters fails here.
import { describe, expect, it } from 'vitest';
import {
  analyse,
  cueCategory,
  disclosureStatus,
  filingDue,
} from './test-fixtures/analyse.test-helper';

describe('batch 38: dates and ids', () => {
  it('dates the notice from "This letter, dated …," and "We are mailing this notice on …"', () => {
    const dated =
      'Member ID: KQ5510023\nThis letter, dated March 3, 2025, explains why we denied the claim for 99214. You may appeal within 180 days of the date of this letter.';
    expect(analyse(dated).fields.noticeDate?.value).toBe('2025-03-03');
    expect(filingDue(dated)).toBe('2025-08-30');
    const mailed =
      'Member ID: KQ5510023\nWe are mailing this notice on April 9, 2025 to tell you that we denied the request for 97110.';
    expect(analyse(mailed).fields.noticeDate?.value).toBe('2025-04-09');
  });

  it('reads "Review ref.:", "Claim/Request:" and an id opening with its own "CLM#"', () => {
    expect(
      analyse(
        '| Member ID:    QT7710022 |\n| Review ref.:  UR25-1102-8831 |\nDecision: not approved.',
      ).fields.claimNumber?.value,
    ).toBe('UR25-1102-8831');
    expect(
      analyse('Member number:  MX-2210-551\nClaim/Request:  DME-25-0031977\nWe denied payment.')
        .fields.claimNumber?.value,
    ).toBe('DME-25-0031977');
    expect(
      analyse(
        'Participant ID .. RT 440 118 09\nClaim ........... CLM#1104-22817-C\nThe claim was denied.',
      ).fields.claimNumber?.value,
    ).toBe('CLM#1104-22817-C');
  });

  it('reads "Date of surgery ....", "took place between … and …" and requested days as service', () => {
    expect(
      analyse('Claim ID ..... 8830-1120\nDate of surgery ........ 04/11/2025\nWe denied the claim.')
        .fields.serviceDates?.value,
    ).toEqual(['2025-04-11']);
    expect(
      analyse(
        'Claim 55-0192 was denied. The therapy sessions took place between February 3, 2025 and February 28, 2025.',
      ).fields.serviceDates?.value,
    ).toEqual(['2025-02-03', '2025-02-28']);
    expect(
      analyse(
        'REVIEW REFERENCE ... UR-7710\nDAYS REQUESTED ......... 5 days, 06/02/2025 through 06/06/2025\nDETERMINATION .......... NOT APPROVED',
      ).fields.serviceDates?.value,
    ).toEqual(['2025-06-02', '2025-06-06']);
  });

  it('leaves out the days the letter says the plan paid', () => {
    const r = analyse(
      'Claim: SN-4410\nYou were admitted on May 1, 2025. We paid for your stay from May 1, 2025 through May 14, 2025.\nWe will not pay for these days:\n   Dates of stay:  May 15, 2025 through May 30, 2025\nThe records do not show you needed daily skilled care.',
    );
    expect(r.fields.serviceDates?.value).toEqual(['2025-05-15', '2025-05-30']);
  });

  it('names a review\'s "ESTIMATED CHARGES, DAYS REQUESTED" as the charge refused', () => {
    const r = analyse(
      'REVIEW REFERENCE ... UR-7710\nESTIMATED CHARGES, DAYS REQUESTED  $9,120.00\nDETERMINATION ..... NOT APPROVED. We have denied the requested days.',
    );
    expect(r.fields.deniedAmount?.value).toBe(9120);
  });
});

describe('batch 38: codes and tables', () => {
  it('drops a code the reviewer names as the appropriate first study', () => {
    const r = analyse(
      'We did not approve the attended sleep study (CPT 95810). The reviewer found that a home sleep apnea test (for example CPT 95806) is the appropriate first study for you.',
    );
    expect(r.fields.cptHcpcs?.value).toEqual(['95810']);
  });

  it('drops a code the evidence names as what would let the member manage instead', () => {
    const r = analyse(
      'We did not approve the power wheelchair (K0823). Your therapist wrote that a standard walker (E0130) would let you move safely around your home.',
    );
    expect(r.fields.cptHcpcs?.value).toEqual(['K0823']);
  });

  it('reads a short ICD code named before a dotted one: "G35 (multiple sclerosis), R26.2"', () => {
    const r = analyse(
      'Request for E1161 denied.\nDiagnoses on the request: G20 (Parkinson disease), R26.2 (difficulty in walking).',
    );
    expect(r.fields.icd10?.value).toEqual(['G20', 'R26.2']);
  });

  it('reads a boxed table printed in two tiers, its codes in a wrapped cell', () => {
    const text = [
      'Claim ...... 77-1102',
      '|Ln| Date     | Provider /  | Billed  | Allowed | Paid   |',
      '|  |          | Code        | Your    | Remark  |        |',
      '|  |          |             | Share   |         |        |',
      '|--+----------+-------------+---------+---------+--------|',
      '|1 | 03/04/25 | Ridge Lab   | $90.00  | $40.00  | $32.00 |',
      '|  |          | Services    |  $8.00  |  R1     |        |',
      '|  |          | CPT 80061   |         |         |        |',
      '|--+----------+-------------+---------+---------+--------|',
      '|2 | 03/04/25 | Ridge Lab   | $44.00  |  $0.00  |  $0.00 |',
      '|  |          | Services    |  $0.00  |  R9     |        |',
      '|  |          | CPT 84443   |         |         |        |',
      '|--+----------+-------------+---------+---------+--------|',
      '',
      'R9 - Line 2 was denied as a duplicate of a claim already paid.',
    ].join('\n');
    const r = analyse(text);
    expect(r.fields.cptHcpcs?.value).toEqual(['84443']);
    expect(r.fields.serviceLines?.length).toBe(2);
  });

  it('reads a DME statement\'s "Item" table: only the item not approved', () => {
    const text = [
      'Medicare Summary Notice',
      'Date of This Notice  May 2, 2025',
      '',
      'Apr 3, 2025  Northline Medical Supply, (555) 555-0120',
      '              Claim number 21-25-093-118-220',
      '  Item                         Item      Amount    Medicare  Medicare  Maximum    See',
      '                               Approved? Supplier  Approved  Paid      You May    Notes',
      '                                         Charged   Amount              Be Billed',
      '  Cane, quad                   Yes        $60.00    $41.20   $32.96     $8.24     C',
      '   (E0105)',
      '  Seat lift mechanism          NO        $420.00     $0.00    $0.00   $420.00     A',
      '   (E0627)',
      '  Total for this claim                  $480.00    $41.20   $32.96   $428.24',
      '',
      "A  Medicare won't pay for this item because it is not reasonable and necessary.",
    ].join('\n');
    const r = analyse(text);
    expect(r.fields.cptHcpcs?.value).toEqual(['E0627']);
    expect(r.fields.deniedAmount?.value).toBe(420);
    expect(r.fields.serviceDates?.value).toEqual(['2025-04-03']);
  });

  it('carries a code opening a row to the wrapped line with its amounts ("We will pay")', () => {
    const text = [
      'Date: May 5, 2025',
      'We have denied payment for the services listed below.',
      '  Item billed                                       Charge    We will pay',
      '  A0429  Ambulance, basic life support,',
      '         emergency transport                       $640.00        $0.00',
      '  A0425  Ground mileage, per statute mile (9)      $210.00        $0.00',
    ].join('\n');
    const r = analyse(text);
    expect(r.fields.cptHcpcs?.value).toEqual(['A0429', 'A0425']);
    expect(r.fields.deniedAmount?.value).toBe(850);
  });
});

describe('batch 38: reasons, windows and kinds', () => {
  it('reads prior authorization from "not asked for before", "not cleared in advance", "reviewed and approved … before"', () => {
    expect(cueCategory('Approval was not asked for before the service began.')).toBe(
      'prior_authorization',
    );
    expect(
      cueCategory(
        'The agency did not contact us until June 2, after all of the visits had been made.',
      ),
    ).toBe('prior_authorization');
    expect(
      cueCategory(
        'This drug must be reviewed and approved by our pharmacy team before the first dose. Because it was not cleared in advance, the infusion is not payable.',
      ),
    ).toBe('prior_authorization');
    expect(
      cueCategory('The provider did not get our approval first, so the claim is not payable.'),
    ).toBe('prior_authorization');
  });

  it('reads "another carrier pays ahead of us" as coordination, "the other coverage ended" too', () => {
    expect(
      cueCategory(
        'Reason OC-4: another carrier pays ahead of us. Send proof the other coverage ended if that policy is no longer in force.',
      ),
    ).toBe('coordination_of_benefits');
  });

  it('takes "<code> = meaning", "<code> means …", "code X on every line:" and "[-] X42" legends as meanings', () => {
    const eq = analyse(
      'DECISION: NOT APPROVED - reason code QR07\nQR07 = the service is not covered for the condition listed.',
    );
    expect(disclosureStatus(eq, 'denial_code_meaning')).toBe('present');
    const means = analyse(
      'Result: NOT PAYABLE - reason CB-3.\nCB-3 means another plan must pay before we do for this date.',
    );
    expect(disclosureStatus(means, 'denial_code_meaning')).toBe('present');
    const every = analyse(
      'Claim 44-9910 denied.\nExplanation code Z17 on every line: the service is excluded by your policy.',
    );
    expect(disclosureStatus(every, 'denial_code_meaning')).toBe('present');
    const portal = analyse(
      [
        ' Ln  Date      Service              Code   Billed   Paid   Note',
        ' 1   07/02/25  Office visit         99204  310.00   0.00   Q19',
        '',
        " [-] Q19  Provider not in your plan's network",
        '     Your EPO plan pays only for care from network providers.',
      ].join('\n'),
    );
    expect(disclosureStatus(portal, 'denial_code_meaning')).toBe('present');
  });

  it('reads "within 180 days of receiving this determination" and "Your request must reach us no later than …"', () => {
    const receiving = analyse(
      'Claim 55-102 was denied. File your appeal within 180 days of receiving this determination.',
    );
    expect(receiving.fields.statedDeadline?.value).toMatchObject({ days: 180, anchor: 'receipt' });
    const reach = analyse(
      'Date: June 2, 2025\nWe denied payment for A0428.\nAsk for an appeal in writing. Your request must reach us no later than August 1, 2025.',
    );
    expect(reach.fields.statedDeadline?.value).toMatchObject({ days: 60, anchor: 'notice' });
  });

  it('keeps a request for records a request: a decision "not made" yet, a warning of "may not be payable"', () => {
    const r = analyse(
      'Claim ID 7700-1120\nWe received the claim on May 2, 2025. We have not made a\ndecision on it yet. Please send the operative report. If nothing is received by June 30, 2025, the second procedure may not be payable.',
    );
    expect(r.documentKind.value).toBe('request_for_information');
  });
});

describe('batch 38: right to sue', () => {
  it('takes "additional rights under federal law" as a vague pointer to the right to sue', () => {
    const r = analyse(
      'Employer group health plan. Claim 7710 was denied. If you appeal, you may have additional rights under federal law.',
      { facts: { regime: 'erisa_group_health' } },
    );
    expect(disclosureStatus(r, 'right_to_sue_502a')).toBe('vague');
  });
});

describe('batch 38: clinical rationale', () => {
  it("reads a physician reviewer's own summary and what the reviewer found as the rationale", () => {
    const first = analyse(
      'The continued stay is not approved.\n"I reviewed the therapy notes from 03/02 to 03/09. She no longer needs daily physician oversight. In my judgment the acute rehabilitation level is not appropriate."',
    );
    expect(disclosureStatus(first, 'clinical_rationale')).toBe('present');
    const found = analyse(
      'We denied payment for the skilled nursing days. Medicare Advantage plan. Dr. Lee reviewed the nursing notes. Here is what she found:\n  - By June 2 you were walking 100 feet with a walker.',
    );
    expect(disclosureStatus(found, 'clinical_rationale')).toBe('present');
    const studies = analyse(
      'The test is not covered: it is considered unproven because published studies have not shown that its results improve outcomes. ERISA plan.',
    );
    expect(disclosureStatus(studies, 'clinical_rationale')).toBe('present');
  });

  it('takes a blank form\'s "[Say what information was reviewed …]" slot as the rationale\'s place', () => {
    const form = [
      'NOTICE OF ADVERSE BENEFIT DETERMINATION',
      'Member: [Member name]   ID: [Member ID]   Date: [Date of notice]',
      '[X] We DENIED this request as not medically necessary.',
      '   Reason in plain language:',
      '   [Insert the reason. Say what information was reviewed and what did not meet the criteria.]',
      'You may appeal within 60 days of the date of this notice.',
    ].join('\n');
    expect(disclosureStatus(analyse(form), 'clinical_rationale')).toBe('vague');
  });
});
