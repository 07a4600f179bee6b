// Layouts and wording first met on the twenty-first batch of unseen letters (corpus files `u21a-*`
// … `u21d-*`, scored before any change). Short invented letters, so a fix that only fits those
// letters fails here.
import { describe, expect, it } from 'vitest';
import {
  analyse,
  cueCategory,
  disclosureStatus,
  filingDue,
} from './test-fixtures/analyse.test-helper';

describe('batch 21', () => {
  it('does not take a refund window for the appeal window', () => {
    const r = analyse(
      'Medicare Part B remittance notice   Remit Date: 06/18/2025\nLine 2 (93306) was denied: CO-50, not reasonable and necessary.\nIf you collected any amount from the patient for this line, refund it within 30 days of this notice.\nRedetermination: the request must be received within 120 days from the date you receive this notice.',
    );
    expect(r.fields.statedDeadline?.value.days).toBe(120);
    expect(r.fields.statedDeadline?.value.anchor).toBe('receipt');
  });

  it('reads "date" wrapped onto the next line of prose as no label: the letter date stands', () => {
    const r = analyse(
      'RIVERBEND HEALTH PLAN\n\nJanuary 20, 2026\n\nDear Provider:\nBoth claims were denied in full because they reached us after the filing limit. The same detail will appear on your remittance advice for payment cycle 2026-03 (check/EFT\ndate January 22, 2026).\nYou may appeal within 60 days of the date of this notice.',
    );
    expect(r.fields.noticeDate?.value).toBe('2026-01-20');
  });

  it('takes a date opening the header line before a bar as the notice date', () => {
    const text =
      'SUNVALE HEALTH - Individual & Family Plans | Silver 70 HMO\nSept 15, 2025 | P. Cole | Member ID SVH331002 | Claim 26-258-00731\nDecision: not covered. The panel is investigational.\nAppeal within 180 days of the date of this notice.';
    expect(analyse(text).fields.noticeDate?.value).toBe('2025-09-15');
    expect(filingDue(text)).toBe('2026-03-14');
  });

  it('reads a code after "service date MM/DD/YYYY:"', () => {
    const r = analyse(
      'Genomix Laboratory, service date 08/20/2026: 81479 unlisted molecular pathology procedure, billed $3,850.00. Not covered.',
    );
    expect(r.fields.cptHcpcs?.value).toEqual(['81479']);
  });

  it('reads "covers this test only for certain conditions" as medical necessity', () => {
    expect(
      cueCategory(
        'Medicare did not pay for this test because it is not covered for the diagnosis your provider reported. Medicare covers a vitamin D test only for certain conditions.',
      ),
    ).toBe('medical_necessity');
  });

  it('does not read an out-of-network accumulator column as a network denial', () => {
    expect(
      cueCategory(
        'Line 2 not paid separately: the pulse oximetry is included in the payment for the office visit.\n                 In-network used / limit     Out-of-network used / limit\nDeductible        $0.00 / $750.00           $0.00 / $5,000.00',
      ),
    ).toBe('coding_billing');
  });

  it('does not take an example in a list ("for example, a visit billed twice") as a cue', () => {
    const r = analyse(
      'Claim 81-4410 was not paid. Your plan pays for up to 20 therapy visits per year. You have reached the visit limit for this year, so this visit is not covered.\nIf you think we counted a visit that should not count toward your limit - for example, a visit that was billed twice - call us.',
      { categoryModel: null },
    );
    expect(r.category).toBe('eligibility_coverage');
    expect(r.categoryEvidence.cues.map((c) => c.target)).not.toContain('duplicate');
  });

  it('takes "you may ask for the meaning of any code" as the codes offer', () => {
    const r = analyse(
      'Notice date: 06/02/2025\nClaim 7781 was denied as a duplicate of claim 7702.\nYou may ask for a free copy of all documents we used, and for the meaning of any code on this statement.\nThis plan is governed by ERISA; you may appeal within 180 days of receiving this notice.',
    );
    expect(disclosureStatus(r, 'diagnosis_treatment_codes_available')).toBe('present');
  });
});
