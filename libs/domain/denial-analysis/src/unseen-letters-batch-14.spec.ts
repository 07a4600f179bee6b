// Layouts and wording first met on the fourteenth batch of unseen letters (corpus files `u14a-*` …
// `u14d-*`, scored before any change). Short invented letters, so a fix that only fits those
// letters fails here.
import { describe, expect, it } from 'vitest';
import { analyse, cueCategory, filingDue } from './test-fixtures/analyse.test-helper';

describe('dates and windows (batch 14)', () => {
  it('does not take the window to book a doctor-to-doctor call as the appeal window', () => {
    expect(
      filingDue(
        [
          'Date of notice: April 14, 2025',
          'Your individual and family plan denied the knee MRI.',
          'DOCTOR-TO-DOCTOR (PEER-TO-PEER) DISCUSSION - for your ordering provider',
          'Dr. Haverly may talk by phone with a TrueCourse physician reviewer about this request. To schedule, his office should call',
          'within 14 calendar days of the date of this letter. It is NOT an appeal, and it does not stop the time you have to appeal.',
          'You may appeal within 180 days of the date of this notice.',
        ].join('\n'),
      ),
    ).toBe('2025-10-11');
  });

  it('reads "This letter is dated April 2, 2025" as the notice date', () => {
    const r = analyse(
      'Dear member:\nThis letter is dated April 2, 2025. It explains our decision on the claim for visits on 03/03/2025.\nThe claim was denied.',
    );
    expect(r.fields.noticeDate?.value).toBe('2025-04-02');
  });

  it('still ignores the date of another paper ("records dated 03/01/2025")', () => {
    const r = analyse(
      'Date of notice: April 2, 2025\nWe reviewed the therapy records dated 03/01/2025. The claim was denied.',
    );
    expect(r.fields.noticeDate?.value).toBe('2025-04-02');
  });
});

describe('Medicare Summary Notice rows spaced by blank lines (batch 14)', () => {
  it('reads the denied row after the blank line and its duplicate note', () => {
    const r = analyse(
      [
        'MEDICARE SUMMARY NOTICE',
        'Date of This Notice: June 15, 2025',
        ' Service Provided &     Service    Amount     Medicare   Amount',
        ' Billing Code           Approved?  Facility   Approved   Medicare',
        '                                   Charged    Amount     Paid',
        ' Remove cataract (66984) Yes        $3,850.00  $1,146.82  $917.46',
        '',
        ' Remove cataract (66984) NO         $3,850.00  $0.00      $0.00',
        '',
        ' A  This is a duplicate. The same service for the same day was billed twice on this claim.',
      ].join('\n'),
      { categoryModel: null },
    );
    expect(r.fields.deniedAmount?.value).toBe(3850);
    expect(r.category).toBe('duplicate');
    expect(r.documentKind.value).toBe('partial_denial');
  });
});

describe('wording (batch 14)', () => {
  it.each([
    ['Late notice of inpatient admission: the stay was never authorized.', 'prior_authorization'],
    [
      'The hospital did not notify the plan of the admission within one business day.',
      'prior_authorization',
    ],
  ])('reads %j as %s', (reason, category) => {
    expect(cueCategory(reason)).toBe(category);
  });

  it('reads "Individual Bronze 6500" as an individual-market plan and "Billed code: 99201"', () => {
    const r = analyse(
      'TIDEWATER MUTUAL HEALTH | Individual Bronze 6500 | Claim Notice   03/11/2025\nBilled code: 99201 (new patient office visit)\nResult: DENIED.',
    );
    expect(r.regime).toBe('aca_individual');
    expect(r.fields.cptHcpcs?.value).toEqual(['99201']);
  });
});

describe('plan statements and code tables (batch 14)', () => {
  it('reads a tight bar grid whose header wraps, with share columns and a not-covered column', () => {
    const r = analyse(
      [
        'Claim number:   26-1705-44380-01',
        '+----------+-----------------------------+---------+---------+--------+-------+---------+',
        "| Date of  | Service provided            |Provider | Plan    | Plan's | Your  | Not     |",
        '| service  |                             |charges  |approved | share  | share | covered |',
        '+----------+-----------------------------+---------+---------+--------+-------+---------+',
        '|06/09/2025| Office visit (99214)        |  245.00 |  128.40 |  88.40 | 40.00 |    0.00 |',
        '|06/12/2025| CT scan, abdomen and pelvis,|1,486.00 |    0.00 |   0.00 |  0.00 |1,486.00 |',
        '|          | with contrast (74177)       |         |         |        |       |         |',
        '+----------+-----------------------------+---------+---------+--------+-------+---------+',
        'B  NOT PAID - PRIOR AUTHORIZATION NOT OBTAINED.',
      ].join('\n'),
    );
    expect(r.fields.deniedAmount?.value).toBe(1486);
    expect(r.documentKind.value).toBe('partial_denial');
  });

  it('reads a code in parentheses after an abbreviation ("automated diff. (85025)")', () => {
    expect(
      analyse('The claim was denied.\nComplete blood count with automated diff. (85025)').fields
        .cptHcpcs?.value,
    ).toEqual(['85025']);
  });

  it('reads "Amount we will not pay" as the denied amount', () => {
    expect(
      analyse(
        'NOTICE OF DENIAL OF PAYMENT\n   Total billed          $18,300.00\n   Amount we will not pay     $18,300.00\n',
      ).fields.deniedAmount?.value,
    ).toBe(18300);
  });

  it("reads a three-character code in a diagnosis table's code column", () => {
    const r = analyse(
      'The request was denied.\n     Diagnosis                                    Code\n     -------------------------------------------  -------\n     Malignant neoplasm of prostate               C61\n',
    );
    expect(r.fields.icd10?.value).toEqual(['C61']);
  });
});

describe('remittance reasons (left-out family review)', () => {
  it('reads "the claim did not include a National Drug Code" as missing information', () => {
    expect(
      cueCategory(
        'Line 1 was denied (CO-16, M119). The claim did not include a National Drug Code for the drug, so it could not be priced.',
      ),
    ).toBe('missing_information');
  });

  it('keeps "the notes sent with this claim did not include …" a necessity finding', () => {
    expect(
      cueCategory(
        'Medicare will not pay for this item because it is not reasonable and necessary: the notes sent with this claim did not include the follow-up visit.',
      ),
    ).toBe('medical_necessity');
  });

  it("does not read a corrected claim's filing limit as a timely-filing denial", () => {
    const r = analyse(
      "Claim 26A0147752: DENIED, CO-16.\nCorrected claims must be received within the Plan's filing limit of 365 days from the date of service.",
      { categoryModel: null },
    );
    expect(r.category).toBe('missing_information');
  });
});
