// Wording, dates and OCR damage first met on the second batch of unseen letters (corpus files
// `u2a-*` / `u2b-*`, written by people who never saw the engine). Each case is a short invented
// line in another payer's words: a fix that only fits those letters fails here.
import { describe, expect, it } from 'vitest';
import { analyzeDenial } from './analyze-denial';
import { classifyCategory } from './classify/classify-category';
import { extractAdjustmentCodes } from './extract/extract-codes';
import { classifyDates } from './extract/extract-dates';
import { extractIdentifiers } from './extract/extract-identifiers';
import { normaliseOcrDigits, prepareText } from './text/prepare-text';

const category = (text: string): string => {
  const p = prepareText(text);
  return classifyCategory(p, null, extractAdjustmentCodes(p).carc).category;
};
// The whole engine: cues inside the stated reason count double.
const categoryOfLetter = (text: string): string =>
  analyzeDenial(text, { asOf: '2026-01-15' }).category;
const noticeDate = (text: string) => classifyDates(prepareText(text), []).noticeDate?.value;

describe('category wording (batch 2)', () => {
  it.each([
    [
      'Continued therapy is not considered medically necessary under Guideline OR-5.',
      'medical_necessity',
    ],
    ['The stay was not found to be medically necessary.', 'medical_necessity'],
    ['The infusion is not clinically indicated for this diagnosis.', 'medical_necessity'],
    [
      'We pay for care from a provider outside our network only for emergencies. Cascade Orthopaedics does not have a contract with us.',
      'out_of_network',
    ],
    [
      'REASON CODE R16 - INFORMATION NOT RECEIVED. We did not receive these records by the 45-day deadline.',
      'missing_information',
    ],
  ])('%s -> %s', (text, expected) => {
    expect(category(text)).toBe(expected);
  });

  it('reads the stated reason "your records don\'t show" as medical necessity', () => {
    const text =
      "Harborlight Medicare Advantage: decision on request PA-6610478.\nNot approved: outpatient cardiac rehab (93798).\nWhy we said no: our doctor found your records don't show a heart condition that qualifies for this program.";
    expect(categoryOfLetter(text)).toBe('medical_necessity');
  });

  it('does not read "if you already paid the bill" as a duplicate claim', () => {
    const text =
      'If you already paid the bill, check the amount.\n\nReason for denial: The information your provider sent does not show it was needed to treat you.';
    expect(categoryOfLetter(text)).toBe('medical_necessity');
  });

  it('reads maintenance care that "is not covered" as the improvement standard, not an exclusion', () => {
    const text =
      'Because the records show no measurable functional improvement, the visits are maintenance care. Maintenance therapy is not covered under Part 6 of your policy.';
    expect(category(text)).toBe('medical_necessity');
  });
});

describe('notice dates (batch 2)', () => {
  it('never takes a scheduled surgery date for the letter date', () => {
    const text =
      'Northcoast Health Plan\n\nNovember 12, 2025\n\nScheduled Date:       12/03/2025\n';
    const d = classifyDates(prepareText(text), []);
    expect(d.noticeDate?.value).toBe('2025-11-12');
    expect(d.serviceDates.map((s) => s.value)).toEqual(['2025-12-03']);
  });

  it('reads an all-caps DATE label and a "Date mailed" label', () => {
    expect(noticeDate('PO BOX 30027  ASHFORD NC 27530          DATE: 10/02/2025\n')).toBe(
      '2025-10-02',
    );
    expect(noticeDate('Date mailed: May 28, 2025\n')).toBe('2025-05-28');
  });

  it("prefers the letter's own date over the day the claim was processed", () => {
    const text =
      'Acme MAC\n\nAugust 14, 2025\n\nDate Received ....... 07/15/2025\nDate Processed ...... 08/12/2025\n';
    expect(noticeDate(text)).toBe('2025-08-14');
    // A portal printout has no letter date: the processed date is the determination's day.
    expect(noticeDate('Date of service:   04/29/2025\nProcessed:         05/27/2025\n')).toBe(
      '2025-05-27',
    );
  });

  it('reads a month name damaged by OCR', () => {
    expect(noticeDate('SUMMIT PASS\n\n                    JuIy l5, 2025\n\nDear member:\n')).toBe(
      '2025-07-15',
    );
  });
});

describe('OCR repair (batch 2)', () => {
  it.each([
    ['Claim #:      E25l7OO43l8', 'Claim #:      E2517004318'],
    ['Mernber lD:   SPH7710O319', 'Member  ID:   SPH77100319'],
    ['Billed $348.OO   Paid $O.OO', 'Billed $348.00   Paid $0.00'],
    ['Date of svc:  06/lO/2025', 'Date of svc:  06/10/2025'],
    ['Member: OVCOO7l4492', 'Member: OVC00714492'],
  ])('%s', (scan, fixed) => {
    expect(normaliseOcrDigits(scan)).toBe(fixed);
    expect(normaliseOcrDigits(scan)).toHaveLength(scan.length);
  });

  it('leaves obstetric ICD-10 codes and ordinary words alone', () => {
    for (const text of ['Diagnosis: O80.1', 'Old Orchard Road', 'lbs', 'the modern corner'])
      expect(normaliseOcrDigits(text)).toBe(text);
  });
});

describe('member id on a dual-eligible Medicare Advantage letter', () => {
  it("takes the plan's member number, not the Medicaid id", () => {
    const text =
      'Member number: 8841-22-0937\nMedicaid ID: QK40917722\nPlan: Cascadia Complete Care (HMO D-SNP), a Medicare Advantage plan\n';
    expect(extractIdentifiers(prepareText(text)).memberId?.value).toBe('8841-22-0937');
  });

  it('keeps the Medicaid id on a Medicaid plan letter', () => {
    const text = 'Medicaid ID: 209845517733\nPlan member number: RCHP-55120-8\n';
    expect(extractIdentifiers(prepareText(text)).memberId?.value).toBe('209845517733');
  });
});
