// Layouts and wording first met on the twenty-second batch of unseen letters (corpus files
// `u22a-*` … `u22d-*`, scored before any change). Short invented letters, so a fix that only fits
// those letters fails here.
import { describe, expect, it } from 'vitest';
import { analyse, cueCategory } from './test-fixtures/analyse.test-helper';

describe('batch 22', () => {
  it('counts a window "from the finalized date shown above" from the notice, not the default', () => {
    const r = analyse(
      'CLAIM SUMMARY\nClaim #     Status     Finalized\nHL25-33904  DENIED     09/03/2025\nThe claim was denied: it reached us after the filing limit.\nReconsideration: a participating provider may dispute this determination within 60 days from the\nfinalized date shown above.\nThis employer plan is subject to ERISA.',
    );
    expect(r.fields.statedDeadline?.value.days).toBe(60);
    expect(r.fields.statedDeadline?.value.anchor).toBe('notice');
  });

  it('does not take a window to fax records for a retro authorization as the dispute window', () => {
    const r = analyse(
      'Remit date: 03/09/2026\nThe CPAP lines were denied: no prior authorization (CO-197).\nIf the member was enrolled late, fax the following to Prior Authorization within 30 days of this remittance: the signed order and the sleep study report.\nYou may file a claim dispute within 60 calendar days of the remit date at the top of this letter.',
    );
    expect(r.fields.statedDeadline?.value.days).toBe(60);
  });

  it('reads "has been approved" and "we reviewed the request and have approved all" as an approval', () => {
    const r = analyse(
      'Letter date: 08/14/2025\nGood news: your physical therapy has been approved.\nWe reviewed the request and have approved all of the visits that were asked for.',
    );
    expect(r.documentKind.value).toBe('approval');
    expect(r.deadlines).toEqual([]);
  });

  it('does not read "services that have been approved in advance" as an approval', () => {
    const r = analyse(
      'Claim 88-120 was denied. The plan pays only for services that have been approved in advance, and no approval was on file.',
    );
    expect(r.documentKind.value).toBe('denial');
  });

  it('reads "we do not pay twice for one service" as a duplicate', () => {
    expect(
      cueCategory(
        'D17  Not paid. The clinic sent us this same ECG for the same day on claim 2025082000188, and we paid it there. We do not pay twice for one service.',
      ),
    ).toBe('duplicate');
  });

  it('reads requirements listed as "not met" and "both requirements are unmet" as medical necessity', () => {
    expect(
      cueCategory(
        'Requirement C - not met. The notes show four supervised visits, not six in a row.\nBecause both requirements are unmet, the request does not qualify for coverage.',
      ),
    ).toBe('medical_necessity');
  });

  it('reads the outcome of a final appeal decision whose letterhead names the appeals department', () => {
    const r = analyse(
      [
        'BELLWETHER BENEFIT SERVICES',
        'Appeals and Grievances Department',
        'P.O. Box 77310, Omaha, NE 68103',
        '',
        'April 27, 2026',
        '',
        'Type of review:          Pre-service appeal',
        '',
        'PART 1. SUMMARY OF THE OUTCOME',
        '',
        'The Plan pays for weight-loss surgery only when every requirement in its policy is met.',
        'Your records do not meet the criteria of the surgical obesity policy.',
        '',
        'PART 2. YOUR RIGHT TO AN EXTERNAL REVIEW',
        'You may ask for an external review within 4 months after you receive this letter.',
      ].join('\n'),
      { categoryModel: null },
    );
    expect(r.category).toBe('medical_necessity');
  });

  it('reads codes listed in parentheses with commas ("(A0427, A0425 x 31 mi)") and the trip date', () => {
    const r = analyse(
      'June 17, 2025\nClaim 2225168004130 - Gulfside Rescue - ambulance trip May 28, 2025 (A0427, A0425 x 31 mi)\nMedicare is not paying any of the $1,486.40 billed.',
    );
    expect(r.fields.cptHcpcs?.value).toEqual(['A0427', 'A0425']);
    expect(r.fields.serviceDates?.value).toEqual(['2025-05-28']);
  });

  it('reads a claim row opening with its date and a dental code, not a paid history row', () => {
    const r = analyse(
      'Notice date 07/22/2025  Claim D25-0611\n06/11/2025  D2740 crown, porcelain, tooth #30  Billed $1,265.00  Plan paid $0.00\nEarlier crowns on this tooth:\n03/02/2022  D2740  Lakeshore Dental  Paid',
    );
    expect(r.fields.cptHcpcs?.value).toContain('D2740');
    expect(r.fields.serviceDates?.value).toEqual(['2025-06-11']);
  });

  it('takes the claim number from a status grid opening the page over a later ICN label', () => {
    const r = analyse(
      ' CLAIM SUMMARY\n Claim #           Status               Finalized    Billed\n HL25-3390417-00   DENIED (FINALIZED)   09/03/2025   $1,210.00\n\n Submission: EDI 837P, payer claim control ICN 82502410081704\nThe claim was denied for timely filing.',
    );
    expect(r.fields.claimNumber?.value).toBe('HL25-3390417-00');
  });
});
