import { describe, expect, it } from 'vitest';
import { externalReviewRequestDue } from '../deadline.helpers';

describe('External review request landing on a federal holiday', () => {
  it('moves Christmas Day 2025 (a Thursday) to Friday 2025-12-26', () => {
    const d = externalReviewRequestDue({
      regime: 'erisa_group_health',
      finalInternalDenialDate: '2025-08-25',
    });
    expect(d?.due).toBe('2025-12-26');
    expect(d?.unextendedDue).toBe('2025-12-25');
    expect(d?.assumptions.join(' ')).toMatch(
      /2025-12-25 is Christmas Day, so the last day moves to 2025-12-26/,
    );
  });
});
