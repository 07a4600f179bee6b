// Layouts and wording first met on the sixteenth batch of unseen letters (corpus files `u16a-*` …
// `u16d-*`, scored before any change; the helpers were asked for reasons in indirect voices).
// Short invented letters, so a fix that only fits those letters fails here.
import { describe, expect, it } from 'vitest';
import { cueCategory } from './test-fixtures/analyse.test-helper';

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
