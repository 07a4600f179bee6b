// Layouts and wording first met on the thirteenth batch of unseen letters (corpus files `u13a-*` …
// `u13d-*`, scored before any change). Short invented letters, so a fix that only fits those
// letters fails here.
import { describe, expect, it } from 'vitest';
import {
  analyse,
  cueCategory,
  disclosureStatus,
  filingDue,
} from './test-fixtures/analyse.test-helper';

describe('dates and windows (batch 13)', () => {
  it('does not take a retro-review window counted from the date of service as the appeal window', () => {
    expect(
      filingDue(
        [
          'Date of notice: 04/15/2025',
          'The claim was denied: no authorization was on file.',
          'Requests meeting one of these conditions must be submitted within 14 calendar days from the date of service through the Provider Portal (Retro Review).',
          'You have 180 days from the date of this notice (04/15/2025) to ask for an appeal.',
        ].join('\n'),
      ),
    ).toBe('2025-10-12');
  });

  it('never dates the letter from the fax transmission line', () => {
    const r = analyse(
      [
        '06/09/2025  08:41   FROM: MERIDIAN BENEFIT ADMIN   (412)555-0139   TO: 17245550102   P.001/004',
        '                                                              June 8, 2025',
        'NOTICE OF ADVERSE BENEFIT DETERMINATION',
        'The claim was denied because Medicare is primary.',
      ].join('\n'),
    );
    expect(r.fields.noticeDate?.value).toBe('2025-06-08');
  });

  it('reads a window counted from "the date this claim was processed"', () => {
    const w = analyse(
      'The claim was denied.\nSend a written request within 180 days after the date this claim was processed.',
    ).fields.statedDeadline?.value;
    expect(w).toMatchObject({ days: 180, anchor: 'notice' });
  });
});

describe('document kind (batch 13)', () => {
  it('reads "we have not made a decision yet" with a request for notes as a request for information', () => {
    const r = analyse(
      [
        'We have your prior authorization request and it is being reviewed now. We have NOT made a decision yet.',
        'Please have the notes sent within 14 days of the date of this letter.',
        'A decision made without the notes is more likely to be a denial of the in-lab study.',
      ].join('\n'),
    );
    expect(r.documentKind.value).toBe('request_for_information');
    expect(r.deadlines.filter((d) => d.kind === 'member_appeal_filing')).toEqual([]);
  });
});

describe('Medicare Summary Notice sections (batch 13)', () => {
  it('reads the notes of a notice whose headings carry page marks, after a glossary', () => {
    const r = analyse(
      [
        'MEDICARE SUMMARY NOTICE                                  THIS IS NOT A BILL             Page 1 of 4',
        'Date of This Notice: March 3, 2025',
        '  Definitions of columns:',
        '    Service Approved?    Whether Medicare covered the service.',
        '  PART 3  NOTES FOR YOUR CLAIMS                                                    Page 3 of 4',
        '  B  (Message 15.20) This laboratory test is not covered when billed with the diagnosis your',
        '     provider gave. Medicare covers it only for the diagnoses listed in NCD 190.23.',
      ].join('\n'),
      { categoryModel: null },
    );
    expect(r.category).toBe('medical_necessity');
  });

  it('reads "not covered when billed with this diagnosis" as medical necessity', () => {
    expect(cueCategory('This test is not covered when billed with this diagnosis.')).toBe(
      'medical_necessity',
    );
  });
});

describe('short letters (left-out family review)', () => {
  const status = (text: string, element: string) => disclosureStatus(analyse(text), element);

  it.each([
    'For free help, call the Cascadia Medicaid Ombuds line at 1-866-920-3374.',
    'Free help: The Ohio Senior Health Insurance Information Program (OSHIIP) gives free, unbiased Medicare counseling at 1-800-686-1578.',
  ])('reads %j as a consumer-assistance contact', (line) => {
    expect(
      status(
        `Medicaid plan notice. The claim was denied because you were not enrolled on the date of service.\n${line}`,
        'consumer_assistance_contact',
      ),
    ).toBe('present');
  });

  it('reads the reason that follows "Medicare will not pay this claim."', () => {
    const r = analyse(
      'Medicare Number: 5WQ2HT7RN48\nMedicare will not pay this claim. Medicare covers an ambulance trip only when any other way of travel would endanger your health.',
    );
    expect(r.fields.statedReason?.value).toMatch(/^Medicare covers an ambulance trip/);
  });
});
