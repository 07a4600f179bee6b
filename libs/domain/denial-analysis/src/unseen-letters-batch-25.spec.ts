// Layouts and wording first met on the twenty-fifth batch of unseen letters (corpus files
// `u25a-*` … `u25d-*`, every reason in the payer's own indirect words, scored before any change).
// Short invented letters, so a fix that only fits those letters fails here.
import { describe, expect, it } from 'vitest';
import { analyse, cueCategory, filingDue } from './test-fixtures/analyse.test-helper';
import { normaliseOcrDigits } from './text/prepare-text';

describe('batch 25', () => {
  it('repairs OCR in the day of a date in words and in an ICD-10 code', () => {
    expect(normaliseOcrDigits('Date of this notice:  March lO, 2O25')).toBe(
      'Date of this notice:  March 10, 2025',
    );
    expect(normaliseOcrDigits('Diagnosis: ZOO.l29 (well child)')).toBe(
      'Diagnosis: Z00.129 (well child)',
    );
  });

  it('does not take a corrected-claim window for the appeal window', () => {
    const text =
      'Medicaid managed care plan\nDate of this notice: 03/10/2025\nClaim 2025-0719 was denied: the code does not match the age group.\nThe doctor can fix this by sending a corrected claim within 90 days of this notice.\nYou must ask for an appeal within 60 calendar days from the date on this notice.';
    expect(analyse(text).fields.statedDeadline?.value.days).toBe(60);
    expect(filingDue(text)).toBe('2025-05-09');
  });

  it.each([
    [
      'Ubrelvy is not on our plan\'s list of covered drugs (our "formulary").',
      'eligibility_coverage',
    ],
    [
      'Medicare will not pay because it has not been 5 years since your last test of this kind.',
      'medical_necessity',
    ],
    [
      'Dr. Lee sent the request form, but no medical records came with it. We asked twice and we have not received them.',
      'missing_information',
    ],
    [
      'Medicare will not pay for this item because the supplier did not have a valid order from your doctor on file.',
      'missing_information',
    ],
    [
      'X47 - Service is a plan exclusion. The treatment was done to change the appearance of surface veins.',
      'eligibility_coverage',
    ],
    [
      'We received this claim 203 days after the service date. The Plan only pays claims sent to us within 180 days of the date of service.',
      'timely_filing',
    ],
    [
      'Your policy requires that the hospital inform Piedmont Crest of any inpatient admission no later than 24 hours after it begins. The hospital did not notify us within the required period.',
      'prior_authorization',
    ],
    [
      'R41 - A claim line matches a service already processed for the same patient, same date and same procedure code.',
      'duplicate',
    ],
  ])('reads an indirect reason: %s', (text, category) => {
    expect(cueCategory(text)).toBe(category);
  });

  it('reads a postcard header: "CLAIM NOTICE <date> |" is the notice date, "Svc <date>" the service', () => {
    const r = analyse(
      'NORTHFIELD EMPLOYEE HEALTH PLAN - CLAIM NOTICE 08/19/2025 | Member NMW-0067214 | Claim 25-207-30518 | Svc 01/06/2025, 99213, billed $240.00, paid $0.00\nThe Plan only pays claims sent to us within 180 days of the date of service, so no benefit is payable.\nTo appeal, write within 180 days of the day you get this card.',
    );
    expect(r.fields.noticeDate?.value).toBe('2025-08-19');
    expect(r.fields.serviceDates?.value).toEqual(['2025-01-06']);
  });
});
