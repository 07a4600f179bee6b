// Wording first met on the thirty-sixth batch of unseen letters (corpus files `b36a-*` …
// `b36d-*`, scored before any change). Short invented letters, so a fix that only fits those
// letters fails here.
import { describe, expect, it } from 'vitest';
import { analyse, disclosureStatus } from './test-fixtures/analyse.test-helper';

/** A Medicare standard paper remittance: two claims under one column header, the second refused. */
const PAPER_REMITTANCE = [
  'WESTLAKE MEDICARE SERVICES                                 MEDICARE REMITTANCE NOTICE',
  'PROVIDER #: 5521408                                        DATE: 11/04/2025',
  '',
  'PERF PROV   SERV DATE    POS NOS  PROC  MODS     BILLED   ALLOWED   DEDUCT    COINS  GRP/RC-AMT      PROV PD',
  '-------------------------------------------------------------------------------------------------------',
  'NAME BRANDT, OLIVE          HIC XXXXXXXQR18  ACNT WL-1022    ICN 0225301774120  ASG Y  MOA MA01',
  '1992038471 1020 102025  11  1   99214              190.00    120.40     0.00    24.08  CO-45    69.60     96.32',
  'PT RESP      24.08        CLAIM TOTALS          190.00    120.40     0.00    24.08            69.60     96.32',
  '-------------------------------------------------------------------------------------------------------',
  'NAME ESPARZA, TOMAS         HIC XXXXXXXLM53  ACNT WL-1031    ICN 0225301774188  ASG Y  MOA MA01',
  '1992038471 1028 102925  11  2   97140               84.00      0.00     0.00     0.00  CO-50    84.00      0.00',
  '   REM: N115',
  'PT RESP       0.00        CLAIM TOTALS           84.00      0.00     0.00     0.00            84.00      0.00',
  '-------------------------------------------------------------------------------------------------------',
  '',
  'GLOSSARY: GROUP, REASON AND REMARK CODES',
  '50    These are non-covered services because this is not deemed a medical necessity by the payer.',
  'N115  This decision was based on a Local Coverage Determination (LCD).',
  '',
  'REDETERMINATION REQUESTS: Use form CMS-20027. Requests must be received within 120 days from the date this notice is received.',
].join('\n');

describe('batch 36', () => {
  it('reads the refused claim of a standard paper remittance: its Medicare number, ICN, line and days', () => {
    const r = analyse(PAPER_REMITTANCE);
    expect(r.fields.memberId?.value).toBe('XXXXXXXLM53');
    expect(r.fields.claimNumber?.value).toBe('0225301774188');
    expect(r.fields.cptHcpcs?.value).toEqual(['97140']);
    expect(r.fields.serviceDates?.value).toEqual(['2025-10-28', '2025-10-29']);
    expect(r.fields.deniedAmount?.value).toBe(84);
  });

  it('reads a run-in "REDETERMINATION REQUESTS:" paragraph after a glossary as appeal rights', () => {
    const r = analyse(PAPER_REMITTANCE);
    expect(r.regime).toBe('medicare_ffs');
  });

  it('keeps the first claim of a paper remittance when only it carries a denial code', () => {
    const swapped = PAPER_REMITTANCE.replace('CO-45    69.60', 'CO-96    69.60').replace(
      'CO-50    84.00',
      'CO-45    84.00',
    );
    const r = analyse(swapped);
    expect(r.fields.claimNumber?.value).toBe('0225301774120');
    expect(r.fields.memberId?.value).toBe('XXXXXXXQR18');
  });

  it('reads "Ref#:" as the reference and a dental code in parentheses after the service', () => {
    const r = analyse(
      'Member ID: 300871264   Ref#: DQ-26-0041187\nYour dentist asked us to approve a crown (D2750) on tooth #3. We DENIED this request.',
    );
    expect(r.fields.claimNumber?.value).toBe('DQ-26-0041187');
    expect(r.fields.cptHcpcs?.value).toEqual(['D2750']);
  });

  it.each([
    'Your doctor can order a home sleep test (CPT 95800), which your plan\ncovers without prior authorization.',
    'A large filling or pulling the tooth (D7140) are part of your adult dental benefit.',
    'The plan does cover a visit with a genetic counselor (for example CPT\n96040) with a referral.',
  ])('leaves out a code the letter offers instead of the refused one: %s', (offer) => {
    const r = analyse(
      `Claim #: 26-0411-7781\nWe denied the request for CPT 95810 (in-lab sleep study). It is not medically necessary.\n${offer}`,
    );
    expect(r.fields.cptHcpcs?.value).toEqual(['95810']);
  });

  it('keeps a code whose sentence states when it is covered', () => {
    const r = analyse(
      'Claim #: 26-0411-7781\nWe denied CPT 97110 for 03/02/2025. CPT 97530 is covered only when a therapist is present, and the record does not show that.',
    );
    expect(r.fields.cptHcpcs?.value).toEqual(['97110', '97530']);
  });

  it('reads "You must file it by <date>" after a sentence about appealing as the last day', () => {
    const r = analyse(
      'Date of This Notice    September 4, 2025\nClaim Number: 25-19604-318-550\nMedicare denied one service.\nIf you disagree with a decision on this notice, you can file an appeal. You must file it by January 2, 2026.',
    );
    expect(r.deadlines.find((d) => d.kind === 'member_appeal_filing')?.due.slice(0, 10)).toBe(
      '2026-01-02',
    );
  });

  it('dates each MSN claim by the date over its provider and claim number', () => {
    const claim = (date: string, number: string, row: string) =>
      [
        '------------------------------------------------------------------------------',
        date,
        'Lakeview Clinic, (765) 555-0147',
        '',
        `Claim Number: ${number}`,
        '',
        'Service Provided &           Service    Amount     Medicare   Medicare   Maximum',
        'Billing Code                 Approved?  Charged    Approved   Paid       You May Be Billed',
        row,
        '',
      ].join('\n');
    const r = analyse(
      [
        'Medicare Summary Notice          Date of This Notice    October 2, 2025',
        claim(
          'August 4, 2025',
          '25-11604-318-550',
          'Office visit (99213)         Yes        $132.00    $58.84     $47.07     $11.77',
        ),
        claim(
          'August 11, 2025',
          '25-11803-011-472',
          'Vitamin D test (82306)       NO          $96.00     $0.00      $0.00     $0.00',
        ),
      ].join('\n'),
    );
    expect(r.fields.serviceDates?.value).toEqual(['2025-08-11']);
  });

  it("takes the refused rows' dates over a statement period printed in the header", () => {
    const r = analyse(
      [
        'Explanation of Benefits                      Statement date: 06/09/2025',
        'Member ID:  BWA903318274                     Period:     05/01/2025 - 05/31/2025',
        '',
        'Date of service   Code    Billed     Allowed    Plan paid   Remarks',
        '05/14/2025        99214   $245.00    $0.00      $0.00       CO-97',
        '05/14/2025        20610   $310.00    $191.54    $118.46',
      ].join('\n'),
    );
    expect(r.fields.serviceDates?.value).toEqual(['2025-05-14']);
  });

  it('reads a stay whose last day wrapped under its first day on a claim row', () => {
    const r = analyse(
      [
        'Medicare Summary Notice                       Date of This Notice  June 2, 2025',
        'Claim Number: 21250893447120',
        '',
        'Date(s) of       Benefit  Claim     Non-Covered   Amount     Maximum',
        'Service          Days     Approved? Charges       Medicare   You May',
        '                 Used                             Paid       Be Billed',
        '03/09/25 -        0 days    No       $14,862.40     $0.00      $0.00',
        '03/12/25',
        'Inpatient hospital stay',
      ].join('\n'),
    );
    expect(r.fields.serviceDates?.value).toEqual(['2025-03-09', '2025-03-12']);
  });

  it('reads "Request/Auth No.:" as the reference', () => {
    const r = analyse(
      'Request/Auth No.:  PA-2604-118377\nWe did not approve the request because step therapy was not tried.',
    );
    expect(r.fields.claimNumber?.value).toBe('PA-2604-118377');
  });

  it('reads the code after "Procedure billed:"', () => {
    const r = analyse(
      'Claim #: 26-0411-7781\nProcedure billed:   47563  Laparoscopic cholecystectomy\nPlease send the operative report within 30 days.',
    );
    expect(r.fields.cptHcpcs?.value).toEqual(['47563']);
  });

  it('reads a short diagnosis code that follows a named one', () => {
    const r = analyse(
      'Claim #: 26-0411-7781\nDiagnosis codes on claim:  R00.2  (Palpitations)    I10  (Essential hypertension)\nThe claim was denied.',
    );
    expect(r.fields.icd10?.value).toEqual(['R00.2', 'I10']);
  });

  it.each([
    [
      'columns',
      '  What was approved      Code     Units   Approved from    Through\n  MRI, right knee         73721    1       08/17/2025       10/15/2025',
    ],
    ['prose', 'Approved from 08/17/2025 through 10/15/2025'],
    ['labels', '  Valid from:       08/17/2025\n  Valid through:    10/15/2025'],
  ])('reads the period an approval covers (%s)', (_layout, period) => {
    const r = analyse(
      `Notice date: 08/01/2025\nReference: PA-2025-0801-4417\nGood news: we approved your request.\n${period}`,
    );
    expect(r.fields.serviceDates?.value).toEqual(['2025-08-17', '2025-10-15']);
  });

  it('does not take another paper\'s "valid through" in prose, or a wrapped "through", as a label', () => {
    const r = analyse(
      'Notice date: 08/01/2025\nClaim #: 26-0411-7781\nDate of service: 05/06/2025\nWe denied the sleep study (your home test approval no. HSAT-25-0411, valid through 07/15/2025).\nWe reviewed nursing notes for February 1, 2025\n    through April 26, 2025.',
    );
    expect(r.fields.serviceDates?.value).toEqual(['2025-05-06']);
  });

  it('reads the guideline named after a bullet that cites a plan\'s "Definitions" article', () => {
    const r = analyse(
      [
        'Claim #: 26-0411-7781',
        'Dear Ms. Alvarez:',
        'We reviewed the request for inpatient rehabilitation at Lakeside Rehab.',
        '',
        'WHY WE SAID NO',
        'Inpatient rehabilitation is not medically necessary.',
        '',
        'Plan terms we used',
        '  - Summary Plan Description, Article II "Definitions," Section 2.41',
        '    (Medically Necessary).',
        '',
        'Clinical guideline: Medical Policy UM-REH-007, "Inpatient Rehabilitation Criteria".',
        'You can get a copy of this policy free of charge.',
      ].join('\n'),
    );
    expect(disclosureStatus(r, 'criteria_or_guideline')).toBe('present');
  });
});
