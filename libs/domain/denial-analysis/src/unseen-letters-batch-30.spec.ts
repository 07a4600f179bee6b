// Wording first met on the thirtieth batch of unseen letters (corpus files `b30a-*` …
// `b30d-*`, scored before any change). Short invented letters, so a fix that only fits those
// letters fails here.
import { describe, expect, it } from 'vitest';
import {
  analyse,
  cueCategory,
  disclosureStatus,
  filingDue,
} from './test-fixtures/analyse.test-helper';

describe('batch 30', () => {
  it('reads a "Determination:" cell of a portal header as the notice date', () => {
    expect(
      filingDue(
        'BRIGHTWATER HEALTH | Provider Portal\nIndividual & Family Plans (Marketplace)\n----------------------------------------\nHome > Claims > Claim Search > Claim Detail\n\nCLAIM DETAIL\n  Claim #:              CLM-2025-0731-006218        Received:         07/14/2025\n  Patient:              DESAULNIERS, CORINNE M      Determination:    07/31/2025\n  DOS:                  07/02/2025\nLine 2 (64999) is denied: use the most specific code.\nYou may appeal within 180 days of the determination date.',
      ),
    ).toBe('2026-01-27');
  });

  it('reads a window counted from "the date listed at the top of this notice"', () => {
    const r = analyse(
      'Date: 06/02/2025\nWe denied the hospital bed. Ask us for an appeal within 65 calendar days of the date\nlisted at the top of this notice.',
    );
    expect(r.fields.statedDeadline?.value.days).toBe(65);
    expect(r.fields.statedDeadline?.value.anchor).toBe('notice');
  });

  it.each([
    [
      'Your plan pays for up to 20 outpatient physical therapy visits per calendar year. The 09/18/2025 visit is beyond that yearly maximum. If you think one of the 20 counted visits was for a different patient, was billed twice, or was counted in error, send us the dates.',
      'eligibility_coverage',
    ],
    [
      'This is the second time we have received a bill for this same visit. A covered service is paid once, and additional bills for a service already processed are not eligible for a second payment.',
      'duplicate',
    ],
    [
      'Place of service not covered for this service as billed. Virtual visits are covered only when billed with place of service 02.',
      'coding_billing',
    ],
  ])('reads %s as %s', (reason, category) => {
    expect(cueCategory(reason)).toBe(category);
  });

  const BLOCKS = [
    'Remit date:   April 18, 2025',
    '-----------------------------------------------',
    'CLAIM 1 of 2 - PAID',
    '  Member:            Delacroix, Yvonne        Member ID: NE-MC-30418827',
    '  Plan claim no.:    2025-071-448302',
    '  Service date:      03/11/2025',
    '  Billed:            $1,912.00    Allowed: $744.26    Paid: $744.26',
    '-----------------------------------------------',
    'CLAIM 2 of 2 - DENIED, NO PAYMENT',
    '  Member:            Harlan, Trevor J.        Member ID: NE-MC-30177405',
    '  Plan claim no.:    2025-069-440581',
    '  Admitted:          02/24/2025     Discharged: 02/28/2025',
    '  Billed:            $28,416.50     Allowed: $0.00     Paid: $0.00',
    '-----------------------------------------------',
    'There was no discharge summary with claim 2, so it was denied (CO-16, M127).',
  ].join('\n');

  it('reads the refused claim block of a letter about several claims', () => {
    const r = analyse(BLOCKS);
    expect(r.fields.memberId?.value).toBe('NE-MC-30177405');
    expect(r.fields.claimNumber?.value).toBe('2025-069-440581');
    expect(r.fields.serviceDates?.value).toEqual(['2025-02-24', '2025-02-28']);
    expect(r.fields.deniedAmount?.value).toBe(28416.5);
    expect(r.documentKind.value).toBe('partial_denial');
  });

  it('reads the first block as before when no block, or several, were refused', () => {
    const r = analyse(
      BLOCKS.replace('DENIED, NO PAYMENT', 'PAID').replace('Paid: $0.00', 'Paid: $9.00'),
    );
    expect(r.fields.memberId?.value).toBe('NE-MC-30418827');
  });

  it.each([
    'WHAT OUTCOME CODE NC-31 MEANS\nThe conservative treatment the criteria require is not documented.',
    'Remark code N-OON4 on your claim means: "Rendering provider is outside the EPO network."',
    'The claim was closed with reason code D18. D18 means: "This charge matches a service already paid."',
  ])('reads a payer code with its meaning: %s', (line) => {
    const r = analyse(`Notice date: 04/22/2025\nWe did not pay this claim.\n${line}`);
    expect(disclosureStatus(r, 'denial_code_meaning')).toBe('present');
  });

  it('reads an independent outside review as the external review', () => {
    const r = analyse(
      'May 2, 2025  Member BWH-20917734\nWe did not pay for the lumbar MRI (72148): no prior approval was on file.\nAppeal within 180 days. If we keep the denial, you can ask for an independent outside review.',
    );
    expect(disclosureStatus(r, 'external_review_info')).not.toBe('missing');
  });

  it('reads an "Authorization ref.:" label as the request number', () => {
    const r = analyse(
      'Date of notice:        June 13, 2025\nAuthorization ref.:    LHH-UM-25-061287\nDays 11 through 17 are not approved.',
    );
    expect(r.fields.claimNumber?.value).toBe('LHH-UM-25-061287');
  });
});
