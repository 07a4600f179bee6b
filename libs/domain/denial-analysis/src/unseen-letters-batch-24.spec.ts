// Layouts and wording first met on the twenty-fourth batch of unseen letters (corpus files
// `u24a-*` … `u24d-*`, scored before any change). Short invented letters, so a fix that only fits
// those letters fails here.
import { describe, expect, it } from 'vitest';
import { analyse, cueCategory } from './test-fixtures/analyse.test-helper';
import { sentenceEnd } from './text/paragraphs';
import { prepareText } from './text/prepare-text';

describe('batch 24', () => {
  it('reads a one-line notice: title date, the service "you received on", the charge in parentheses', () => {
    const r = analyse(
      'Pinecrest Senior Choice (HMO) - Notice of Denial of Payment - 09/02/2025. Member ID PSC4410. Claim 26-118. We will not pay for the CT of your chest (CPT 71250, $940.00) you received on 08/11/2025 at Lakeview Imaging. Your plan covers this scan only when we approve it before you get it, and nobody asked us for that approval. You may ask for a reconsideration within 65 days of the date of this notice.',
    );
    expect(r.fields.noticeDate?.value).toBe('2025-09-02');
    expect(r.fields.serviceDates?.value).toEqual(['2025-08-11']);
    expect(r.fields.deniedAmount?.value).toBe(940);
    expect(r.category).toBe('prior_authorization');
    expect(r.deadlines.find((d) => d.kind === 'member_appeal_filing')?.due.slice(0, 10)).toBe(
      '2025-11-06',
    );
  });

  it('does not end a sentence at the decimal point of an amount or a diagnosis code', () => {
    const p = prepareText('We will not pay $1,180.00 for code M23.222 today. Next sentence.');
    expect(p.masked.slice(0, sentenceEnd(p, 0))).toBe(
      'We will not pay $1,180.00 for code M23.222 today.',
    );
  });

  it.each([
    ['Your plan pays for this test only if we approve it in advance.', 'prior_authorization'],
    ['We did not approve this surgery before it was done.', 'prior_authorization'],
  ])('reads plain prior-approval wording: %s', (text, category) => {
    expect(cueCategory(text)).toBe(category);
  });

  it('reads a state Medicaid or CHIP program name as Medicaid, over an employer plan named as other coverage', () => {
    const r = analyse(
      'KidsCare and AHCCCS Health Plan\nFebruary 17, 2026\nNOTICE OF ADVERSE BENEFIT DETERMINATION\nWe did not pay a claim for the visit of 01/22/2026. Your child is also covered by the Copperline Employee Health Plan, which must be billed first. You can ask for a State Fair Hearing after your appeal.',
    );
    expect(r.regime).toBe('medicaid_managed_care');
  });

  it.each([
    'Group: 0048812  HALVORSEN TOOL & DIE CO EMPLOYEE PLAN (insured group)',
    'on behalf of the Verrault Logistics Group Health Benefit Plan. Under federal rules for employer health plans, the clock stops while we wait.',
  ])('reads an employer plan named in other words as ERISA: %s', (line) => {
    const r = analyse(
      `${line}\nClaim 2026-0311 was denied on 03/24/2026: duplicate of an earlier claim.`,
    );
    expect(r.regime).toBe('erisa_group_health');
  });

  it.each([
    'This decision is not about whether therapy would help you. It is only about the number of visits your benefit includes.',
    'You have used all 30 visits for this year and no visits are left.',
  ])('reads a visit count that ran out, with no review of need, as a benefit limit: %s', (text) => {
    expect(cueCategory(text)).toBe('eligibility_coverage');
  });

  it('reads care that was mainly help with daily living as custodial (medical necessity)', () => {
    expect(
      cueCategory(
        'After that date your care was mainly help with bathing, dressing and eating. This help can be given safely by someone who is not a nurse or therapist.',
      ),
    ).toBe('medical_necessity');
  });

  it('reads the reason and the note meanings under "Notes for Your Facility Claims"', () => {
    const r = analyse(
      'Medicare Summary Notice for Part A\nNotice date: December 28, 2025\nClaim number 21025351900412\nSkilled nursing facility room (0120)   $8,170.00   $0.00   A\n\nNotes for Your Facility Claims\nA  Medicare did not pay for your stay from December 1 through December 19, 2025, because the care you got was not the daily skilled care Part A covers.\n\nYou have 120 days from the date you get this notice to file an appeal.',
    );
    expect(r.fields.statedReason?.value).toMatch(/^A\s+Medicare did not pay for your stay/);
    expect(r.disclosures.find((d) => d.element === 'denial_code_meaning')?.status).toBe('present');
  });

  it("reads a payer's five-character code (two letters, three digits) in its legend", () => {
    const r = analyse(
      'Claim 24-0916-5521 line 2: H2019 on 08/27/2024, 32 units, $896.00, DENIED  DX417\n\nDENIAL CODES\n  DX417  Units billed exceed the maximum daily units allowed for this procedure code.\n\nYou may ask for an appeal within 60 days of the remit date, 09/16/2024.',
    );
    expect(r.disclosures.find((d) => d.element === 'denial_code_meaning')?.status).toBe('present');
  });

  it('reads an LCD named by its title before its number as the Medicare coverage rule', () => {
    const r = analyse(
      'Medicare Summary Notice\nNotice date: 09/08/2025\nClaim number 2125251000012\n11721 Debridement of nails, 6 or more   $95.00   $0.00   C\n\nNotes for Your Claims\nC  Medicare does not pay for this service this often. The LCD\n   used was "Routine Foot Care and Debridement of Nails" (L99207).\n\nYou have 120 days from the date you get this notice to file an appeal.',
    );
    expect(r.disclosures.find((d) => d.element === 'plan_provision')?.status).toBe('present');
  });
});
