import { describe, expect, it } from 'vitest';
import { computeDeadlines } from '../compute-deadlines';
import { externalReviewRequestDue } from '../deadline.helpers';

// 45 CFR 147.136(d)(2)(i) / 29 CFR 2590.715-2719(d)(2)(i): "If there is no corresponding date four
// months after the date of receipt of such a notice, then the request must be filed by the first
// day of the fifth month following the receipt of the notice."
describe('External review request: no corresponding date four months later', () => {
  it('final denial 2023-10-31: no 2024-02-31, so 2024-03-01 (not the clamped Feb 29)', () => {
    const d = externalReviewRequestDue({
      regime: 'erisa_group_health',
      finalInternalDenialDate: '2023-10-31',
    });
    expect(d).toMatchObject({
      due: '2024-03-01',
      amount: 4,
      unit: 'months',
      anchor: { event: 'final_internal_denial', date: '2023-10-31' },
      citation: '29 CFR 2590.715-2719(d)(2)(i); 45 CFR 147.136(d)(2)(i)',
    });
    expect(d?.unextendedDue).toBeUndefined();
    expect(d?.assumptions).toContain(
      'Receipt of the final internal denial unknown: counted from its date (2023-10-31), the earliest possible receipt, so the date is safe.',
    );
    expect(d?.assumptions.join(' ')).toMatch(/No date corresponds to 2023-10-31 4 months later/);
  });

  it('final denial 2024-10-31: March 1, 2025 is a Saturday, so Monday March 3', () => {
    const d = externalReviewRequestDue({
      regime: 'aca_individual',
      finalInternalDenialDate: '2024-10-31',
    });
    expect(d).toMatchObject({
      due: '2025-03-03',
      unextendedDue: '2025-03-01',
      citation: '45 CFR 147.136(d)(2)(i)',
    });
  });

  it('keeps the corresponding date when it exists (2023-10-29 → leap day 2024-02-29)', () => {
    expect(
      externalReviewRequestDue({
        regime: 'erisa_group_health',
        finalInternalDenialDate: '2023-10-29',
      })?.due,
    ).toBe('2024-02-29');
  });

  it('is not computed before there is a final internal denial', () => {
    const result = computeDeadlines({ regime: 'erisa_group_health', noticeDate: '2025-01-10' });
    expect(result.deadlines.map((d) => d.kind)).toEqual(['member_appeal_filing']);
  });
});
