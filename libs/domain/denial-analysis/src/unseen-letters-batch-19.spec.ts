// Layouts and wording first met on the nineteenth batch of unseen letters (corpus files `u19a-*`
// … `u19d-*`, scored before any change). Short invented letters, so a fix that only fits those
// letters fails here.
import { describe, expect, it } from 'vitest';
import {
  analyse,
  cueCategory,
  disclosureStatus,
  filingDue,
} from './test-fixtures/analyse.test-helper';

describe('category (batch 19)', () => {
  it('reads "we did not receive information showing a medical need" as a necessity finding', () => {
    expect(
      cueCategory(
        'The plan covers more than the limit only when the prescriber shows a medical need. We did not receive information showing a medical need for more than 2 tablets a day, so the request does not meet the criteria.',
      ),
    ).toBe('medical_necessity');
  });

  it('reads a claim that did not carry a required identifier as missing information', () => {
    expect(
      cueCategory(
        'The claim did not carry the NPI of the ordering provider. Because required information is missing, the claim was returned as unprocessable. The original timely filing limit (12 months from the date of service) still applies to the corrected claim.',
      ),
    ).toBe('missing_information');
  });
});

describe('request ids (batch 19)', () => {
  it.each([
    ['Request reference:   OD-2025-0311-4472', 'OD-2025-0311-4472'],
    ['Ref: PA-7713094  Item: V5261 hearing aids', 'PA-7713094'],
  ])('reads %s', (line, id) => {
    expect(analyse(`${line}\nYour request was denied.`).fields.claimNumber?.value).toBe(id);
  });

  it('does not take a cited manual after "Reference:" as an id', () => {
    expect(
      analyse('Reference: 42 CFR 405.920\nYour claim was denied.').fields.claimNumber?.value,
    ).toBeUndefined();
  });
});

describe('blank forms (batch 19 review)', () => {
  it('counts a claim-number or dates-of-service slot as the place for the claim identification', () => {
    const r = analyse(
      [
        '[PLAN NAME]',
        'NOTICE OF DENIAL OF MEDICAL COVERAGE',
        'Date of notice:       <<NOTICE DATE>>',
        'Member number:        [MEMBER ID]',
        'Date(s) of service:   [DATE(S) OF SERVICE, if applicable]',
        'Reference number:     [CASE / CLAIM NUMBER]',
        'We have denied the item below. [INSERT THE REASON FOR THE DECISION]',
        'You have 65 days from the date of this notice to ask for a plan appeal.',
      ].join('\n'),
    );
    expect(disclosureStatus(r, 'claim_identification')).toBe('vague');
  });
});

describe('dates (batch 19)', () => {
  it('reads a date opening the header line before the claim number as the letter date', () => {
    const text = [
      'NORTHBAY BENEFIT SERVICES, claims administrator',
      'Quarry Works Inc. Employee Health Plan (self-funded ERISA plan)',
      '',
      '04/22/2025   Claim 2541-8806-2   Member ID QWX448120-02',
      'Patient: son   DOS 03/18/2025   CPT 99395',
      'Claim denied: his coverage ended when he turned 26, before this visit.',
      'Appeal within 180 days after you receive this notice.',
    ].join('\n');
    const r = analyse(text);
    expect(r.fields.noticeDate?.value).toBe('2025-04-22');
    expect(r.fields.serviceDates?.value).toEqual(['2025-03-18']);
    expect(filingDue(text)).toBe('2025-10-19');
  });
});
