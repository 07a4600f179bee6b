// Layouts and wording first met on the sixteenth batch of unseen letters (corpus files `u16a-*` …
// `u16d-*`, scored before any change; the helpers were asked for reasons in indirect voices).
// Short invented letters, so a fix that only fits those letters fails here.
import { describe, expect, it } from 'vitest';
import {
  analyse,
  cueCategory,
  disclosureStatus,
  filingDue,
} from './test-fixtures/analyse.test-helper';

describe('reasons in indirect voices (batch 16)', () => {
  it.each([
    [
      'The surgeon group sent the bill to us first. Under program rules we step in last: your spouse’s employer plan gets the bill first.',
      'coordination_of_benefits',
    ],
    [
      'Line 2 is an echo of line 1: the same nurse practitioner reported the same visit code a second time that morning.',
      'duplicate',
    ],
    [
      'Held unpaid: operative notes asked for twice and not returned by the surgeon’s office.',
      'missing_information',
    ],
    [
      'A claim counts as filed on time only when it reaches us no later than 12 months after the date the service was given.',
      'timely_filing',
    ],
    [
      'Eight units of 97110 on one day is more than our edit tables allow; units 5 to 8 ran past the ceiling.',
      'coding_billing',
    ],
  ])('%s → %s', (reason, category) => {
    expect(cueCategory(reason)).toBe(category);
  });
});

describe('reasons the letter rules out (batch 16)', () => {
  it('does not count a reason the letter says it is not giving', () => {
    expect(
      cueCategory(
        'We are not saying the infusion was not needed, and we are not saying it is not a covered service. The other plan must be billed first.',
      ),
    ).toBe('coordination_of_benefits');
  });

  it('does not count a reason named only as a supposition ("if … coverage ended")', () => {
    expect(
      cueCategory(
        'The other plan must be billed first. If the other coverage ended, call us and we will update the record.',
      ),
    ).toBe('coordination_of_benefits');
  });

  it('still counts the same words when the letter states them', () => {
    expect(cueCategory('Your coverage ended on 03/31/2025, before the date of service.')).toBe(
      'eligibility_coverage',
    );
  });
});

describe('regimes (batch 16)', () => {
  it('reads the Medicare Advantage disclaimer ("a PPO plan with a Medicare contract")', () => {
    const r = analyse(
      'Halvard Senior Care (PPO)\nWe are unable to pay the claim for wound care.\nHalvard Senior Care is a PPO plan with a Medicare contract. Enrollment depends on contract renewal.',
    );
    expect(r.regime).toBe('medicare_advantage');
  });

  it('reads a metal tier after the plan type ("EPO Silver 3500")', () => {
    const r = analyse(
      'Plan: Bluewater Select EPO Silver 3500\nThe anesthesia claim was denied: the anesthesiologist is outside your network.',
    );
    expect(r.regime).toBe('aca_individual');
  });
});

describe('dates and identifiers (batch 16)', () => {
  it('reads "Claim notice, 09/10/2025" as the notice date and dates the appeal from it', () => {
    const text =
      'SunPeak Health - Individual Marketplace Coverage\nClaim notice, 09/10/2025\nClaim 25-221-77810, DOS 07/09/2025, 99214, billed $265.00, paid $0.00.\nYour coverage ended 06/30/2025, before this visit. Appeal within 180 days of this notice.';
    expect(analyse(text).fields.noticeDate?.value).toBe('2025-09-10');
    expect(filingDue(text)).toBe('2026-03-09');
  });

  it('takes a portal\'s "Status Effective Date" when nothing else dates it, not its print date', () => {
    const r = analyse(
      [
        'Printed 10/20/2025 4:47 PM ET by user BILLING02',
        'ICN / Claim Ref        22252650471180',
        'Receipt Date           09/22/2025',
        'Status Effective Date  10/03/2025',
        'Claim Status           FINALIZED - DENIED',
      ].join('\n'),
    );
    expect(r.fields.noticeDate?.value).toBe('2025-10-03');
    expect(r.fields.claimNumber?.value).toBe('22252650471180');
  });
});

describe('the stated reason (batch 16)', () => {
  it('takes the sentence of the deciding cue as the reason when no heading or "because" gives one', () => {
    const r = analyse(
      [
        'SunPeak Health - Individual Marketplace Coverage',
        'Claim notice, 09/10/2025',
        'Claim 25-221-77810, DOS 07/09/2025, 99214, billed $265.00, paid $0.00.',
        'We held this claim while your premium was past due. Under Policy Section 3.2 (Grace Period), your coverage therefore ended 06/30/2025, before this visit.',
        'Disagree? Appeal in writing within 180 days of this notice.',
      ].join('\n'),
    );
    expect(r.category).toBe('eligibility_coverage');
    expect(r.fields.statedReason?.value).toContain('coverage therefore ended 06/30/2025');
    expect(disclosureStatus(r, 'specific_reason')).toBe('present');
  });
});
