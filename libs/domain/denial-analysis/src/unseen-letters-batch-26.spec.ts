// Layouts and wording first met on the twenty-sixth batch of unseen letters (corpus files
// `u26a-*` … `u26d-*`, ordinary real-world styles, scored before any change). Short invented
// letters, so a fix that only fits those letters fails here.
import { describe, expect, it } from 'vitest';
import { analyse, cueCategory } from './test-fixtures/analyse.test-helper';

describe('batch 26', () => {
  it('reads a text-message notice: its header date, and "needs our OK before it is done"', () => {
    const r = analyse(
      'Text Message  Tue, Sep 2, 2025  8:02 AM  From: 44120\nRiverside Health (Medicaid): We will not pay claim 25-0811-771 for the CT of your head (70450) done 08/11/2025. Why: this scan needs our OK before it is done, and the imaging center did not ask us for one. To appeal, write us within 60 days of the date of this notice.',
    );
    expect(r.fields.noticeDate?.value).toBe('2025-09-02');
    expect(r.category).toBe('prior_authorization');
  });

  it.each([
    [
      'Rmk MI2: Itemized bill requested from provider 09/12/2024. Not received within 45 days. Claim denied.',
      'missing_information',
    ],
    [
      'We already received and processed a claim for these same services, on the same date, from the same provider. This claim is a repeat of that one, so it was not paid again.',
      'duplicate',
    ],
    [
      "For medicines of this type our plan pays for a non-preferred brand only after you have used two of the plan's preferred medicines.",
      'medical_necessity',
    ],
  ])('reads an ordinary reason: %s', (text, category) => {
    expect(cueCategory(text)).toBe(category);
  });

  it('does not read a totals label ("in-network and out-of-network combined") as the reason', () => {
    expect(
      cueCategory(
        'This claim is a repeat of claim 2026-0219-770118, so it was not paid again.\nYOUR 2026 TOTALS (in-network and out-of-network combined)',
      ),
    ).toBe('duplicate');
  });

  it('gives a provider outside an HMO network the network, not the missing referral, as the cause', () => {
    expect(
      cueCategory(
        'Provider status: Not a Harborline plan provider. Your HMO pays for care only from plan providers, and we have no referral on file for this visit.',
      ),
    ).toBe('out_of_network');
  });

  it('reads "Rmk MI2:" as the reason heading and the remark legend as the code meaning', () => {
    const r = analyse(
      'EXPLANATION OF BENEFITS\nStatement date: 11/18/2024\nClaim #: 24-318-006621\n08/22/24  29881  Knee arthroscopy   9,850.00   0.00   0.00   MI2\n\nRmk MI2: Itemized bill requested from provider 09/12/2024. Not received within 45 days. Claim denied.\n\nAPPEALS: appeal within 180 days of receiving this statement.',
    );
    expect(r.fields.statedReason?.value).toMatch(/^Itemized bill requested/);
    expect(r.disclosures.find((d) => d.element === 'denial_code_meaning')?.status).toBe('present');
  });

  it.each([
    'Notes for Claims Above\nA  16.35 - Medicare does not pay for this test when it is done as a routine screening.',
    'Notes for Claim 2\n  B  Medicare will not pay for this item because the supplier had no valid order on file.',
  ])('reads an MSN note legend with a message number or a claim number: %s', (legend) => {
    const r = analyse(
      `Medicare Summary Notice\nNotice date: 10/02/2025\nClaim number 2125251000012\n82306 Vitamin D assay   $186.00   $0.00   A\n\n${legend}\n\nYou have 120 days from the date you get this notice to file an appeal.`,
    );
    expect(r.disclosures.find((d) => d.element === 'denial_code_meaning')?.status).toBe('present');
  });
});
