// Wording first met on the eighth batch of unseen letters (corpus files `u8a-*` / `u8b-*`, scored
// before any change). Short invented lines, so a fix that only fits those letters fails here.
import { describe, expect, it } from 'vitest';
import { analyse } from './test-fixtures/analyse.test-helper';

describe('category wording (batch 8)', () => {
  it.each([
    [
      'Reason: Assistant-at-surgery charges are not payable for this procedure under our Reimbursement Policy RP-20.',
      'coding_billing',
    ],
    [
      'Reason: an insulin pen you use at home is a self-administered drug. Because this item is not a Part B benefit, we cannot pay it.',
      'eligibility_coverage',
    ],
    [
      'A  Medicare covers this screening only once every 24 months. Medicare already paid for this test within the last 24 months.',
      'medical_necessity',
    ],
    [
      "B  Medicare won't pay for this test because you had the same test within the time period allowed.",
      'medical_necessity',
    ],
    [
      'Reason code D-12: Service does not meet Harborview coverage guidelines.',
      'medical_necessity',
    ],
    [
      'Reason: your records show metformin only. They do not show insulin use, so the request does not line up with Guideline DME-114.',
      'medical_necessity',
    ],
    [
      'The claim was denied because no approval was on file before the MRI, and your plan requires one.',
      'prior_authorization',
    ],
  ])('reads %j as %s', (reason, category) => {
    expect(analyse(`Claim 81-4410 was not paid.\n${reason}`).category).toBe(category);
  });
});

describe('document kind (batch 8)', () => {
  it('reads "the difference will not be paid" after a payment as a partial denial with a deadline', () => {
    const r = analyse(
      [
        'Date of this notice: September 8, 2025',
        'Here is how the claim was paid:',
        '  Paid by the plan to the provider ....... $  890.00',
        'The $1,720.00 difference will not be paid by the plan.',
        'Your appeal must be filed within 180 days of the date of this notice.',
      ].join('\n'),
    );
    expect(r.documentKind.value).toBe('partial_denial');
    expect(r.deadlines.find((d) => d.kind === 'member_appeal_filing')?.due.slice(0, 10)).toBe(
      '2026-03-07',
    );
  });

  it('reads "we did not approve the other 28 hours" as a partial denial', () => {
    expect(
      analyse(
        'For May through October we approved 56 hours a week. We did not approve the other 28 hours a week. This is a reduction of a service you get now.',
      ).documentKind.value,
    ).toBe('partial_denial');
  });
});

it('does not read "copies of all records, including the criteria used" as a guideline applied', () => {
  // The cues alone (the word model may still guess from the other words).
  const r = analyse(
    'NOTICE OF ADVERSE BENEFIT DETERMINATION\nThe reason for this decision is: <insert reason>\nYou have the right to get, free of charge, copies of all records about this decision, including the criteria used.',
    { categoryModel: null },
  );
  expect(r.category).toBe('other');
});
