// Wording and layouts first met on the third batch of unseen letters (corpus files `u3a-*` /
// `u3b-*`, written by people who never saw the engine). Short invented lines in other words, so a
// fix that only fits those letters fails here.
import { describe, expect, it } from 'vitest';
import { analyzeDenial } from './analyze-denial';
import { classifyDates } from './extract/extract-dates';
import { isTemplateInstruction } from './text/paragraphs';
import { prepareText } from './text/prepare-text';

const analyse = (text: string) => analyzeDenial(text, { asOf: '2026-01-15' });
const noticeDate = (text: string) => classifyDates(prepareText(text), []).noticeDate?.value;

describe('category wording (batch 3)', () => {
  it.each([
    [
      'Decision: NOT APPROVED\nCriteria of Medical Policy DME-031:\n  1  Diagnosis of diabetes      MET\n  2  Treated with insulin        NOT MET\n',
      'medical_necessity',
    ],
    [
      'Why: your office notes show you walk safely at home with a cane, so a wheelchair is not needed for your daily activities.',
      'medical_necessity',
    ],
    [
      'Reason: the care you received was custodial care, which Medicare does not pay for in a skilled nursing facility.',
      'medical_necessity',
    ],
    [
      'We are REDUCING your Personal Assistance Services.\nWhy: hours authorized reduced from 40 to 25 per week after your needs assessment.',
      'medical_necessity',
    ],
    [
      'Reason: Your plan covers up to 20 visits per year and this is a hard limit that cannot be extended.',
      'eligibility_coverage',
    ],
    [
      'Reason: the clinic sent this claim 198 days after the visit. Claims must reach us within 120 days, so it was filed too late.',
      'timely_filing',
    ],
    [
      'Reason: this drug needs approval from the plan before it is given. We did not receive an authorization request.',
      'prior_authorization',
    ],
  ])('%s -> %s', (text, expected) => {
    expect(analyse(text).category).toBe(expected);
  });

  it('reads a word hyphenated at a line end as one word', () => {
    const text =
      'Reason: the request does not meet the clinical cri-\n  teria of our imaging policy.';
    expect(analyse(text).category).toBe('medical_necessity');
  });
});

describe('document kind (batch 3)', () => {
  it('reads "we have not denied it" as a request for information, with no deadline', () => {
    const r = analyse(
      'RE: Your claim is on hold - information needed\nWe received your claim on 10/28/2025. We have not denied it. We need more information before we can decide.\nPlease send an itemized bill within 45 days of the date of this letter.',
    );
    expect(r.documentKind.value).toBe('request_for_information');
    expect(r.deadlines).toEqual([]);
  });
});

describe('notice dates (batch 3)', () => {
  it('reads "Stmt Date" and ignores another claim\'s processed date in prose', () => {
    const text =
      'NORTHFIELD CLAIMS CENTER - CLAIM STATEMENT            Stmt Date 02/27/2025\nRsn 18 = Exact duplicate of a claim already received (claim 2501-274-90318, processed 01/30/2025).\n';
    expect(noticeDate(text)).toBe('2025-02-27');
  });

  it('reads "Date:" followed by a wide gap, "EOB issued" and "Date prepared"', () => {
    expect(noticeDate('Notice of Denial\nDate:        September 19, 2025\n')).toBe('2025-09-19');
    expect(noticeDate('  Service date     09/16/2025\n  EOB issued       10/29/2025\n')).toBe(
      '2025-10-29',
    );
    expect(noticeDate('  Date prepared:   05/16/2025            Member: A. Person\n')).toBe(
      '2025-05-16',
    );
  });

  it('reads a date set off by bullets in a postcard header', () => {
    expect(
      noticeDate(
        'SILVERPINE (HMO) - a Medicare Advantage plan  *  Nov. 3, 2025  *  Member ID S1\n',
      ),
    ).toBe('2025-11-03');
  });
});

describe('template instructions', () => {
  it('tells a member\'s "fill in the form" from a template\'s "fill in the blank"', () => {
    expect(
      isTemplateInstruction('Fill in the Other Insurance form and we will reprocess it.'),
    ).toBe(false);
    expect(isTemplateInstruction('Fill in the name of the reviewer.')).toBe(true);
  });
});
