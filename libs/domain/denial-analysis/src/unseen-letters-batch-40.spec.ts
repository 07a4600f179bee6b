// Wording first met on the fortieth batch of unseen letters (corpus files `b40a-*` … `b40d-*`,
// scored before any change). Short invented letters, so a fix that only fits those letters fails
// here.
import { describe, expect, it } from 'vitest';
import { analyse, cueCategory, disclosureStatus } from './test-fixtures/analyse.test-helper';

describe('batch 40: tables and kinds', () => {
  it('reads a label right-aligned over a longer word ("Not" over "Covered") as one column', () => {
    const text = [
      'Statement Date ..... April 9, 2026',
      'Ln CPT    Description          Billed  Network       Not   Allowed      Plan',
      '                                        Savings   Covered                Paid',
      '-- ------ ---------------- --------- -------- --------- --------- ---------',
      '01 29881  Knee arthroscopy  8,420.00 2,440.00      0.00  5,980.00  4,184.00',
      '02 29877  Cartilage shave   3,150.00     0.00  3,150.00      0.00      0.00',
      '',
      'Line 02 was not paid: it is part of the procedure on line 01 (NCCI edit).',
    ].join('\n');
    const r = analyse(text);
    expect(r.fields.cptHcpcs?.value).toEqual(['29877']);
    expect(r.fields.deniedAmount?.value).toBe(3150);
  });

  it('reads "no part of this claim was denied" and "it is not a denial" as no denial', () => {
    const paid = analyse(
      'Claim 2025-252-1184. Every line on this summary was paid in full under your benefits; nothing was turned down, and no part of this claim was denied.',
    );
    expect(paid.documentKind.value).toBe('payment_notice');
    const approved = analyse(
      'GOOD NEWS: YOUR SKILLED NURSING FACILITY STAY IS APPROVED\nDays approved: 14. This letter is not a bill and it is not a denial of any part of the request.',
    );
    expect(approved.documentKind.value).toBe('approval');
  });
});

describe('batch 40: dates, ids and windows', () => {
  it('dates the notice from "… and mailed you this summary on …"', () => {
    const r = analyse(
      'We processed a claim from your doctor and mailed you this summary\non October 6, 2025. No part of this claim was denied.',
    );
    expect(r.fields.noticeDate?.value).toBe('2025-10-06');
  });

  it('reads a year wrapped to the next line and a service "planned for" a date', () => {
    const wrapped = analyse(
      'Date of This Notice  May 14, 2026\nMedicare did not approve 82306. Your appeal must be received by September 11,\n2026.',
    );
    expect(wrapped.fields.statedDeadline?.value).toMatchObject({ days: 120, anchor: 'notice' });
    const planned = analyse(
      'Card date: 01/14/2026\nDr. Ng asked us to approve a sleep study (CPT 95810) planned for 02/03/2026. We said NO.',
    );
    expect(planned.fields.serviceDates?.value).toEqual(['2026-02-03']);
  });

  it('anchors a window on a quoted "Date processed", reads "with-"/"in" and "Appeal Due" labels', () => {
    const quoted = analyse(
      'Date processed         07/11/2025\nClaim denied. Ask for your appeal within 65 calendar days from the "Date processed" shown above.',
    );
    expect(quoted.fields.statedDeadline?.value).toMatchObject({ days: 65, anchor: 'notice' });
    const broken = analyse(
      'April 22, 2025\nThe CT was not medically necessary. The appeal must be filed with-\n   in 180 days after receiving this notice.',
    );
    expect(broken.fields.statedDeadline?.value).toMatchObject({ days: 180, anchor: 'receipt' });
    const due = analyse(
      ' Decision Date        06/09/2026\n Line Status  Denied\n APPEAL INFORMATION\n  Provider Level 1 Appeal Due   09/07/2026',
    );
    expect(due.fields.statedDeadline?.value).toMatchObject({ days: 90, anchor: 'notice' });
  });

  it('reads "Claim control no." as the claim number', () => {
    expect(
      analyse(
        '  MBI                7QW2HN4RT58\n  Claim control no.  21261250144203\nCARC 18: duplicate claim.',
      ).fields.claimNumber?.value,
    ).toBe('21261250144203');
  });
});

describe('batch 40: reasons, regimes and disclosures', () => {
  it('reads "Request received after date of service" as approval asked too late', () => {
    expect(
      cueCategory(
        'Outcome: Request received after date of service. Precertification was required.',
      ),
    ).toBe('prior_authorization');
  });

  it('reads a plan "sponsored by a unit of local government" as outside ERISA', () => {
    const r = analyse(
      'HARLAN COUNTY EMPLOYEES HEALTH PLAN\nClaim 5510 for 97110 was denied as not medically necessary. See Section 4.2 of your Summary Plan Description. Because the plan is sponsored by a unit of local government, external review is handled by the state.',
    );
    expect(r.regime).not.toBe('erisa_group_health');
  });

  it('takes "Claim message X:", a code over its "Desc" line and "Reason D-MN:" as code meanings', () => {
    for (const text of [
      'Claim denied.\n* Claim message PX-412: Not a benefit of your plan.',
      'Claim denied.\n  Outcome Code     AD14\n  Outcome Desc     Request received after date of service.',
      'We said NO. (Reason D-MN: not medically necessary for you right now.)',
    ]) {
      const r = analyse(text, { facts: { regime: 'erisa_group_health' } });
      expect(disclosureStatus(r, 'denial_code_meaning'), text).toBe('present');
    }
  });

  it('names a "Sleep Testing Guideline SLP-04" as the criteria relied on', () => {
    const r = analyse(
      'Medicaid plan. We denied the lab sleep study as not medically necessary. Our Sleep Testing Guideline SLP-04 covers a lab study only after a home test. Copies of SLP-04 are free.',
    );
    expect(r.fields.criteria?.value.id).toBe('SLP-04');
  });
});
