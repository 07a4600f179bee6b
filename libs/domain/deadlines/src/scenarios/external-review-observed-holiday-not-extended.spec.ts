import { describe, expect, it } from 'vitest';
import { externalReviewRequestDue } from '../deadline.helpers';

describe('External review request landing on an observed (not actual) holiday', () => {
  it('keeps Friday 2026-07-03: only the 5 U.S.C. 6103(a) date extends a member’s filing', () => {
    // July 4, 2026 is a Saturday; federal offices close Friday July 3. Treating that Friday as the
    // holiday would push the date to Monday July 6, which a reviewer might not accept.
    const d = externalReviewRequestDue({
      regime: 'erisa_group_health',
      finalInternalDenialDate: '2026-03-03',
    });
    expect(d?.due).toBe('2026-07-03');
    expect(d?.unextendedDue).toBeUndefined();
  });
});
