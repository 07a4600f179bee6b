// Layouts and wording first met on the fifteenth batch of unseen letters (corpus files `u15a-*` …
// `u15d-*`, scored before any change). Short invented letters, so a fix that only fits those
// letters fails here.
import { describe, expect, it } from 'vitest';
import { analyse, disclosureStatus, filingDue } from './test-fixtures/analyse.test-helper';

describe('claim tables (batch 15)', () => {
  it('reads a statement of several claims under one column header, and the denied claim', () => {
    const r = analyse(
      [
        'Statement date: 10/06/2025',
        'Member ID: QRT55120984',
        '',
        'Claim 25100112000004   Hillcrest Clinic',
        'Processed 09/22/2025',
        ' Date      Service                      Billed   Approved  Plan Paid',
        ' 09/02/25  Office visit (99213)         150.00     92.10      72.10',
        '           Claim totals                 150.00     92.10      72.10',
        '',
        'Claim 25100912000077   Hillcrest Clinic',
        'Processed 09/29/2025',
        ' 09/15/25  Office visit (99213)         150.00      0.00       0.00',
        '           Claim totals                 150.00      0.00       0.00',
        '',
        'The second visit was denied: it repeats a claim we already paid.',
      ].join('\n'),
    );
    expect(r.fields.serviceLines.map((l) => [l.date, l.refused, l.claimNumber])).toEqual([
      ['2025-09-02', false, '25100112000004'],
      ['2025-09-15', true, '25100912000077'],
    ]);
    expect(r.fields.claimNumber?.value).toBe('25100912000077');
    expect(r.fields.deniedAmount?.value).toBe(150);
    expect(r.documentKind.value).toBe('partial_denial');
  });

  it('keeps a single claim number when the statement has one claim', () => {
    const r = analyse(
      [
        'Claim number: 77-4410-2291',
        ' Date      Service                      Billed   Approved  Plan Paid',
        ' 09/02/25  Office visit (99213)         150.00      0.00       0.00',
        'The claim was denied.',
      ].join('\n'),
    );
    expect(r.fields.claimNumber?.value).toBe('77-4410-2291');
    expect(r.fields.serviceLines[0]?.refused).toBe(true);
  });

  it('splits a tight header that runs two amount columns together ("BILLED ALLOWED")', () => {
    const r = analyse(
      [
        'Claim number: RBX-5510-221',
        'LN DOS      CODE   DESCRIPTION             BILLED ALLOWED   DED  COINS    PAID RSN',
        '01 04/02/25 99203  New patient visit       245.00  168.40  0.00  33.68  134.72 A1',
        '03 04/02/25 D7240  Remove impacted tooth   640.00    0.00  0.00   0.00    0.00 C22',
        '',
        'Line 03 was not paid: other coverage is primary.',
      ].join('\n'),
    );
    expect(r.fields.serviceLines.map((l) => [l.code, l.amounts.allowed, l.amounts.paid])).toEqual([
      ['99203', 168.4, 134.72],
      ['D7240', 0, 0],
    ]);
    expect(r.documentKind.value).toBe('partial_denial');
  });
});

describe('codes and dates of the refused lines (batch 15)', () => {
  it('keeps the codes and dates of refused lines, not those only on paid lines', () => {
    const r = analyse(
      [
        'Claim number: 4410-22817',
        ' Date      Service                      Billed   Approved  Plan Paid',
        ' 04/01/25  Office visit (99213)         150.00     92.10      72.10',
        ' 04/08/25  Knee MRI (73721)            1680.00      0.00       0.00',
        '',
        'The MRI was denied: no prior approval was on file.',
      ].join('\n'),
    );
    expect(r.fields.cptHcpcs?.value).toEqual(['73721']);
    expect(r.fields.serviceDates?.value).toEqual(['2025-04-08']);
  });

  it('reads a row\'s code from its wrapped description ("transport (A0428)")', () => {
    const r = analyse(
      [
        'Claim Number: 26131-0829-41576',
        'Service Provided & Billing Code   Service    Amount     Medicare  Maximum You',
        '                                  Approved?  Charged    Paid      May Be Billed',
        'Office visit, established         Yes        $210.00    $102.72   $25.68',
        '  patient (99214-25)',
        'Ambulance service, basic          NO         $685.00      $0.00   $685.00',
        '  life support (A0428)',
        '',
        'Medicare denied the ambulance ride: it was not reasonable and necessary.',
      ].join('\n'),
    );
    expect(r.fields.serviceLines.map((l) => [l.code, l.refused])).toEqual([
      ['99214', false],
      ['A0428', true],
    ]);
    expect(r.fields.cptHcpcs?.value).toEqual(['A0428']);
  });
});

describe('identifiers (batch 15)', () => {
  it('takes a member id masked with asterisks', () => {
    const r = analyse(
      ' Member ID:             HTD****1902\n Claim status: Denied - out of network',
    );
    expect(r.fields.memberId?.value).toBe('HTD****1902');
  });

  it('takes a "Case Reference" or "Authorization request" number as the request id', () => {
    expect(
      analyse('Case Reference:      CRX-2025-1014-58827\nYour request was denied.').fields
        .claimNumber?.value,
    ).toBe('CRX-2025-1014-58827');
    expect(
      analyse('Authorization request:  PA-2025-0611-04428\nWe need more information.').fields
        .claimNumber?.value,
    ).toBe('PA-2025-0611-04428');
  });
});

describe('stated windows (batch 15)', () => {
  it('reads "within 180 days following your receipt of this notice"', () => {
    const r = analyse(
      'Notice date: June 1, 2025\nYour employer plan denied the stay. A request for review must be filed within one hundred eighty (180)\ndays following your receipt of this notice.',
    );
    expect(r.fields.statedDeadline?.value).toMatchObject({ days: 180, anchor: 'receipt' });
  });

  it('reads "60 days from the Date of Notice shown above" as counted from the notice', () => {
    const text =
      'Date of Notice:   11/03/2025\nYour Medicaid health plan denied the request. You have 60 days from the Date of Notice shown above to ask for an appeal.';
    expect(analyse(text).fields.statedDeadline?.value).toMatchObject({
      days: 60,
      anchor: 'notice',
    });
    expect(filingDue(text)).toBe('2026-01-02');
  });
});

describe('disclosures (batch 15)', () => {
  it('counts a named payment policy as the guideline relied on in a bundling denial', () => {
    const r = analyse(
      [
        'Notice date: 05/02/2025. Group health plan sponsored by your employer.',
        'Claim number: 88120-4471',
        'Code 76942 was denied: it is bundled into 20610 under National Correct Coding Initiative edits.',
        'We applied our Reimbursement Policy RP-2214 "Procedure-to-Procedure Edits" to this line.',
      ].join('\n'),
    );
    expect(r.category).toBe('coding_billing');
    expect(disclosureStatus(r, 'criteria_or_guideline')).toBe('present');
  });
});
