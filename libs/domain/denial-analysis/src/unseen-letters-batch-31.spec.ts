// Wording first met on the thirty-first batch of unseen letters (corpus files `b31a-*` …
// `b31d-*`, scored before any change). Short invented letters, so a fix that only fits those
// letters fails here.
import { describe, expect, it } from 'vitest';
import { analyse, disclosureStatus, filingDue } from './test-fixtures/analyse.test-helper';

describe('batch 31', () => {
  it('takes no window from an offer to reprocess the claim "without a formal appeal"', () => {
    const r = analyse(
      'Date of notice: 03/02/2026\nWe denied the claim because the lab report was not received. To finish our review, please ask the lab to send it. If we receive the report within 60 days of this notice we will reprocess the claim without a formal appeal.\n\nYOUR RIGHT TO APPEAL\nYou may file an appeal in writing within 180 days after you receive this notice.',
    );
    expect(r.fields.statedDeadline?.value).toMatchObject({ days: 180, anchor: 'receipt' });
  });

  it('reads a window counted "after receiving notice of it"', () => {
    const r = analyse(
      'Claim processed 04/06/2026. Member appeal rights: the patient may file a written appeal of this adverse benefit determination within 180 days after receiving notice of it.',
    );
    expect(r.fields.statedDeadline?.value).toMatchObject({ days: 180, anchor: 'receipt' });
  });

  describe('a text message that prints its facts in one sentence', () => {
    const text =
      'From: 44120 (Ridgeview Health Benefits)\nMar 4, 2025 3:15 PM\n\nRidgeview Health for the Norland Mills employee health plan: Claim\n26-0211-48810 (Okafor, Dele; office visit 99214 on 02/11/2025, $188.00) was DENIED as a duplicate of claim 26-0209-47102. To appeal, call 1-800-555-0101 within 180 days of this notice.';

    it('reads the time-stamped date at the top as the notice date', () => {
      expect(analyse(text).fields.noticeDate?.value).toBe('2025-03-04');
      expect(filingDue(text)).toBe('2025-08-31');
    });

    it('reads the claim number the line wrap split from its label', () => {
      expect(analyse(text).fields.claimNumber?.value).toBe('26-0211-48810');
    });

    it('reads the code and the date after the service name', () => {
      const r = analyse(text);
      expect(r.fields.cptHcpcs?.value).toEqual(['99214']);
      expect(r.fields.serviceDates?.value).toEqual(['2025-02-11']);
    });
  });

  it('reads an "independent reviewer" the case goes to as external review', () => {
    const r = analyse(
      'We denied payment for the urgent care visit of 05/02/2026 because the clinic is not in our network. If you ask for an appeal and we still deny payment, we will automatically send your case to an independent reviewer.',
    );
    expect(disclosureStatus(r, 'external_review_info')).toBe('present');
  });

  it.each([
    [
      'the reviewer noted what the records show about this patient',
      'The device trial is considered investigational. The reviewer noted that you have had abdominal pain for three years despite nerve blocks and medication, and found that the published evidence for this use consists of small case series.',
    ],
    [
      'an assessment score applied to this patient',
      'We are reducing your personal care hours from 30 to 22 a week. The assessment tool sets hours by score: a score between 31 and 40 allows up to 22 hours. Your score of 36 does not support more than 22 hours, so the extra hours are not medically necessary.',
    ],
    [
      'a labelled rationale paragraph',
      'The inpatient stay is denied as not medically necessary.\nClinical rationale: from the second day your heart rate and oxygen levels stayed normal and intravenous medication was stopped.',
    ],
  ])('reads %s as the clinical rationale', (_what, text) => {
    expect(disclosureStatus(analyse(text), 'clinical_rationale')).toBe('present');
  });

  it('reads a wrapped curly-brace instruction as one placeholder', () => {
    const r = analyse(
      'NOTICE OF ADVERSE BENEFIT DETERMINATION\nDate: {{notice_date}}\nMember: [MEMBER NAME]   Member ID: [ID]\nWe denied the service as not medically necessary.\nReviewer explanation:\n   {INSERT THE EXPLANATION. State what was reviewed, which criteria were\n   not met and what facts in the record led to this decision.}\nYou may appeal within 60 days of this notice.',
    );
    expect(r.input.looksLikeTemplate).toBe(true);
    expect(disclosureStatus(r, 'clinical_rationale')).toBe('vague');
  });

  it('reads both ends of a range that prints its year once', () => {
    const r = analyse(
      'Date of notice: 03/18/2026\nWe did not approve the skilled nursing facility stay.\nDates of service: January 27 - February 20, 2026\nThe care you got was custodial, not skilled, so it is not covered.',
    );
    expect(r.fields.serviceDates?.value).toEqual(['2026-01-27', '2026-02-20']);
  });

  it('reads the authorization period as the dates of a reduced service', () => {
    const r = analyse(
      'Date: March 2, 2026\nYour agency asked us to keep your personal care at 35 hours a week for your next authorization period, April 1, 2026 through September 30, 2026. We approved 24 hours a week and denied the rest.',
    );
    expect(r.fields.serviceDates?.value).toEqual(['2026-04-01', '2026-09-30']);
  });

  it('does not read the period a notice covers as dates of service', () => {
    const r = analyse(
      'Medicare Summary Notice      June 12, 2025\nThis notice shows claims for services from March 1 - May 31, 2025.\nDates of Service: April 21, 2025\nMedicare denied the chiropractic visit: maintenance therapy is not covered.',
    );
    expect(r.fields.serviceDates?.value).toEqual(['2025-04-21']);
  });

  it('reads a refused stay row that prints a range, and not the paid row before it', () => {
    const r = analyse(
      [
        'Date of notice: May 2, 2025',
        'Dates of Service             Benefit Days  Non-Covered  Medicare Paid  You May Be Billed',
        ' Mar 3 - Mar 22, 2025           20          $0.00       $15,980.00     $0.00',
        ' Mar 23 - Apr 9, 2025            0     $14,382.00            $0.00     $14,382.00',
        'Medicare did not pay for the second stay: the care was custodial.',
      ].join('\n'),
    );
    expect(r.fields.serviceDates?.value).toEqual(['2025-03-23', '2025-04-09']);
  });
});
