// Wording and layouts first met on the sixth batch of unseen letters (corpus files `u6a-*` /
// `u6b-*`, scored before any change). Short invented lines, so a fix that only fits those letters
// fails here.
import { describe, expect, it } from 'vitest';
import { analyse } from './test-fixtures/analyse.test-helper';
import { normaliseOcrDigits } from './text/prepare-text';

describe('category wording (batch 6)', () => {
  it.each([
    [
      'Reason: we could not find your daughter as a covered person on the date of service, so there was no coverage in place.',
      'eligibility_coverage',
    ],
    [
      'Reason: the vision plan pays up to $300 for contact lenses every 24 months. This claim used the full amount.',
      'eligibility_coverage',
    ],
    [
      'Reason: your plan does not include benefits for weight-loss medicines. This is a limit of your plan’s benefits.',
      'eligibility_coverage',
    ],
    [
      'Reason: the line was billed with two modifiers that cannot be reported together, so it could not be priced.',
      'coding_billing',
    ],
    [
      'Reason: your care no longer needs the daily skills of a nurse. It can be given safely at home, so your stay no longer meets Medicare’s coverage rules.',
      'medical_necessity',
    ],
    [
      'Reason: a standard power chair gives the same function for you, and the less costly chair is what the plan pays for.',
      'medical_necessity',
    ],
  ])('reads %j as %s', (reason, category) => {
    expect(analyse(`Claim 90-1131 was not paid.\n${reason}`).category).toBe(category);
  });

  it('reads a boxed legend whose code sits in its own cell as the reason', () => {
    const text = [
      '| Code   | Item            | Billed    | Plan paid | Note |',
      '| L5999  | Knee, custom    | $9,000.00 | $0.00     | Q7   |',
      '',
      '| Note | What it means                                            |',
      '| Q7   | Not paid. The records do not show you walk outdoors.     |',
    ].join('\n');
    expect(analyse(text).fields.statedReason?.value).toMatch(/^Not paid\. The records/);
  });

  it('reads an upper-case "CODE X1 -" legend entry as the reason', () => {
    const text = [
      ' 06/21/25   99460 Initial newborn care   412.00   0.00   0.00   X1',
      '',
      'CODE X1 - We could not find this patient as a covered person on the date of service.',
    ].join('\n');
    const r = analyse(text);
    expect(r.fields.statedReason?.value).toMatch(/^We could not find this patient/);
    expect(r.category).toBe('eligibility_coverage');
  });
});

describe('document kind (batch 6)', () => {
  it.each([
    'We approved:\n  - 20 hours per week of therapy\nWe did not approve:\n  - the other 10 hours per week.',
    'Your hours will go down from 40 to 28 hours a week. Reason: your needs can be met with fewer hours.',
    '(Part of your request was not approved)\nThe crowns are approved. General anesthesia was denied.',
  ])('reads %j as a partial denial', (text) => {
    expect(analyse(text).documentKind.value).toBe('partial_denial');
  });

  it('does not take a labelled summary under a claim table as a paid line', () => {
    const text = [
      ' DOS        Procedure                     Charge     Allowed   Paid    Code',
      ' 06/21/25   99460 Initial newborn care     412.00      0.00    0.00    X1',
      ' Claim totals                              412.00      0.00    0.00',
      ' Amount you may owe the provider:                              412.00',
      '',
      'Reason X1: the patient was not enrolled on the date of service.',
    ].join('\n');
    const r = analyse(text);
    expect(r.fields.serviceLines.map((l) => l.code)).toEqual(['99460']);
    expect(r.documentKind.value).toBe('denial');
  });
});

describe('regime (batch 6)', () => {
  it("reads an employer's named group health plan as an employer plan", () => {
    const r = analyse(
      'Plan: Harbor Freight Lines Group Health Plan - PPO 1500\nDecision: Not approved - level of care not supported.',
    );
    expect(r.regime).toBe('erisa_group_health');
  });
});

describe('key fields (batch 6)', () => {
  const fields = (text: string) => analyse(text).fields;

  it('prefers the full Medicare number to the masked one printed first', () => {
    expect(
      fields(
        'Medicare Number: XXXX-XX7-KP21\nFull Medicare Number on file: 2RT4-HD7-KP21\nClaim 26031100217 denied.',
      ).memberId?.value,
    ).toBe('2RT4-HD7-KP21');
  });

  it('reads a "Medicaid / Plan ID" cell', () => {
    expect(
      fields('| Member             | Ana Ruiz        |\n| Medicaid / Plan ID | MX5520193344    |')
        .memberId?.value,
    ).toBe('MX5520193344');
  });

  it('repairs an OCR 1 for l inside words, not in codes or ids', () => {
    const f = fields(
      'Mernber lD: KQW44O918\nC1aim #: 25-2231-0098\nThe p1an wi11 not pay this c1aim. Hemoglobin A1c test, x1.',
    );
    expect(f.claimNumber?.value).toBe('25-2231-0098');
    expect(f.memberId?.value).toBe('KQW440918');
    expect(normaliseOcrDigits('Mernber: Hemoglobin A1c x1 B12 wi11 1urnbar')).toBe(
      'Member : Hemoglobin A1c x1 B12 will lurnbar',
    );
    // A typed letter with no other OCR damage is left as it is.
    expect(normaliseOcrDigits('Vitamin B12 and A1c tests, units x1')).toBe(
      'Vitamin B12 and A1c tests, units x1',
    );
  });

  it('reads "Total not paid:" as the denied amount, not a paid amount', () => {
    const f = fields(
      'The plan will not pay for these visits:\n  01/06/2026   Feeding therapy   92526   $185.00\n  Total not paid:        $185.00',
    );
    expect(f.deniedAmount?.value).toBe(185);
    expect(f.paidAmount).toBeNull();
  });

  it('takes the billed charges as denied when the claim "will not\\nbe paid"', () => {
    const f = fields(
      'Claim number: 2025251K4411\nBilled charges:   $12,400.00\n\nThe hospital claim for the stay will not\nbe paid as submitted.',
    );
    expect(f.deniedAmount?.value).toBe(12400);
  });
});

describe('what to send (batch 6)', () => {
  it.each([
    'WHAT YOU OR THE DENTIST CAN SEND US\nNotes on why treatment in the office is unsafe.',
    'If you have therapy notes showing progress toward new goals, send them with your appeal.',
    'The provider should send a replacement claim with frequency code 7.',
    'If the hospital has records that were not included, we will look at them.',
  ])('reads %j as saying what to send', (line) => {
    const r = analyse(`Claim 31-2207 was denied: not medically necessary.\n${line}`);
    expect(r.disclosures.find((d) => d.element === 'additional_information_needed')?.status).toBe(
      'present',
    );
  });
});
