import { describe, expect, it } from 'vitest';
import { prepareText } from '../text/prepare-text';
import { extractAmounts } from './extract-amounts';
import { parseEobTable } from './eob-table';

function amounts(text: string, fullDenial = true) {
  const p = prepareText(text);
  return extractAmounts(p, parseEobTable(p), fullDenial);
}

describe('extractAmounts', () => {
  it('reads labelled amounts with their spans', () => {
    const text = 'Amount billed: $1,840.00   Amount denied: $1,840.00   Plan paid: $0.00';
    const a = amounts(text);
    expect([a.billedAmount?.value, a.deniedAmount?.value, a.paidAmount?.value]).toEqual([
      1840, 1840, 0,
    ]);
    expect(text.slice(...a.billedAmount!.span)).toBe('$1,840.00');
  });

  it('derives the missing third figure of a full denial, marked as derived', () => {
    const a = amounts('Billed: $118.00   Paid: $0.00');
    expect(a.deniedAmount).toMatchObject({ value: 118, derived: expect.any(String) });
    const b = amounts('Amount billed: $265.00    Amount denied: $265.00');
    expect(b.paidAmount).toMatchObject({ value: 0, derived: expect.any(String) });
  });

  it('does not derive a paid amount when the denial is partial', () => {
    expect(amounts('Amount billed: $500.00  Amount denied: $200.00').paidAmount).toBeNull();
  });

  it('reads an EOB grid: totals row, and the denied lines from their denial codes', () => {
    const text = [
      'Line  DOS        Code       Billed    Allowed   Plan Paid  Your Resp.  Remark',
      '1     05/13/24   99214-25   $245.00   $0.00     $0.00      $0.00       CO-97',
      '2     05/13/24   20610      $310.00   $188.40   $150.72    $37.68      PR-2',
      '      TOTALS                $555.00   $188.40   $150.72    $37.68',
      '',
    ].join('\n');
    const a = amounts(text, false);
    expect([
      a.billedAmount?.value,
      a.allowedAmount?.value,
      a.paidAmount?.value,
      a.patientResponsibility?.value,
    ]).toEqual([555, 188.4, 150.72, 37.68]);
    expect(a.deniedAmount?.value).toBe(245);
    const t = parseEobTable(prepareText(text));
    expect(t.lines.map((l) => [l.code, l.date, l.adjustmentCodes])).toEqual([
      ['99214', '2024-05-13', ['CO-97']],
      ['20610', '2024-05-13', ['PR-2']],
    ]);
  });

  it('does not mistake prose for amounts', () => {
    const a = amounts(
      'You may request, free of charge, copies of documents. We have denied payment.',
    );
    expect([a.billedAmount, a.deniedAmount, a.paidAmount]).toEqual([null, null, null]);
  });
});
