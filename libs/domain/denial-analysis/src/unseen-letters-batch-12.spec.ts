// Layouts and wording first met on the twelfth batch of unseen letters (corpus files `u12a-*` …
// `u12d-*`, scored before any change). Short invented letters, so a fix that only fits those
// letters fails here.
import { describe, expect, it } from 'vitest';
import { analyse, cueCategory } from './test-fixtures/analyse.test-helper';

describe('a Medicare Summary Notice that denies nothing (batch 12)', () => {
  const paid = [
    'MEDICARE SUMMARY NOTICE for Part B',
    'Date of This Notice October 2, 2025',
    'Your Claims & Costs This Period',
    '   Did Medicare approve all services?                       YES',
    '   Number of services Medicare denied                       0',
    '   Total you may be billed                                  $29.05',
    'July 14, 2025                           Claim number 26-18904-227-410',
    'Office visit (99214)     Yes     $245.00    $128.40    $102.72    $25.68',
  ].join('\n');

  it('is a payment notice with no filing deadline', () => {
    const r = analyse(paid);
    expect(r.documentKind.value).toBe('payment_notice');
    expect(r.deadlines.filter((d) => d.kind === 'member_appeal_filing')).toEqual([]);
  });

  it('reads the date beside a claim number as that claim date of service', () => {
    expect(analyse(paid).fields.serviceDates?.value).toEqual(['2025-07-14']);
  });
});

describe('Part A claims (batch 12)', () => {
  const partA = [
    'MEDICARE SUMMARY NOTICE for Part A (Hospital Insurance)',
    'Date of This Notice June 2, 2025',
    'Claim Number: 21260893447120',
    ' Date(s) of       Benefit  Claim     Non-Covered   Amount     Maximum   See',
    ' Service          Days     Approved? Charges       Medicare   You May   Notes',
    '                  Used                             Paid       Be Billed',
    ' 03/09/25 -        0 days    No       $14,862.40     $0.00      $0.00    A',
    ' 03/10/25',
    '',
    ' A  Medicare will not pay for this inpatient hospital stay. The medical review found that your',
    '    hospital care could have been given to you as an outpatient, in observation status, rather than',
    '    as an admitted inpatient.',
  ].join('\n');

  it('reads the non-covered charges of a notice with no charge column as the denied amount', () => {
    expect(analyse(partA).fields.deniedAmount?.value).toBe(14862.4);
  });

  it('reads "could have been given as an outpatient" as a level-of-care (medical necessity) denial', () => {
    expect(
      cueCategory(
        'The review found your care could have been given to you as an outpatient rather than as an admitted inpatient.',
      ),
    ).toBe('medical_necessity');
  });
});

describe('OCR damage in words (batch 12)', () => {
  const fax = (line: string) =>
    analyse(
      [
        'SEP-23-2025 09:14   FROM:PLAN CLAIMS   TO:15555550148   P.001/003',
        'Date:  09/22/2025      Member number:  KM40218837',
        'We have denied payment f0r the medica1 services 1isted be1ow.',
        line,
      ].join('\n'),
    );

  it.each([
    [
      'Ask f0r an appea1 within 65 ca1en\ndar days 0f the date at the t0p 0f this n0tice.',
      65,
      'notice',
    ],
    [
      'You must file it\n   within 180 days after you receive this |etter.  Send it to us.',
      180,
      'receipt',
    ],
  ])('reads the window in %j', (line, days, anchor) => {
    expect(fax(line).fields.statedDeadline?.value).toMatchObject({ days, anchor });
  });

  it('leaves typed text with a code or two alone', () => {
    const r = analyse(
      'Your A1c was 9.0 and the x1 view was normal.\nThe claim was denied. Appeal within 180 days of the date of this notice.',
    );
    expect(r.fields.statedDeadline?.value.days).toBe(180);
    expect(r.fields.statedReason?.value ?? '').not.toMatch(/Alc/);
  });

  it('does not read the day a claim for "these services" came in as their date of service', () => {
    const r = fax(
      'Date of service:  08/17/2025\nThe provider sent us\n a claim for these services on 09/02/2025.',
    );
    expect(r.fields.serviceDates?.value).toEqual(['2025-08-17']);
  });
});

describe('key fields (batch 12)', () => {
  it('reads a dental code on a service line', () => {
    const r = analyse(
      'Service: Routine teeth cleaning (D1110) on 09/15/2025 by Cedar Point Dentistry, billed $145.00.\nWe will not pay for this service.',
    );
    expect(r.fields.cptHcpcs?.value).toEqual(['D1110']);
    expect(r.fields.serviceDates?.value).toEqual(['2025-09-15']);
  });

  it('reads "performed 08/27/2025" as the date of service', () => {
    const r = analyse(
      'Shock wave therapy for tennis elbow, performed 08/27/2025 by Plainsview Orthopedics, was denied as experimental.',
    );
    expect(r.fields.serviceDates?.value).toEqual(['2025-08-27']);
  });

  it('reads a request number as the id of a pre-service request', () => {
    expect(
      analyse('We denied your request for a CT scan.\nRequest number: PA-2025-00487213\n').fields
        .claimNumber?.value,
    ).toBe('PA-2025-00487213');
  });
});
